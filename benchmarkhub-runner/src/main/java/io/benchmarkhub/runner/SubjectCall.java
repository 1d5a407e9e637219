package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.Subject;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Calls a benchmark's {@link Subject} for one trial with a {@link SubjectModelHandle} bound to it, and
 * turns what happens into the trial's answer or error. Thread-safe.
 *
 * <p>The answer is the returned text with the calls' summed usage and cost and the subject's wall time
 * as latency. The error, in this order of precedence:
 * <ol>
 *   <li>the runner stopped the trial (budget, a replayed call the cassette lacks, cancellation): that,
 *       even when the subject caught it;</li>
 *   <li>the subject threw a {@link ProviderException}, or an exception caused by one (an adapter that
 *       wraps it): phase PROVIDER with the provider's kind, so the error is classified as a prompt's
 *       would be and {@code rerun-errors} re-runs it;</li>
 *   <li>the subject threw anything else: phase SUBJECT, kind the exception's simple class name;</li>
 *   <li>the subject returned null: phase SUBJECT, kind {@value #NULL_ANSWER}.</li>
 * </ol>
 * A thrown exception's stack trace is kept, trimmed to the user's code ({@link UserStackTrace}); message
 * and trace are redacted. A failed subject's answered calls still count: their usage and cost come with
 * the error in a completion with an empty text.
 */
final class SubjectCall {
  /** The error kind of a subject that returned null. */
  static final String NULL_ANSWER = "NullAnswer";
  private static final int MAX_CAUSES = 16;

  private final Subject subject;
  private final Pricing pricing;
  private final Budget budget;
  private final SecretRedactor redactor;
  private final Map<String, Duration> timeBudgets;

  /**
   * Prepares calls of a subject.
   *
   * @param timeBudgets each provider id's time budget of one trial ({@code retry.total-timeout})
   */
  SubjectCall(Subject subject, Pricing pricing, Budget budget, SecretRedactor redactor,
      Map<String, Duration> timeBudgets) {
    this.subject = subject;
    this.pricing = pricing;
    this.budget = budget;
    this.redactor = redactor;
    this.timeBudgets = Map.copyOf(timeBudgets);
  }

  /**
   * What one call of the subject gave.
   *
   * @param prompt the messages of its first call to the model, or none
   * @param completion the answer, or what the calls of a failed subject used (null when none answered)
   * @param error why it failed, or null
   */
  record Outcome(List<Message> prompt, Completion completion, TrialError error) {}

  /** {@return the outcome of the subject on this trial}; never throws for the subject's own trouble */
  Outcome run(Trial trial, CompletionSource source) {
    SubjectModelHandle handle = new SubjectModelHandle(trial, source, pricing, budget,
        timeBudgets.get(trial.model().provider()));
    long start = System.nanoTime();
    String answer = null;
    Throwable thrown = null;
    try {
      answer = call(trial.testCase(), handle);
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      thrown = e;
    } finally {
      handle.close();
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    TrialError error = handle.stopped() != null ? handle.stopped()
        : thrown != null ? error(thrown)
        : answer == null ? new TrialError(TrialError.Phase.SUBJECT, NULL_ANSWER, "the subject returned no answer "
            + "(null) for case '" + trial.testCase().id() + "' on " + trial.model().id())
        : null;
    return error == null ? new Outcome(handle.firstMessages(), handle.answer(answer, latency), null)
        : new Outcome(handle.firstMessages(), handle.spent(latency), error);
  }

  /** The frame of this method is where a kept stack trace ends. */
  private String call(TestCase testCase, ModelHandle model) throws Exception {
    return subject.answer(testCase, model);
  }

  private TrialError error(Throwable thrown) {
    String trace = redactor.redact(UserStackTrace.of(thrown, SubjectCall.class));
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
      if (t instanceof ProviderException p) {
        return new TrialError(TrialError.Phase.PROVIDER, p.kind().name(), redactor.redact(describe(p)), trace);
      }
    }
    String kind = thrown.getClass().getSimpleName().isEmpty() ? thrown.getClass().getName()
        : thrown.getClass().getSimpleName();
    return new TrialError(TrialError.Phase.SUBJECT, kind, redactor.redact(describe(thrown)), trace);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getName() : m;
  }
}
