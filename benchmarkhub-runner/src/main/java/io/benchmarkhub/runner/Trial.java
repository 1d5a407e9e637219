package io.benchmarkhub.runner;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.util.List;

/**
 * One case on one model, one repeat of it: the unit the runner schedules.
 *
 * @param caseIndex the case's 0-based position in the dataset
 * @param testCase the case
 * @param modelIndex the model's position in the benchmark's list
 * @param model the model
 * @param repeat the 1-based repeat number
 */
record Trial(long caseIndex, TestCase testCase, int modelIndex, ModelRef model, int repeat) {

  /** {@return this trial's result when it was not run: a skip, with the reason} */
  TrialResult skipped(TrialError reason) {
    return withoutAnswer(List.of(), TrialStatus.SKIPPED, reason);
  }

  /**
   * {@return this trial's result when it got no answer to grade: an error or a skip, with the reason}
   *
   * @param prompt the messages sent, or none when the prompt was not made
   */
  TrialResult withoutAnswer(List<Message> prompt, TrialStatus status, TrialError error) {
    return new TrialResult(caseIndex, testCase, model.id(), repeat, prompt, status, Double.NaN, List.of(), null, error);
  }
}
