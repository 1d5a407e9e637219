package io.benchmarkhub.api;

/**
 * Hears a run as it goes: for progress displays, test engines and reports.
 *
 * <p>Events come in this order: {@code runStarted} once, then {@code trialFinished} for every trial
 * in completion order (from the runner's worker threads, possibly concurrently), then
 * {@code runFinished} once. Listeners must be fast and thread-safe; an exception thrown by a
 * listener is logged and ignored, and never affects the run.
 */
public interface RunListener {

  /** Called once before the first trial starts. */
  default void runStarted(Benchmark benchmark, String runId) {}

  /**
   * Called once before the first trial starts, with the number of trials the run plans (cases ×
   * models × repeats); the runner calls this one. By default it calls
   * {@link #runStarted(Benchmark, String)}, so a listener overrides whichever it needs.
   */
  default void runStarted(Benchmark benchmark, String runId, long plannedTrials) {
    runStarted(benchmark, runId);
  }

  /** Called as each trial completes, from the thread that ran it. */
  default void trialFinished(TrialResult result) {}

  /** Called once after the last trial, with the summary. */
  default void runFinished(RunSummary summary) {}
}
