package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.TestCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run sets out to do: which cases (by count and a digest of their ids), which models, how many
 * repeats. A resumed run must have the same plan, so that each trial keeps its place: trial
 * {@code (case i, model m, repeat r)} is number {@code (i × models + m) × repeats + r − 1}.
 *
 * @param benchmark the benchmark's name
 * @param version the benchmark's version
 * @param cases how many cases the dataset has
 * @param caseDigest hex SHA-256 of the case ids in dataset order, one per line
 * @param models the model ids, in the benchmark's order
 * @param repeats repeats per case and model
 * @param info what the run is, for the record ({@link RunLog} stores it with the plan so that
 *     {@link RunLogs} can rebuild the summary): not part of the plan a resumed run must match; null
 *     when unknown
 */
record RunPlan(String benchmark, String version, long cases, String caseDigest, List<String> models, int repeats,
    RunInfo info) {
  /** The most trials one run can hold: the run log keeps a few bytes per trial in arrays. */
  static final long MAX_TRIALS = Integer.MAX_VALUE - 8;

  RunPlan {
    models = List.copyOf(models);
  }

  /** A plan without its run information. */
  RunPlan(String benchmark, String version, long cases, String caseDigest, List<String> models, int repeats) {
    this(benchmark, version, cases, caseDigest, models, repeats, null);
  }

  /**
   * {@return the plan of a benchmark, reading its dataset once}
   *
   * @throws BenchmarkException when the dataset has no cases or the run would have too many trials
   * @throws io.benchmarkhub.api.DatasetException when a dataset line is malformed
   */
  static RunPlan of(Benchmark benchmark) {
    MessageDigest digest = sha256();
    long cases = 0;
    try (Stream<TestCase> s = benchmark.dataset().cases()) {
      for (Iterator<TestCase> it = s.iterator(); it.hasNext(); cases++) {
        digest.update(it.next().id().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
    }
    if (cases == 0) {
      throw new BenchmarkException("dataset " + benchmark.dataset().name() + " of benchmark '" + benchmark.name()
          + "' has no cases: add at least one.");
    }
    String caseDigest = HexFormat.of().formatHex(digest.digest());
    RunPlan plan = new RunPlan(benchmark.name(), benchmark.version(), cases, caseDigest,
        benchmark.models().stream().map(ModelRef::id).toList(), benchmark.repeat(),
        RunInfo.of(benchmark, cases, caseDigest));
    if (cases > MAX_TRIALS / ((long) plan.models.size() * plan.repeats)) {
      throw new BenchmarkException("benchmark '" + benchmark.name() + "' would run " + cases + " cases × "
          + plan.models.size() + " models × " + plan.repeats + " repeats, more than the " + MAX_TRIALS
          + " trials one run can hold: split the dataset or limit the cases.");
    }
    return plan;
  }

  /** {@return how many trials the plan has: cases × models × repeats} */
  long trials() {
    return cases * models.size() * repeats;
  }

  /** {@return the trial's number within the plan} */
  int ordinal(long caseIndex, int modelIndex, int repeat) {
    return (int) ((caseIndex * models.size() + modelIndex) * repeats + repeat - 1);
  }

  /** {@return the trial's number within the plan, or -1 when the plan has no such trial} */
  int ordinal(long caseIndex, String model, int repeat) {
    int m = models.indexOf(model);
    return m < 0 || caseIndex < 0 || caseIndex >= cases || repeat < 1 || repeat > repeats ? -1
        : ordinal(caseIndex, m, repeat);
  }

  /** {@return what differs between this plan and another, in words, or null when they are the same} */
  String difference(RunPlan other) {
    if (!benchmark.equals(other.benchmark) || !version.equals(other.version)) {
      return "it is of " + other.benchmark + " " + other.version + ", this is " + benchmark + " " + version;
    }
    if (!models.equals(other.models)) {
      return "it ran the models " + other.models + ", this has " + models;
    }
    if (repeats != other.repeats) {
      return "it ran " + other.repeats + " repeats, this has " + repeats;
    }
    if (cases != other.cases || !caseDigest.equals(other.caseDigest)) {
      return "its dataset had " + other.cases + " cases, this one has " + cases
          + (cases == other.cases ? " with other ids or in another order" : "");
    }
    return null;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
