package io.benchmarkhub.api;

/** The outcome of one trial. Errors are their own outcome: never counted as failures. */
public enum TrialStatus {
  /** Every judge passed the completion. */
  PASS,
  /** At least one judge failed it (and none errored). */
  FAIL,
  /** The trial could not be graded: the prompt, the provider or a judge failed. Re-runnable. */
  ERROR,
  /**
   * The trial was not run, and nothing was spent on it: its model's provider is unavailable (for
   * example its API key is missing) and the run was asked to skip such models, or the run's budget
   * was reached (error kind {@link TrialError#BUDGET_KIND}). Its error says why.
   */
  SKIPPED
}
