package io.benchmarkhub.library.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.library.PackageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the leaderboard of a package from its reference results ({@code results/*.summary.json}). */
final class Leaderboard {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Best pass rate first (unknown last), then model, then run. */
  private static final Comparator<LeaderboardRow> ORDER = Comparator
      .comparingDouble((LeaderboardRow r) -> Double.isNaN(r.passRate()) ? 1 : -r.passRate())
      .thenComparing(LeaderboardRow::model).thenComparing(LeaderboardRow::runId);

  private Leaderboard() {}

  /**
   * {@return one row per model of each summary}, best pass rate first
   *
   * @throws PackageException naming a summary that cannot be read
   */
  static List<LeaderboardRow> read(List<Path> summaries) {
    List<LeaderboardRow> rows = new ArrayList<>();
    for (Path f : summaries) {
      JsonNode s;
      try {
        s = JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new PackageException(f + ": cannot read the reference result: " + e.getMessage(), e);
      }
      String runId = s.path("runId").asText();
      String finished = s.path("finishedAt").asText("");
      String date = finished.length() >= 10 ? finished.substring(0, 10) : "";
      for (JsonNode m : s.path("models")) {
        JsonNode pass = m.path("passRate");
        rows.add(new LeaderboardRow(m.path("model").asText(), number(pass.path("estimate")), number(pass.path("low")),
            number(pass.path("high")), number(m.path("meanScore").path("estimate")),
            m.path("costUsd").isNumber() ? m.path("costUsd").asDouble() : null, number(m.path("latencyP50Ms")),
            number(m.path("latencyP95Ms")), m.path("trials").asLong(), m.path("errors").asLong(), runId, date));
      }
    }
    rows.sort(ORDER);
    return rows;
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }
}
