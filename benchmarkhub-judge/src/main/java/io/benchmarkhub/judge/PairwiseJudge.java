package io.benchmarkhub.judge;

import io.benchmarkhub.api.PairJudgment;
import io.benchmarkhub.api.PairJudge;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A pairwise LLM judge: which of two models' answers to the same case is better against a criterion,
 * asked in both orders to cancel position bias. Build one with {@link Judges#pairwise(String)}.
 *
 * <pre>{@code
 * PairwiseJudge judge = Judges.pairwise("Answers the customer's question correctly and politely")
 *     .model("openai:gpt-4o-mini")
 *     .bind(judgeContext);
 * PairwiseVerdict v = judge.compare(testCase, "gpt-4o", answerA, "claude-3-5-haiku", answerB);
 * PairwiseTally tally = PairwiseTally.of(verdicts);  // wins, losses, ties, inconsistent, errors, win rate
 * }</pre>
 *
 * <p>It is not a {@link io.benchmarkhub.api.Judge}: it compares two completions, not one. It asks the
 * judge model twice, first with A's answer shown as answer 1 and B's as answer 2, then the other way
 * round; the judge model replies {@code {"winner": "1" | "2" | "tie", "reason": "..."}} in those
 * position labels, which {@link PairwiseVerdict} maps back to the models and combines as MT-Bench does
 * (Zheng et al. 2023): a win only when preferred in both orders; disagreeing orders are
 * {@link PairJudgment.Outcome#INCONSISTENT INCONSISTENT}, scored as a tie.
 *
 * <p>Asking: temperature 0 (the judge model's other parameters kept); the answer is read tolerantly (a
 * code fence or prose around the object, {@code 1} or {@code "Answer 1"} for {@code "1"},
 * {@code "draw"} for {@code "tie"}). The A-first ask is sample 1 and the B-first ask sample 2; an
 * unreadable answer is asked again up to {@link #retries(int)} times (twice by default) as samples 3,
 * 5, ... for A first and 4, 6, ... for B first, so that no two asks share a cache or cassette entry,
 * even when both answers are the same text and the two prompts are equal. An order still unreadable
 * is {@link PairwiseVerdict.Result#UNPARSEABLE UNPARSEABLE}; a judge model that fails (after the
 * runner's retries) makes that order {@link PairwiseVerdict.Result#FAILED FAILED}; either makes the
 * verdict an {@link PairJudgment.Outcome#ERROR ERROR}. Both orders are always asked, so that each
 * verdict shows both. The verdict's usage sums every ask.
 *
 * <p>The judge model is the one given with {@link #model(String)}, else the run's {@code judge.model}
 * setting; with neither, {@link #bind} says so: no judge model is ever picked silently. Each option
 * returns a new judge; immutable and thread-safe.
 */
public final class PairwiseJudge implements PairJudge {
  /** The system message: the judge's role and the answer's shape. */
  public static final String SYSTEM = "You are a strict, fair judge. You compare two answers to the same task "
      + "against a criterion and reply with one JSON object and nothing else: {\"winner\": \"1\" or \"2\" or "
      + "\"tie\", \"reason\": \"<one or two sentences>\"}. \"1\" means answer 1 is better, \"2\" that answer 2 is "
      + "better, \"tie\" that neither is better. The order in which the answers are shown says nothing about "
      + "their quality, and neither does their length: do not let either sway you.";

  /**
   * The user message unless {@link #template} replaces it; {@code {{criterion}}}, {@code {{input}}} (the
   * case's input, a conversation one message a line), {@code {{expected}}} (the expected answer, or
   * "(none)"), {@code {{answer1}}} (the answer shown first) and {@code {{answer2}}} are filled in.
   */
  public static final String DEFAULT_TEMPLATE = """
      Criterion:
      {{criterion}}

      Task given to the models:
      {{input}}

      Reference answer:
      {{expected}}

      [Answer 1]
      {{answer1}}
      [End of answer 1]

      [Answer 2]
      {{answer2}}
      [End of answer 2]

      Which answer better meets the criterion, using the reference answer where it helps? Reply with the JSON \
      object only: "winner" is "1", "2" or "tie".""";

  private final String name;
  private final String criterion;
  private final String template;
  /** The model given to this judge, or null to take the run's default. */
  private final ModelRef model;
  private final int retries;
  /** The handle bound for the run, or null before {@link #bind}. */
  private final JudgeModel bound;

  PairwiseJudge(String criterion) {
    this("pairwise", RubricJudge.requireText(criterion, "criterion"), DEFAULT_TEMPLATE, null,
        LlmJudge.DEFAULT_RETRIES, null);
  }

  private PairwiseJudge(String name, String criterion, String template, ModelRef model, int retries,
      JudgeModel bound) {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be >= 0, was " + retries);
    }
    this.name = name;
    this.criterion = criterion;
    this.template = template;
    this.model = model;
    this.retries = retries;
    this.bound = bound;
  }

  /** {@return a copy that asks this model}, e.g. {@code "openai:gpt-4o-mini"}; its params are kept, temperature set to 0 */
  public PairwiseJudge model(String ref) {
    return model(ModelRef.parse(ref));
  }

  /** {@return a copy that asks this model}, unbound */
  public PairwiseJudge model(ModelRef ref) {
    return new PairwiseJudge(name, criterion, template, Objects.requireNonNull(ref, "model"), retries, null);
  }

  /**
   * {@return a copy that asks again at most {@code n} times, per order, after an unreadable answer}
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public PairwiseJudge retries(int n) {
    return new PairwiseJudge(name, criterion, template, model, n, bound);
  }

  /**
   * {@return a copy that asks with this user message}; see {@link #DEFAULT_TEMPLATE} for the
   * placeholders. The system message ({@link #SYSTEM}) still asks for the JSON answer.
   *
   * @throws IllegalArgumentException when the template lacks {@code {{answer1}}} or {@code {{answer2}}}
   */
  public PairwiseJudge template(String value) {
    RubricJudge.requireText(value, "template");
    if (!value.contains("{{answer1}}") || !value.contains("{{answer2}}")) {
      throw new IllegalArgumentException("a pairwise template must contain {{answer1}} and {{answer2}}, where the "
          + "answers to compare go");
    }
    return new PairwiseJudge(name, criterion, value, model, retries, bound);
  }

  /** {@return a copy with this name, used in messages} */
  public PairwiseJudge named(String value) {
    return new PairwiseJudge(RubricJudge.requireText(value, "name"), criterion, template, model, retries, bound);
  }

  /** {@return the name used in messages; "pairwise" unless {@link #named} says otherwise} */
  @Override
  public String name() {
    return name;
  }

  /** {@return the criterion the answers are compared against} */
  public String criterion() {
    return criterion;
  }

  /**
   * {@return a copy ready to compare}, asking the judge model through the run's machinery (cache,
   * cassette, retries, pricing): the model given with {@link #model}, else the context's default
   *
   * @param context the run's judge models
   * @throws BenchmarkException when neither this judge nor the context names a judge model
   */
  @Override
  public PairwiseJudge bind(JudgeContext context) {
    Objects.requireNonNull(context, "context");
    ModelRef ref = model != null ? model : context.defaultModel().orElseThrow(() -> new BenchmarkException(
        "pairwise judge '" + name + "' has no judge model: give it one with .model(\"provider:model\"), e.g. "
            + ".model(\"openai:gpt-4o-mini\"), or set -Dbenchmarkhub.judge.model=provider:model for every judge of "
            + "the run. BenchmarkHub never picks a judge model for you."));
    return new PairwiseJudge(name, criterion, template, ref, retries, context.model(ref));
  }

  /**
   * Compares two models' answers to one case, asking the judge model in both orders.
   *
   * @param testCase the case both models answered
   * @param modelA the name of the model that gave {@code a}
   * @param a its answer
   * @param modelB the name of the model that gave {@code b}
   * @param b its answer
   * @return the verdict; an unreadable or failed ask is an {@link PairJudgment.Outcome#ERROR ERROR}
   *     verdict, never an exception
   * @throws IllegalStateException when this judge is not {@link #bind bound}
   * @throws IllegalArgumentException when a model name is blank
   */
  @Override
  public PairwiseVerdict compare(TestCase testCase, String modelA, Completion a, String modelB, Completion b) {
    Objects.requireNonNull(testCase, "testCase");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    RubricJudge.requireText(modelA, "modelA");
    RubricJudge.requireText(modelB, "modelB");
    if (bound == null) {
      throw new IllegalStateException(name + " is not bound to a judge model: call bind(JudgeContext) first, "
          + "which gives it the run's judge models");
    }
    PairwiseVerdict.Order aFirst = ask(testCase, a.text(), b.text(), true);
    PairwiseVerdict.Order bFirst = ask(testCase, b.text(), a.text(), false);
    return new PairwiseVerdict(modelA, modelB, aFirst, bFirst);
  }

  /** Asks one order: {@code first} shown as answer 1, {@code second} as answer 2. */
  private PairwiseVerdict.Order ask(TestCase testCase, String first, String second, boolean aShownFirst) {
    List<Message> messages = messages(testCase, first, second);
    ModelParams params = bound.ref().params().withTemperature(0).withJsonOutput();
    Usage used = Usage.NONE;
    String why = null;
    String last = "";
    int asks = 0;
    for (int attempt = 0; attempt <= retries; attempt++) {
      int sample = 2 * attempt + (aShownFirst ? 1 : 2);
      Completion answer;
      asks++;
      try {
        answer = bound.complete(messages, params, sample);
      } catch (ProviderException e) {
        return failed(aShownFirst, "judge model " + bound.ref().id() + " failed: " + e.getMessage(), last, used, asks);
      } catch (RuntimeException e) {
        return failed(aShownFirst, "judge model " + bound.ref().id() + " threw " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()), last, used, asks);
      }
      used = used.plus(answer.usage());
      last = answer.text();
      try {
        JsonNode json = JsonGrade.object(last);
        PairwiseVerdict.Result result = winner(json);
        return new PairwiseVerdict.Order(aShownFirst, result, JsonGrade.text(json, "reason"), last, used, asks);
      } catch (JsonGrade.Unreadable e) {
        why = e.getMessage();
      }
    }
    return new PairwiseVerdict.Order(aShownFirst, PairwiseVerdict.Result.UNPARSEABLE, "judge model "
        + bound.ref().id() + " gave no readable verdict in " + asks + (asks == 1 ? " answer" : " answers") + " ("
        + why + "); the last was " + Reasons.quote(last), last, used, asks);
  }

  private static PairwiseVerdict.Order failed(boolean aShownFirst, String why, String last, Usage used, int asks) {
    return new PairwiseVerdict.Order(aShownFirst, PairwiseVerdict.Result.FAILED, why, last, used, asks);
  }

  /** {@return the conversation that asks for one order} */
  List<Message> messages(TestCase testCase, String first, String second) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("criterion", criterion);
    values.put("input", LlmJudge.input(testCase));
    values.put("expected", testCase.expected().orElse("(none)"));
    values.put("answer1", first);
    values.put("answer2", second);
    return List.of(Message.system(SYSTEM), Message.user(LlmJudge.fill(template, values)));
  }

  /**
   * {@return the position the answer names}: {@code "1"}, {@code 1}, {@code "Answer 1"}, {@code "[[1]]"}
   * or {@code "first"}; the same for 2; {@code "tie"}, {@code "draw"} or {@code "equal"}
   *
   * @throws JsonGrade.Unreadable when the field is missing or names none of these
   */
  static PairwiseVerdict.Result winner(JsonNode answer) {
    JsonNode v = answer.get("winner");
    if (v == null || v.isNull()) {
      throw new JsonGrade.Unreadable("field 'winner' is missing");
    }
    String said;
    if (v.isNumber()) {
      double d = v.asDouble();
      said = d == 1 ? "1" : d == 2 ? "2" : v.asText();
    } else if (v.isTextual()) {
      said = v.textValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\[\\]\"'().*]", "")
          .replaceFirst("^(answer|response)\\s*", "").strip();
    } else {
      said = null;
    }
    if (said != null) {
      switch (said) {
        case "1", "first":
          return PairwiseVerdict.Result.FIRST;
        case "2", "second":
          return PairwiseVerdict.Result.SECOND;
        case "tie", "draw", "equal":
          return PairwiseVerdict.Result.TIE;
        default:
          break;
      }
    }
    throw new JsonGrade.Unreadable("field 'winner' is neither \"1\", \"2\" nor \"tie\": " + v);
  }

  @Override
  public String toString() {
    return Reasons.describe(name, List.of("criterion=" + Reasons.quote(criterion),
        "model=" + (model == null ? "judge.model setting" : model.id()), "retries=" + retries));
  }
}
