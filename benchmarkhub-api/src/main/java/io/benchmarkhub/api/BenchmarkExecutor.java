package io.benchmarkhub.api;

/**
 * Runs a {@link Benchmark}. Found with {@link java.util.ServiceLoader}; {@code benchmarkhub-runner}
 * provides the implementation, so the api itself knows nothing of HTTP.
 */
public interface BenchmarkExecutor {

  /**
   * Runs every case on every model, grades each completion and summarises.
   *
   * @param benchmark what to run
   * @return the summary
   * @throws BenchmarkException when the benchmark cannot start (unknown provider, missing key, bad
   *     dataset); errors of single trials are recorded in the summary instead
   */
  RunSummary run(Benchmark benchmark);
}
