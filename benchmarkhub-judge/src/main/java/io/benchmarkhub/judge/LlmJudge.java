package io.benchmarkhub.judge;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.JudgeContext;
import io.benchmarkhub.api.JudgeModel;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Base of the judges that grade with a model: which model (given, or the run's {@code judge.model};
 * never one picked silently), how it is asked (temperature 0, a JSON answer), asking again when its
 * answer is not a readable grade, and the usage of every ask carried on the verdict so that judge cost
 * is counted apart.
 *
 * <p>The judge model is asked through its provider's JSON mode where it has one (see
 * {@link ModelParams#withJsonOutput()}; Anthropic has none, and the reader tolerates prose around the
 * object). Unbound (as built), it only describes itself; {@link #bind} returns a copy holding the run's
 * {@link JudgeModel}. Asking: sample 1, and after an unreadable answer samples 2, 3... up to
 * {@code 1 + retries} asks (each a request of its own for the cache and cassette); when none is
 * readable, the verdict is {@link Verdict#unparseable}. A provider error (after the runner's own
 * retries) is an error verdict naming the judge model. Immutable and thread-safe.
 */
abstract class LlmJudge extends GuardedJudge {
  /** Asks after the first when an answer is unreadable, unless {@code retries(n)} says otherwise. */
  static final int DEFAULT_RETRIES = 2;

  /** The model given to this judge, or null to take the run's default. */
  final ModelRef model;
  /** Asks after an unreadable answer. */
  final int retries;
  /** The handle bound for the run, or null before {@link #bind}. */
  final JudgeModel bound;

  LlmJudge(String name, ModelRef model, int retries, JudgeModel bound) {
    super(name);
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be >= 0, was " + retries);
    }
    this.model = model;
    this.retries = retries;
    this.bound = bound;
  }

  /** {@return a copy of this judge with these settings} */
  abstract LlmJudge with(String name, ModelRef model, int retries, JudgeModel bound);

  /** {@return the conversation that asks the judge model to grade this answer} */
  abstract List<Message> ask(TestCase testCase, Completion completion);

  /**
   * {@return the verdict this answer gives}
   *
   * @throws JsonGrade.Unreadable when it is not a grade
   */
  abstract Verdict read(JsonNode answer);

  /** {@return the judge's kind for messages, e.g. "llm-rubric"} */
  abstract String kind();

  /**
   * {@inheritDoc}
   *
   * @throws BenchmarkException when neither this judge nor the run names a judge model
   */
  @Override
  public final LlmJudge bind(JudgeContext context) {
    ModelRef ref = model != null ? model : context.defaultModel().orElseThrow(() -> new BenchmarkException(
        kind() + " judge '" + name() + "' has no judge model: give it one with .model(\"provider:model\"), e.g. "
            + ".model(\"openai:gpt-4o-mini\"), or set -Dbenchmarkhub.judge.model=provider:model for every judge of "
            + "the run. BenchmarkHub never picks a judge model for you."));
    return with(name(), ref, retries, context.model(ref));
  }

  @Override
  final Verdict grade(TestCase testCase, Completion completion) {
    if (bound == null) {
      throw new CannotGrade(name() + " is not bound to a judge model: run it as a benchmark's judge, which gives it "
          + "the run's judge models");
    }
    List<Message> messages = ask(testCase, completion);
    ModelParams params = params();
    Usage used = Usage.NONE;
    String why = null;
    String last = null;
    for (int sample = 1; sample <= 1 + retries; sample++) {
      Completion answer;
      try {
        answer = bound.complete(messages, params, sample);
      } catch (ProviderException e) {
        return Verdict.error(name() + ": judge model " + bound.ref().id() + " failed: " + e.getMessage())
            .withUsage(used);
      }
      used = used.plus(answer.usage());
      last = answer.text();
      try {
        return read(JsonGrade.object(answer.text())).withUsage(used);
      } catch (JsonGrade.Unreadable e) {
        why = e.getMessage();
      }
    }
    return Verdict.unparseable(name() + ": judge model " + bound.ref().id() + " gave no readable grade in "
        + (1 + retries) + (retries == 0 ? " answer" : " answers") + " (" + why + "); the last was "
        + Reasons.quote(last)).withUsage(used);
  }

  /**
   * {@return how the judge model is asked: temperature 0, a JSON answer, the model's other parameters}
   *
   * <p>JSON output without a schema: every provider with a JSON mode accepts it (OpenAI's strict
   * schemas and Gemini's OpenAPI subset each reject what the other needs), and {@link #read} checks the
   * answer's shape itself, asking again when it is wrong.
   */
  ModelParams params() {
    return bound.ref().params().withTemperature(0).withJsonOutput();
  }

  /** {@return the case's input as the judge sees it: the text, or the conversation one message a line} */
  static String input(TestCase testCase) {
    if (!testCase.isChat()) {
      return testCase.input();
    }
    return testCase.messages().stream().map(m -> m.role().wireName() + ": " + m.content())
        .collect(Collectors.joining("\n"));
  }

  /**
   * {@return the template with each {@code {{name}}} replaced by its value, in one pass}, so that a value
   * that itself contains a placeholder (an answer holding {@code {{answer}}}, say) is shown as written
   */
  static String fill(String template, java.util.Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        break;
      }
      int close = template.indexOf("}}", open + 2);
      String key = close < 0 ? null : template.substring(open + 2, close);
      if (key != null && values.containsKey(key)) {
        out.append(template, i, open).append(values.get(key));
        i = close + 2;
      } else {
        out.append(template, i, open + 2);
        i = open + 2;
      }
    }
    return out.append(template.substring(i)).toString();
  }

  @Override
  public String toString() {
    return Reasons.describe(name(), List.of("model=" + (model == null ? "judge.model setting" : model.id()),
        "retries=" + retries));
  }
}
