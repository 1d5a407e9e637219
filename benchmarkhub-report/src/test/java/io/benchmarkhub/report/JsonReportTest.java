package io.benchmarkhub.report;

import static io.benchmarkhub.report.JsonReportFixtures.fullSummary;
import static io.benchmarkhub.report.JsonReportFixtures.read;
import static io.benchmarkhub.report.JsonReportFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  @TempDir
  Path dir;

  @Test
  void theSummaryCarriesItsSchemaIdAndEveryFigure() {
    Path file = dir.resolve("out/summary.json");
    JsonReport.write(fullSummary(Path.of("runs/run-1/bench.jsonl")), file);
    JsonNode n = read(file);

    assertThat(n.path("schema").asText()).isEqualTo("benchmarkhub.summary/1");
    assertThat(n.path("benchmark").asText()).isEqualTo("bench \"one\"");
    assertThat(n.path("startedAt").asText()).isEqualTo("2025-03-01T10:00:00Z");
    assertThat(n.path("finishedAt").asText()).isEqualTo("2025-03-01T10:00:12.345Z");
    assertThat(n.path("durationMs").asDouble()).isEqualTo(12345.0);
    assertThat(n.path("info").path("models").get(0).path("params").asText()).isEqualTo("{temperature=0.0}");
    assertThat(n.path("info").path("judges")).hasSize(2);
    assertThat(n.path("info").path("pairJudges").get(0).asText()).isEqualTo("longer");
    assertThat(n.path("trials").asLong()).isEqualTo(2);

    JsonNode a = n.path("models").get(0);
    assertThat(a.path("passRate").path("estimate").asDouble()).isEqualTo(0.75);
    assertThat(a.path("passRate").path("low").asDouble()).isEqualTo(0.30);
    assertThat(a.path("passRate").path("confidence").asDouble()).isEqualTo(0.95);
    assertThat(a.path("meanScore").path("high").asDouble()).isEqualTo(1.0);
    assertThat(a.path("costUsd").asDouble()).isEqualTo(0.004);
    assertThat(a.path("judgeCostUsd").asDouble()).isEqualTo(0.0005);
    assertThat(a.path("latencyP95Ms").asDouble()).isEqualTo(103.5);
    assertThat(a.path("graded").asLong()).isEqualTo(4);

    JsonNode b = n.path("models").get(1);
    assertThat(b.path("passRate").path("estimate").isNull()).isTrue();
    assertThat(b.path("meanScore").path("low").isNull()).isTrue();
    assertThat(b.path("costUsd").isNull()).as("unknown cost is null, not 0").isTrue();
    assertThat(b.has("trialsWithoutCost")).isTrue();

    assertThat(n.path("comparisons").get(0).path("passP").isNull()).isTrue();
    assertThat(n.path("judgeAgreement").get(0).path("krippendorffAlpha").asDouble()).isEqualTo(0.62);
    assertThat(n.path("judgeAgreement").get(0).path("fleissKappa").isNull()).isTrue();
    assertThat(n.path("pairwise").get(0).path("comparisons").asLong()).isEqualTo(4);
    assertThat(n.path("runLog").asText()).isEqualTo(Path.of("runs/run-1/bench.jsonl").toString());
  }

  @Test
  void theOutputValidatesAgainstTheCommittedSchemaEvenClosed() {
    Path file = dir.resolve("summary.json");
    JsonReport.write(fullSummary(null), file);
    JsonNode n = read(file);
    assertThat(n.path("runLog").isNull()).isTrue();
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, n, false)).isEmpty();
    // closed: a field written but not declared in the schema would fail here
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, n, true)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatIsNotASummary() {
    JsonReport.write(fullSummary(null), dir.resolve("s.json"));
    ObjectNode wrongVersion = (ObjectNode) read(dir.resolve("s.json"));
    wrongVersion.put("schema", "benchmarkhub.summary/2");
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, wrongVersion, false)).isNotEmpty();

    ObjectNode missing = (ObjectNode) read(dir.resolve("s.json"));
    ((ObjectNode) missing.path("models").get(0)).remove("costUsd");
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, missing, false)).anyMatch(v -> v.contains("costUsd"));

    ObjectNode stringRate = (ObjectNode) read(dir.resolve("s.json"));
    ((ObjectNode) stringRate.path("models").get(0).path("passRate")).put("estimate", "75%");
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, stringRate, false)).isNotEmpty();

    ObjectNode extra = (ObjectNode) read(dir.resolve("s.json"));
    extra.put("addedLater", 1);
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, extra, false))
        .as("an additive field keeps the major version valid").isEmpty();
    assertThat(violations(JsonReport.SUMMARY_SCHEMA_RESOURCE, extra, true)).isNotEmpty();
  }

  @Test
  void keysComeInTheSameOrderEveryTimeAndNumbersNeverAsNaN() throws IOException {
    RunSummary s = fullSummary(null);
    JsonReport.write(s, dir.resolve("one.json"));
    JsonReport.write(s, dir.resolve("two.json"));
    String one = Files.readString(dir.resolve("one.json"), StandardCharsets.UTF_8);
    assertThat(one).isEqualTo(Files.readString(dir.resolve("two.json"), StandardCharsets.UTF_8));
    assertThat(one).doesNotContain("NaN").doesNotContain("Infinity").endsWith("}\n");
    List<String> keys = new ArrayList<>();
    read(dir.resolve("one.json")).fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("schema", "benchmark", "version", "runId", "startedAt", "finishedAt",
        "durationMs", "info", "trials", "models", "comparisons", "judgeAgreement", "pairwise", "runLog");
  }

  @Test
  void anExistingReportIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
    Path file = dir.resolve("summary.json");
    Files.writeString(file, "old");
    JsonReport.write(fullSummary(null), file);
    assertThat(Files.readString(file)).startsWith("{");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
