package io.benchmarkhub.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A run's summary as JSON for machines (CI, dashboards, notebooks), in a documented, versioned format.
 *
 * <p>{@link #write(RunSummary, Path)} writes {@code "schema": "benchmarkhub.summary/1"} first, then the
 * run's metadata ({@code benchmark}, {@code version}, {@code runId}, {@code startedAt}, {@code finishedAt},
 * {@code durationMs}, {@code info}: all of {@link RunInfo}), {@code trials} (how many), {@code models}
 * (every figure of {@link ModelSummary}, the pass rate and mean score with their 95% intervals),
 * {@code comparisons}, {@code judgeAgreement}, {@code pairwise} and {@code runLog}. The JSON Schema
 * (draft 2020-12) of the format is the resource
 * {@code io/benchmarkhub/report/schema/summary-1.schema.json} ({@link #SUMMARY_SCHEMA_RESOURCE}).
 *
 * <p><b>Versioning.</b> The schema id is {@code benchmarkhub.summary/<major>}. Additive changes (a new
 * field, a new object in a list) keep the major: readers must ignore fields they do not know, and the
 * published schema allows them. Breaking changes (a field removed, renamed, retyped, or its meaning
 * changed) bump the major, and the new schema is published beside the old one
 * ({@code summary-2.schema.json}). The same rule holds for {@value #COMPARISON_SCHEMA}
 * ({@link #writeComparison}).
 *
 * <p><b>Values.</b> Keys always come in the same order, so two reports of the same run diff cleanly.
 * A number that is NaN or infinite (a pass rate with nothing graded, an interval with one trial) is
 * written as {@code null}, as is an unknown cost ({@code costUsd}, with {@code trialsWithoutCost}
 * saying how many answered trials had no price). Times are ISO-8601 instants in UTC, latencies and
 * durations milliseconds. The file is UTF-8, written to a temporary file beside the target and moved
 * into place, so a reader never sees half a report.
 */
public final class JsonReport {
  /** The schema id the summary carries in its {@code "schema"} field: {@value}. */
  public static final String SUMMARY_SCHEMA = "benchmarkhub.summary/1";
  /** The schema id a run comparison carries in its {@code "schema"} field: {@value}. */
  public static final String COMPARISON_SCHEMA = "benchmarkhub.comparison/1";
  /** The classpath resource holding the JSON Schema of {@link #COMPARISON_SCHEMA}: {@value}. */
  public static final String COMPARISON_SCHEMA_RESOURCE = "io/benchmarkhub/report/schema/comparison-1.schema.json";
  /** The classpath resource holding the JSON Schema of {@link #SUMMARY_SCHEMA}: {@value}. */
  public static final String SUMMARY_SCHEMA_RESOURCE = "io/benchmarkhub/report/schema/summary-1.schema.json";
  /** The confidence level of the intervals in the summary (the runner's): {@value}. */
  static final double CONFIDENCE = 0.95;

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /**
   * Writes the summary of a run as JSON ({@value #SUMMARY_SCHEMA}). Reads no trial: every figure is in
   * the summary already.
   *
   * @param summary the run's summary
   * @param file where to write, e.g. {@code target/benchmarkhub/<run-id>/<benchmark>.summary.json}; its
   *     folder is created when missing, an existing file replaced
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(RunSummary summary, Path file) {
    atomically(file, out -> {
      try (JsonGenerator g = generator(out)) {
        summary(g, summary);
      }
      out.write('\n');
    });
  }

  /**
   * Writes a comparison of two runs as JSON ({@value #COMPARISON_SCHEMA}): the run ids, whether the
   * cases are the same, then per model every figure of {@link RunComparison.ModelChange} (counts, pass
   * rates and mean scores before and after, raw and Holm-corrected p-values, whether significant at
   * {@link RunComparison#ALPHA}) and every changed case id; its JSON Schema is the resource
   * {@value #COMPARISON_SCHEMA_RESOURCE}.
   *
   * @param comparison the comparison
   * @param file where to write; its folder is created when missing, an existing file replaced
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void writeComparison(RunComparison comparison, Path file) {
    atomically(file, out -> {
      try (JsonGenerator g = generator(out)) {
        RunComparisonJson.write(g, comparison);
      }
      out.write('\n');
    });
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    return g;
  }

  private static void summary(JsonGenerator g, RunSummary s) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SUMMARY_SCHEMA);
    g.writeStringField("benchmark", s.benchmark());
    g.writeStringField("version", s.version());
    g.writeStringField("runId", s.runId());
    g.writeStringField("startedAt", s.startedAt().toString());
    g.writeStringField("finishedAt", s.finishedAt().toString());
    millis(g, "durationMs", s.duration());
    info(g, s.info());
    g.writeNumberField("trials", s.trials().size());
    g.writeArrayFieldStart("models");
    for (ModelSummary m : s.models()) {
      model(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("comparisons");
    for (ModelComparison c : s.comparisons()) {
      comparison(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("judgeAgreement");
    for (JudgeAgreement a : s.judgeAgreement()) {
      agreement(g, a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pairwise");
    for (PairwiseResult p : s.pairwise()) {
      pairwise(g, p);
    }
    g.writeEndArray();
    g.writeStringField("runLog", s.runLog() == null ? null : s.runLog().toString());
    g.writeEndObject();
  }

  private static void info(JsonGenerator g, RunInfo info) throws IOException {
    g.writeObjectFieldStart("info");
    g.writeStringField("dataset", info.dataset());
    g.writeNumberField("cases", info.cases());
    g.writeStringField("caseDigest", info.caseDigest());
    g.writeStringField("datasetSha256", info.datasetSha256());
    g.writeNumberField("repeats", info.repeats());
    g.writeArrayFieldStart("models");
    for (RunInfo.ModelInfo m : info.models()) {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      g.writeStringField("provider", m.provider());
      g.writeStringField("model", m.model());
      g.writeStringField("params", m.params());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "judges", info.judges());
    strings(g, "pairJudges", info.pairJudges());
    g.writeStringField("libraryVersion", info.libraryVersion());
    g.writeEndObject();
  }

  private static void model(JsonGenerator g, ModelSummary m) throws IOException {
    g.writeStartObject();
    g.writeStringField("model", m.model());
    g.writeNumberField("trials", m.trials());
    g.writeNumberField("passed", m.passed());
    g.writeNumberField("failed", m.failed());
    g.writeNumberField("errors", m.errors());
    g.writeNumberField("skipped", m.skipped());
    g.writeNumberField("graded", m.graded());
    interval(g, "passRate", m.passRate(), m.passRateLow(), m.passRateHigh());
    interval(g, "meanScore", m.meanScore(), m.meanScoreLow(), m.meanScoreHigh());
    g.writeNumberField("inputTokens", m.inputTokens());
    g.writeNumberField("outputTokens", m.outputTokens());
    optional(g, "costUsd", m.costUsd());
    g.writeNumberField("trialsWithoutCost", m.trialsWithoutCost());
    millis(g, "latencyP50Ms", m.latencyP50());
    millis(g, "latencyP95Ms", m.latencyP95());
    optional(g, "judgeCostUsd", m.judgeCostUsd());
    g.writeEndObject();
  }

  private static void interval(JsonGenerator g, String field, double estimate, double low, double high)
      throws IOException {
    g.writeObjectFieldStart(field);
    number(g, "estimate", estimate);
    number(g, "low", low);
    number(g, "high", high);
    g.writeNumberField("confidence", CONFIDENCE);
    g.writeEndObject();
  }

  private static void comparison(JsonGenerator g, ModelComparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("modelA", c.modelA());
    g.writeStringField("modelB", c.modelB());
    g.writeNumberField("pairs", c.pairs());
    g.writeNumberField("onlyAPassed", c.onlyAPassed());
    g.writeNumberField("onlyBPassed", c.onlyBPassed());
    number(g, "passRateDifference", c.passRateDifference());
    number(g, "passP", c.passP());
    number(g, "passPAdjusted", c.passPAdjusted());
    number(g, "meanScoreDifference", c.meanScoreDifference());
    number(g, "scoreP", c.scoreP());
    number(g, "scorePAdjusted", c.scorePAdjusted());
    number(g, "scoreEffect", c.scoreEffect());
    g.writeEndObject();
  }

  private static void agreement(JsonGenerator g, JudgeAgreement a) throws IOException {
    g.writeStartObject();
    g.writeStringField("judge", a.judge());
    strings(g, "members", a.members());
    g.writeNumberField("trials", a.trials());
    g.writeNumberField("splitTrials", a.splitTrials());
    number(g, "krippendorffAlpha", a.krippendorffAlpha());
    number(g, "fleissKappa", a.fleissKappa());
    g.writeNumberField("fleissTrials", a.fleissTrials());
    g.writeEndObject();
  }

  private static void pairwise(JsonGenerator g, PairwiseResult p) throws IOException {
    g.writeStartObject();
    g.writeStringField("judge", p.judge());
    g.writeStringField("modelA", p.modelA());
    g.writeStringField("modelB", p.modelB());
    g.writeNumberField("winsA", p.winsA());
    g.writeNumberField("winsB", p.winsB());
    g.writeNumberField("ties", p.ties());
    g.writeNumberField("inconsistent", p.inconsistent());
    g.writeNumberField("errors", p.errors());
    g.writeNumberField("comparisons", p.comparisons());
    number(g, "winRateA", p.winRateA());
    number(g, "pValue", p.pValue());
    optional(g, "judgeCostUsd", p.judgeCostUsd());
    g.writeEndObject();
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Writes a number, or null when it is NaN or infinite. */
  static void number(JsonGenerator g, String field, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  private static void optional(JsonGenerator g, String field, OptionalDouble value) throws IOException {
    number(g, field, value.isPresent() ? value.getAsDouble() : Double.NaN);
  }

  /** Writes a duration as milliseconds, with a fraction (e.g. {@code 412.5}). */
  private static void millis(JsonGenerator g, String field, Duration d) throws IOException {
    g.writeNumberField(field, d.toNanos() / 1e6);
  }

  /** What writes a report's bytes. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file through a temporary file beside it, moved into place once complete, so a reader
   * never sees a partial report; creates the folder when missing.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  static void atomically(Path file, Body body) {
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the report itself was written or the error is already reported
        }
      }
    }
  }
}
