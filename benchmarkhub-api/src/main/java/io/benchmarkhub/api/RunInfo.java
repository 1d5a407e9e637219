package io.benchmarkhub.api;

import java.util.List;
import java.util.Objects;

/**
 * What a run was, for the record and for reports: the dataset and its checksum, the models with their
 * parameters, the judges' configuration and the library version.
 *
 * @param dataset the dataset's name (its file or resource)
 * @param cases how many cases the run planned
 * @param caseDigest hex SHA-256 of the case ids in dataset order, one per line: the same digest means
 *     the same cases in the same order; empty when unknown
 * @param datasetSha256 hex SHA-256 of the dataset's bytes ({@link Dataset#sha256()}): the same checksum
 *     means the same data, content included; empty when unknown (a dataset held in memory, or a run
 *     logged before it was recorded)
 * @param repeats repeats per case and model
 * @param models each model with its parameters, in the benchmark's order
 * @param judges each judge as it describes itself (its {@code toString()}, e.g. its rubric and model)
 * @param pairJudges each pair judge's name
 * @param libraryVersion BenchmarkHub's version ({@link BenchmarkHub#version()})
 */
public record RunInfo(String dataset, long cases, String caseDigest, String datasetSha256, int repeats, List<ModelInfo> models,
    List<String> judges, List<String> pairJudges, String libraryVersion) {

  /** Checks and copies the values. */
  public RunInfo {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(caseDigest, "caseDigest");
    Objects.requireNonNull(datasetSha256, "datasetSha256");
    models = List.copyOf(models);
    judges = List.copyOf(judges);
    pairJudges = List.copyOf(pairJudges);
    Objects.requireNonNull(libraryVersion, "libraryVersion");
  }

  /**
   * One model of the run.
   *
   * @param id its id (or label)
   * @param provider the provider id
   * @param model the model name
   * @param params its parameters as set, e.g. {@code {temperature=0.0, maxTokens=64}}
   */
  public record ModelInfo(String id, String provider, String model, String params) {}

  /**
   * {@return the information a benchmark gives before it runs, with the plan's case count and digest}; reads
   * the dataset once more for its checksum
   */
  public static RunInfo of(Benchmark benchmark, long cases, String caseDigest) {
    return new RunInfo(benchmark.dataset().name(), cases, caseDigest, benchmark.dataset().sha256().orElse(""),
        benchmark.repeat(),
        benchmark.models().stream().map(m -> new ModelInfo(m.id(), m.provider(), m.model(), m.params().toString()))
            .toList(),
        benchmark.judges().stream().map(Object::toString).toList(),
        benchmark.pairJudges().stream().map(PairJudge::name).toList(), BenchmarkHub.version());
  }
}
