package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a generation did: per cell the cases asked for and accepted, the rejections by reason, the
 * requests, tokens, cost and time. Nothing is dropped silently: every case a model wrote is accepted,
 * rejected with a reason, or counted as surplus (its cell was already full), and every answer that
 * could not be read is counted as unparseable.
 *
 * @param name the generation's name (the benchmark runs are {@code generate-<name>-round<n>})
 * @param model the generator model's id
 * @param promptVersion the prompt version recorded on the cases
 * @param requested the number of cases asked for
 * @param accepted the number of cases accepted
 * @param cells per concept x difficulty cell, asked for and accepted
 * @param requests requests sent (trials run), cached and replayed answers included
 * @param rounds runs made: the first requests, then top-ups and edge cases
 * @param failedRequests requests that got no answer, by error kind (e.g. {@code HTTP_429}, {@code BUDGET})
 * @param unparseableAnswers answers that could not be read as a list of cases
 * @param invalid cases rejected by a check, by reason (see {@link CaseChecker})
 * @param nearDuplicates cases rejected as near duplicates of an accepted or existing case
 * @param surplus cases beyond what their cell still needed, not kept
 * @param inputTokens input tokens of all answers
 * @param outputTokens output tokens of all answers
 * @param costUsd the cost of the answers whose cost is known, in US dollars
 * @param unpricedAnswers answers whose cost is unknown (a model without a price)
 * @param duration the wall time of the whole generation
 */
public record GenerationReport(String name, String model, String promptVersion, int requested, int accepted,
    List<CellReport> cells, int requests, int rounds, Map<String, Integer> failedRequests, int unparseableAnswers,
    Map<String, Integer> invalid, int nearDuplicates, int surplus, long inputTokens, long outputTokens,
    double costUsd, int unpricedAnswers, Duration duration) {

  /** Copies the collections. */
  public GenerationReport {
    cells = List.copyOf(cells);
    failedRequests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failedRequests));
    invalid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
  }

  /**
   * One cell's numbers.
   *
   * @param concept the concept, or null
   * @param difficulty the difficulty, or null
   * @param requested normal cases asked for
   * @param accepted normal cases accepted
   * @param requestedEdge edge cases asked for
   * @param acceptedEdge edge cases accepted
   * @param requests requests sent for this cell
   */
  public record CellReport(String concept, String difficulty, int requested, int accepted, int requestedEdge,
      int acceptedEdge, int requests) {
    /** {@return how many cases the cell lacks, normal and edge together} */
    public int shortfall() {
      return Math.max(0, requested - accepted) + Math.max(0, requestedEdge - acceptedEdge);
    }
  }

  /** {@return how many cases are missing from what was asked for} */
  public int shortfall() {
    return Math.max(0, requested - accepted);
  }

  /** {@return the cells that got fewer cases than asked for} */
  public List<CellReport> shortCells() {
    return cells.stream().filter(c -> c.shortfall() > 0).toList();
  }

  /** {@return the cases rejected: invalid ones and near duplicates (unparseable answers are counted apart)} */
  public int rejected() {
    return invalid.values().stream().mapToInt(Integer::intValue).sum() + nearDuplicates;
  }

  /** {@return the report as console text: a line per cell, then the totals} */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "generate %s with %s (prompt %s): %d of %d cases in %.1f s%n", name, model,
        promptVersion, accepted, requested, duration.toMillis() / 1000.0));
    int width = Math.max(4, cells.stream().mapToInt(c -> new GenerationCell(c.concept(), c.difficulty()).label()
        .length()).max().orElse(4));
    sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %9s  %9s  %8s%n", "cell", "cases", "edge", "requests"));
    for (CellReport c : cells) {
      sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %9s  %9s  %8d%s%n",
          new GenerationCell(c.concept(), c.difficulty()).label(), c.accepted() + "/" + c.requested(),
          c.acceptedEdge() + "/" + c.requestedEdge(), c.requests(), c.shortfall() > 0 ? "  short " + c.shortfall() : ""));
    }
    sb.append(String.format(Locale.ROOT, "  requests: %d in %d rounds%s%n", requests, rounds,
        failedRequests.isEmpty() ? "" : ", failed " + failedRequests));
    sb.append(String.format(Locale.ROOT, "  rejected: %d unparseable answers, %d invalid %s, %d near duplicates; "
        + "%d surplus not kept%n", unparseableAnswers, invalid.values().stream().mapToInt(Integer::intValue).sum(),
        invalid, nearDuplicates, surplus));
    sb.append(String.format(Locale.ROOT, "  tokens: %,d in, %,d out; cost %s%n", inputTokens, outputTokens,
        cost()));
    if (shortfall() > 0) {
      sb.append(String.format(Locale.ROOT, "  short by %d cases in %d cells%n", shortfall(), shortCells().size()));
    }
    return sb.toString();
  }

  private String cost() {
    if (unpricedAnswers > 0 && costUsd == 0) {
      return "unknown (no price for " + model + ")";
    }
    String known = String.format(Locale.ROOT, "$%.4f", costUsd);
    return unpricedAnswers > 0 ? known + " (+ " + unpricedAnswers + " answers without a price)" : known;
  }

  /**
   * Writes the report as JSON (the fields of this record, the duration in milliseconds).
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public void writeJson(Path file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", name);
    json.put("model", model);
    json.put("promptVersion", promptVersion);
    json.put("requested", requested);
    json.put("accepted", accepted);
    json.put("shortfall", shortfall());
    json.put("cells", cells);
    json.put("requests", requests);
    json.put("rounds", rounds);
    json.put("failedRequests", failedRequests);
    json.put("unparseableAnswers", unparseableAnswers);
    json.put("invalid", invalid);
    json.put("nearDuplicates", nearDuplicates);
    json.put("surplus", surplus);
    json.put("inputTokens", inputTokens);
    json.put("outputTokens", outputTokens);
    json.put("costUsd", costUsd);
    json.put("unpricedAnswers", unpricedAnswers);
    json.put("durationMs", duration.toMillis());
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generation report " + file + ": " + e.getMessage(), e);
    }
  }
}
