package io.benchmarkhub.api;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one run of a benchmark: a {@link ModelSummary} per model and every trial's result.
 *
 * <p>{@link #trials()} come in case order, then model order (as the benchmark lists its models),
 * then repeat, whatever order they finished in. The runner's summary reads them back from the run
 * log ({@link #runLog()}) as they are streamed, so holding a summary costs little memory whatever the
 * run's size.
 *
 * @param benchmark the benchmark's name
 * @param version the benchmark's version
 * @param runId the run's id
 * @param startedAt when the run started
 * @param finishedAt when the last trial finished
 * @param info what the run was: dataset and checksum, models and parameters, judges, library version
 * @param models one summary per model, in the benchmark's model order
 * @param trials every trial's result, in case, model, repeat order
 * @param comparisons every pair of models compared on the cases both graded, in model order (A before
 *     B as the benchmark lists them); empty with one model
 * @param judgeAgreement per panel of judges, how much its members agreed; empty without panels
 * @param pairwise per pair judge and pair of models, who won the comparisons; empty without pair judges
 * @param runLog the run log the trials were read from, e.g. {@code target/benchmarkhub/<run-id>/<benchmark>.jsonl},
 *     or null when the results were never written to one
 */
public record RunSummary(String benchmark, String version, String runId, Instant startedAt, Instant finishedAt,
    RunInfo info, List<ModelSummary> models, TrialResults trials, List<ModelComparison> comparisons,
    List<JudgeAgreement> judgeAgreement, List<PairwiseResult> pairwise, Path runLog) {

  /** Checks and copies the values. */
  public RunSummary {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(trials, "trials");
    models = List.copyOf(models);
    comparisons = List.copyOf(comparisons);
    judgeAgreement = List.copyOf(judgeAgreement);
    pairwise = List.copyOf(pairwise);
  }

  /**
   * A summary whose trials are held in memory and written to no run log, without comparisons, judge
   * agreement or pairwise results, and with little run information (the model ids only): for tests and
   * tools that build summaries themselves.
   *
   * @param benchmark the benchmark's name
   * @param version the benchmark's version
   * @param runId the run's id
   * @param startedAt when the run started
   * @param finishedAt when the last trial finished
   * @param models one summary per model, in the benchmark's model order
   * @param trials every trial's result, in case, model, repeat order
   */
  public RunSummary(String benchmark, String version, String runId, Instant startedAt, Instant finishedAt,
      List<ModelSummary> models, List<TrialResult> trials) {
    this(benchmark, version, runId, startedAt, finishedAt,
        new RunInfo("", 0, "", "", 1, models.stream().map(m -> new RunInfo.ModelInfo(m.model(), "", m.model(), "{}"))
            .toList(), List.of(), List.of(), BenchmarkHub.version()),
        models, TrialResults.of(trials), List.of(), List.of(), List.of(), null);
  }

  /**
   * {@return the summary of one model}
   *
   * @param modelId the model's id, e.g. "openai:gpt-4o-mini" or its label
   * @throws IllegalArgumentException naming the models the run has
   */
  public ModelSummary model(String modelId) {
    return models.stream().filter(m -> m.model().equals(modelId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("run has no model '" + modelId + "'; it has "
            + models.stream().map(ModelSummary::model).toList()));
  }

  /**
   * {@return the trials of one model, in case order, in memory}; stream {@link #trials()} instead to
   * go through a large run
   *
   * @param modelId the model's id
   * @throws IllegalArgumentException naming the models the run has
   */
  public List<TrialResult> trials(String modelId) {
    model(modelId);
    return trials.stream().filter(t -> t.model().equals(modelId)).toList();
  }

  /**
   * {@return the comparison of two models}, in either order (the values are from A's side as stored:
   * check {@link ModelComparison#modelA()})
   *
   * @throws IllegalArgumentException when the run has no such pair
   */
  public ModelComparison comparison(String modelA, String modelB) {
    return comparisons.stream().filter(c -> c.modelA().equals(modelA) && c.modelB().equals(modelB)
        || c.modelA().equals(modelB) && c.modelB().equals(modelA)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("run has no comparison of '" + modelA + "' and '" + modelB
            + "'; it compares " + comparisons.stream().map(c -> c.modelA() + " / " + c.modelB()).toList()));
  }

  /** {@return how long the run took} */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /** {@return the per-model table the console shows at the end of a run} */
  public String toTable() {
    return SummaryTable.render(this);
  }

  @Override
  public String toString() {
    return "RunSummary[" + benchmark + " " + version + ", run " + runId + ", " + models.size() + " models, "
        + trials.size() + " trials]";
  }
}
