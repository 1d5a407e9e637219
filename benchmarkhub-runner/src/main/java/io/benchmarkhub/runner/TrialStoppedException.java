package io.benchmarkhub.runner;

import io.benchmarkhub.api.TrialError;

/**
 * Thrown to a subject by its model handle when the runner ends the trial whatever the subject does
 * next: the budget is reached, the cassette lacks a replayed call, or the run is cancelled. The trial's
 * error is {@link #error()}, even when the subject catches this and returns an answer.
 */
final class TrialStoppedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient TrialError error;

  TrialStoppedException(TrialError error) {
    super(error.message());
    this.error = error;
  }

  /** {@return the error the trial ends with} */
  TrialError error() {
    return error;
  }
}
