package io.benchmarkhub.runner;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one trial: renders the prompt, gets the answer from the model's {@link CompletionSource}
 * (cassette, cache or provider), gives it its cost by {@link Pricing} when it has none, grades with
 * every judge. A benchmark with a subject gets its answer from a {@link SubjectCall} instead.
 *
 * <p>Never throws for a trial's own trouble: a prompt that throws, a provider error, a request the
 * cassette lacks, a judge that throws or returns null each become an {@link TrialStatus#ERROR} result
 * with the reason, so the run goes on. Thread-safe.
 */
final class TrialRunner {
  /** The error kind of a trial whose judge model's answer could not be read as a grade. */
  static final String UNPARSEABLE = "UNPARSEABLE";

  private final Function<TestCase, List<Message>> prompt;
  /** Null when the benchmark sends its prompt. */
  private final SubjectCall subject;
  private final List<Judge> judges;
  private final SecretRedactor redactor;
  private final Pricing pricing;
  private final Function<TestCase, List<ToolDefinition>> tools;
  private final ToolChoice toolChoice;

  /**
   * Prepares the trials of a benchmark.
   *
   * @param subject calls the benchmark's subject, or null when it sends its prompt
   * @param tools the tools offered in a case (see {@link io.benchmarkhub.api.Benchmark#toolsFor})
   * @param toolChoice sent with requests that offer tools; null for the provider's default
   */
  TrialRunner(Function<TestCase, List<Message>> prompt, SubjectCall subject, List<Judge> judges,
      SecretRedactor redactor, Pricing pricing, Function<TestCase, List<ToolDefinition>> tools, ToolChoice toolChoice) {
    this.prompt = prompt;
    this.subject = subject;
    this.judges = List.copyOf(judges);
    this.redactor = redactor;
    this.pricing = pricing;
    this.tools = tools;
    this.toolChoice = toolChoice;
  }

  /** Runs the trial; whatever goes wrong inside it comes back as an ERROR result, never as an exception. */
  TrialResult run(Trial trial, CompletionSource source) {
    try {
      return attempt(trial, source);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      return error(trial, List.of(), TrialError.Phase.PROVIDER, e.getClass().getSimpleName(), describe(e));
    }
  }

  private TrialResult attempt(Trial trial, CompletionSource source) {
    if (source.unavailableReason() != null) {
      return trial.skipped(new TrialError(TrialError.Phase.PROVIDER, "UNAVAILABLE", redactor.redact(source.unavailableReason())));
    }
    if (subject != null) {
      SubjectCall.Outcome answered = subject.run(trial, source);
      if (answered.error() != null) {
        return new TrialResult(trial.caseIndex(), trial.testCase(), trial.model().id(), trial.repeat(),
            answered.prompt(), TrialStatus.ERROR, Double.NaN, List.of(), answered.completion(), answered.error());
      }
      return grade(trial, answered.prompt(), answered.completion());
    }
    List<Message> messages;
    try {
      messages = prompt.apply(trial.testCase());
      if (messages == null || messages.isEmpty()) {
        return error(trial, List.of(), TrialError.Phase.PROMPT, "EmptyPrompt",
            "the prompt made no message for case " + trial.testCase().id());
      }
    } catch (RuntimeException e) {
      return error(trial, List.of(), TrialError.Phase.PROMPT, e.getClass().getSimpleName(), describe(e));
    }
    Completion completion;
    try {
      completion = source.complete(trial, request(trial, messages));
      if (completion == null) {
        return error(trial, messages, TrialError.Phase.PROVIDER, "NullCompletion",
            "provider '" + trial.model().provider() + "' returned no completion");
      }
      completion = pricing.apply(trial.model(), completion);
    } catch (ProviderException e) {
      return error(trial, messages, TrialError.Phase.PROVIDER, e.kind().name(), describe(e));
    } catch (CassetteMissException e) {
      return error(trial, messages, TrialError.Phase.PROVIDER, CassetteMissException.KIND, e.getMessage());
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      return error(trial, messages, TrialError.Phase.PROVIDER, e.getClass().getSimpleName(), describe(e));
    }
    return grade(trial, messages, completion);
  }

  private ChatRequest request(Trial trial, List<Message> messages) {
    ChatRequest plain = new ChatRequest(trial.model().model(), messages, trial.model().params());
    List<ToolDefinition> offered = tools.apply(trial.testCase());
    return offered.isEmpty() ? plain : plain.withTools(offered, toolChoice);
  }

  private TrialResult grade(Trial trial, List<Message> messages, Completion completion) {
    List<Verdict> verdicts = new ArrayList<>(judges.size());
    Verdict firstError = null;
    boolean allPassed = true;
    double scoreSum = 0;
    for (Judge judge : judges) {
      Verdict v = evaluate(judge, trial.testCase(), completion);
      verdicts.add(v);
      if (v.isError()) {
        firstError = firstError == null ? v : firstError;
      } else {
        allPassed &= v.passed();
        scoreSum += v.score();
      }
    }
    if (firstError != null) {
      return new TrialResult(trial.caseIndex(), trial.testCase(), trial.model().id(), trial.repeat(), messages,
          TrialStatus.ERROR, Double.NaN, verdicts, completion,
          new TrialError(TrialError.Phase.JUDGE, firstError.unparseable() ? UNPARSEABLE : firstError.judge(),
              redactor.redact(firstError.reason())));
    }
    return new TrialResult(trial.caseIndex(), trial.testCase(), trial.model().id(), trial.repeat(), messages,
        allPassed ? TrialStatus.PASS : TrialStatus.FAIL, scoreSum / judges.size(), verdicts, completion, null);
  }

  private Verdict evaluate(Judge judge, TestCase testCase, Completion completion) {
    String name = judgeName(judge);
    try {
      Verdict v = judge.evaluate(testCase, completion);
      if (v == null) {
        return Verdict.error("judge " + name + " returned no verdict").named(name);
      }
      return v.judge() == null ? v.named(name) : v;
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      return Verdict.error("judge " + name + " threw " + describe(e)).named(name);
    }
  }

  private static String judgeName(Judge judge) {
    try {
      return judge.name();
    } catch (RuntimeException e) {
      return judge.getClass().getName();
    }
  }

  private TrialResult error(Trial trial, List<Message> prompt, TrialError.Phase phase, String kind, String message) {
    return trial.withoutAnswer(prompt, TrialStatus.ERROR, new TrialError(phase, kind, redactor.redact(message)));
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getName() : m;
  }
}
