package io.benchmarkhub.runner;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.PairJudgment.Outcome;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.Usage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a finished run back from its files, for reports made after the run (or on another machine):
 * {@link #summary(Path)} rebuilds the {@link RunSummary} the run returned from the run log
 * {@code <run-dir>/<run-id>/<benchmark>.jsonl}, its plan {@code <benchmark>.run.json} and, when the
 * run had pair judges, {@code <benchmark>.pairwise.jsonl}.
 *
 * <pre>{@code
 * RunSummary s = RunLogs.summary(Path.of("target/benchmarkhub/20250301-101500-ab12/support-intent.jsonl"));
 * JsonReport.write(s, Path.of("summary.json"));
 * }</pre>
 *
 * <p><b>What is exact.</b> The trials (the latest line of each, streamed from the log in case, model,
 * repeat order, as the run's summary streams them), every count of every model, tokens, latency
 * percentiles, the comparisons' pair counts, panel trial and split counts, pairwise win, tie,
 * inconsistent and error counts, and the run information the plan file holds (dataset, case count
 * and digest, repeats, models with their parameters, judges, pair judges, library version). The
 * figures are computed by the same code as the run's ({@code ModelTally}, {@code CaseOutcomes},
 * {@code PanelRatings}, the pairwise tally), so means, intervals and p-values are the same numbers,
 * except that the run adds trials up in the order they finish and this in plan order: sums of scores
 * and costs may differ in the last bits (about 1e-15 relative), never more.
 *
 * <p><b>What is approximate.</b> The times: {@code startedAt} is when the run's plan file was written
 * (its {@code "startedAt"} field, milliseconds before the run's own start; for a resumed run, the
 * first start of the run id, where the run's summary has the resumed process's start), and
 * {@code finishedAt} is the last-modified time of the log or of the pairwise file, whichever is later.
 * A plan file written before it held {@code "startedAt"} and {@code "info"} gives its own
 * last-modified time as the start, and run information with the model ids only.
 *
 * <p>Nothing is written: a log still being written, or cut short by a kill, is read up to its last
 * complete line. Memory: 13 bytes per planned trial for the log's index, plus what the tallies keep
 * (8 bytes per answered trial, 16 per model and case), as during the run.
 */
public final class RunLogs {
  private RunLogs() {}

  /**
   * Rebuilds a run's summary from its files.
   *
   * @param runLog the run log, {@code <run-dir>/<run-id>/<benchmark>.jsonl} ({@link RunSummary#runLog()})
   * @return the summary, whose {@link RunSummary#trials()} stream from the log each time
   * @throws BenchmarkException when the log or its plan is missing or unreadable, or the log holds a
   *     line that is not a result of the plan
   */
  public static RunSummary summary(Path runLog) {
    String name = runLog.getFileName().toString();
    if (!name.endsWith(".jsonl") || name.endsWith(".pairwise.jsonl")) {
      throw new BenchmarkException("not a run log: " + runLog + "; give <run-dir>/<run-id>/<benchmark>.jsonl");
    }
    Path planFile = RunLog.planFile(runLog);
    JsonNode plan;
    try {
      plan = RecordingJson.MAPPER.readTree(planFile.toFile());
    } catch (IOException e) {
      throw new BenchmarkException("cannot read the plan " + planFile + " of the run log " + runLog + ": "
          + e.getMessage() + ". A run writes it beside its log when it starts.", e);
    }
    RunPlan runPlan = RunLog.readPlan(plan);
    String runId = plan.path("runId").asText();
    RunInfo info = info(plan, runPlan);
    TrialResults trials;
    try (RunLog log = RunLog.readOnly(runLog, runPlan)) {
      trials = log.results();
    } catch (NoSuchFileException e) {
      throw new BenchmarkException("no run log " + runLog + ": the run wrote no trial.", e);
    } catch (IOException e) {
      throw new BenchmarkException("cannot read the run log " + runLog + ": " + e.getMessage(), e);
    }

    RunTallies tallies = new RunTallies(runPlan);
    try (Stream<TrialResult> stream = trials.stream()) {
      stream.forEach(tallies::add);
    }

    Path pairwiseFile = PairwiseComparisons.file(runLog);
    List<PairwiseResult> pairwise = Files.exists(pairwiseFile)
        ? pairwise(pairwiseFile, info.pairJudges(), runPlan.models()) : List.of();

    Instant started = startedAt(plan, planFile);
    Instant finished = latest(started, runLog, pairwiseFile);
    return new RunSummary(runPlan.benchmark(), runPlan.version(), runId, started, finished, info,
        tallies.summaries(), trials, tallies.comparisons(), tallies.agreement(), pairwise, runLog);
  }

  /** {@return the run information the plan holds}, or what can be had without it: the model ids */
  private static RunInfo info(JsonNode plan, RunPlan runPlan) {
    JsonNode i = plan.path("info");
    if (!i.isObject()) {
      return new RunInfo("", runPlan.cases(), runPlan.caseDigest(), "", runPlan.repeats(),
          runPlan.models().stream().map(m -> new RunInfo.ModelInfo(m, "", m, "")).toList(), List.of(), List.of(), "");
    }
    List<RunInfo.ModelInfo> models = new ArrayList<>();
    i.path("models").forEach(m -> models.add(new RunInfo.ModelInfo(m.path("id").asText(), m.path("provider").asText(),
        m.path("model").asText(), m.path("params").asText())));
    return new RunInfo(i.path("dataset").asText(), runPlan.cases(), runPlan.caseDigest(),
        i.path("datasetSha256").asText(""), runPlan.repeats(), models,
        strings(i.path("judges")), strings(i.path("pairJudges")), i.path("libraryVersion").asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return out;
  }

  private static Instant startedAt(JsonNode plan, Path planFile) {
    if (plan.path("startedAt").isTextual()) {
      try {
        return Instant.parse(plan.path("startedAt").textValue());
      } catch (DateTimeParseException e) {
        // an edited plan: fall back on the file's time
      }
    }
    return modified(planFile);
  }

  private static Instant latest(Instant floor, Path... files) {
    Instant latest = floor;
    for (Path f : files) {
      if (Files.exists(f)) {
        Instant m = modified(f);
        latest = m.isAfter(latest) ? m : latest;
      }
    }
    return latest;
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw new BenchmarkException("cannot read the time of " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Tallies the judgments of {@code <benchmark>.pairwise.jsonl} as the pairwise phase does: per judge
   * (in the run's order, else in the order the file names them) and pair of models (A before B in model
   * order), the outcomes and the cost; the sign test's p-values Holm-corrected across each judge's pairs.
   */
  static List<PairwiseResult> pairwise(Path file, List<String> judgeNames, List<String> models) {
    PairwiseTallies tallies = new PairwiseTallies(judgeNames, models);
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = RecordingJson.MAPPER.readTree(line);
        } catch (IOException e) {
          throw new BenchmarkException(file + ":" + lineNumber + ": not a pairwise judgment: " + e.getMessage(), e);
        }
        int a = models.indexOf(n.path("modelA").asText());
        int b = models.indexOf(n.path("modelB").asText());
        Outcome outcome;
        try {
          outcome = Outcome.valueOf(n.path("outcome").asText());
        } catch (IllegalArgumentException e) {
          outcome = null;
        }
        if (a < 0 || b <= a || outcome == null) {
          throw new BenchmarkException(file + ":" + lineNumber + ": not a judgment of this run's models: " + line);
        }
        JsonNode cost = n.path("usage").path("costUsd");
        tallies.add(n.path("judge").asText(), a, b, outcome,
            cost.isNumber() ? Usage.NONE.withCost(cost.asDouble()) : Usage.NONE);
      }
    } catch (IOException e) {
      throw new BenchmarkException("cannot read the pairwise judgments " + file + ": " + e.getMessage(), e);
    }
    return tallies.results();
  }
}
