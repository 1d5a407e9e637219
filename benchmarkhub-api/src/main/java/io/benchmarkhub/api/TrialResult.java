package io.benchmarkhub.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one trial: one case run on one model (one repeat of it).
 *
 * @param caseIndex the case's 0-based position in the dataset
 * @param testCase the case
 * @param model the model's {@link ModelRef#id() id}
 * @param repeat the 1-based repeat number (1 when not repeated)
 * @param prompt the messages sent to the model, empty when the prompt failed or the trial was skipped;
 *     for a {@link Subject}, the messages of its first call (empty when it made none)
 * @param status pass, fail or error
 * @param score the mean of the judges' scores, or NaN for an error
 * @param verdicts each judge's verdict, in judge order (empty when the provider failed)
 * @param completion the model's answer, or null when the prompt or provider failed; for a
 *     {@link Subject}, the text it returned with the usage and cost summed over its calls and the wall
 *     time of the subject as latency, and when it failed after calling the model, those calls' usage
 *     and cost with an empty text
 * @param error why the trial errored or was skipped, or null
 */
public record TrialResult(long caseIndex, TestCase testCase, String model, int repeat, List<Message> prompt,
    TrialStatus status, double score, List<Verdict> verdicts, Completion completion, TrialError error) {

  /** Checks and copies the values. */
  public TrialResult {
    Objects.requireNonNull(testCase, "testCase");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(status, "status");
    prompt = List.copyOf(prompt);
    verdicts = List.copyOf(verdicts);
    if ((status == TrialStatus.ERROR || status == TrialStatus.SKIPPED) && error == null) {
      throw new IllegalArgumentException("an " + status + " trial needs its error, the reason");
    }
  }

  /** {@return the case's id} */
  public String caseId() {
    return testCase.id();
  }

  /** {@return the completion, when the provider answered} */
  public Optional<Completion> answer() {
    return Optional.ofNullable(completion);
  }

  /** {@return the error, when the trial errored} */
  public Optional<TrialError> failure() {
    return Optional.ofNullable(error);
  }

  /** {@return whether every judge passed} */
  public boolean passed() {
    return status == TrialStatus.PASS;
  }

  @Override
  public String toString() {
    return "Trial[" + testCase.id() + " × " + model + (repeat > 1 ? " #" + repeat : "") + ": " + status
        + (error != null ? " " + error : completion != null ? " " + Text.abbreviate(completion.text(), 40) : "") + "]";
  }
}
