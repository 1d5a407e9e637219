package io.benchmarkhub.judge;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.JudgeModel;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An LLM-as-judge: a judge model grades each answer against a rubric and, when the case has one, its
 * expected answer, replying {@code {"score": 0..1, "pass": true|false, "reason": "..."}}. Build one
 * with {@link Judges#llmRubric(String)}.
 *
 * <pre>{@code
 * Judge grounded = Judges.llmRubric("Cites the refund policy correctly and invents no conditions")
 *     .model("openai:gpt-4o-mini");
 * }</pre>
 *
 * <p>The judge model is asked at temperature 0 for a JSON answer (through the provider's JSON mode
 * where it has one; see {@link io.benchmarkhub.api.ModelParams}), with the prompt of
 * {@link #DEFAULT_TEMPLATE} unless {@link #template(String)} replaces it. The verdict passes when the
 * judge model says {@code "pass": true}, or, with {@link #threshold(double)}, when its score reaches
 * the threshold. A score outside [0, 1] or a reply without a JSON object is unreadable: the judge
 * model is asked again (twice by default, {@link #retries(int)}), then the verdict is
 * {@link Verdict#unparseable}. Its model is the one given with {@link #model(String)}, else the
 * run's {@code judge.model} setting; with neither, the run stops at its start saying so. Each option
 * returns a new judge; immutable and thread-safe.
 */
public final class RubricJudge extends LlmJudge {
  /** The system message: the judge's role and the answer's shape. */
  public static final String SYSTEM = "You are a strict, fair grader. You grade one answer against a rubric and "
      + "reply with one JSON object and nothing else: {\"score\": <a number from 0 to 1>, \"pass\": <true or "
      + "false>, \"reason\": \"<one or two sentences>\"}.";

  /**
   * The user message unless {@link #template} replaces it; {@code {{rubric}}}, {@code {{input}}} (the
   * case's input, a conversation one message a line), {@code {{expected}}} (the expected answer, or
   * "(none)") and {@code {{answer}}} are filled in.
   */
  public static final String DEFAULT_TEMPLATE = """
      Rubric:
      {{rubric}}

      Task given to the model:
      {{input}}

      Reference answer:
      {{expected}}

      Answer to grade:
      {{answer}}

      Grade the answer against the rubric, using the reference answer where it helps. score is 1 when the \
      answer fully meets the rubric and 0 when it does not meet it at all; pass is true when it meets the \
      rubric. Reply with the JSON object only.""";


  private final String rubric;
  private final String template;
  /** NaN: the judge model's pass decides. */
  private final double threshold;

  RubricJudge(String rubric) {
    this("llm-rubric", null, DEFAULT_RETRIES, null, requireText(rubric, "rubric"), DEFAULT_TEMPLATE, Double.NaN);
  }

  private RubricJudge(String name, ModelRef model, int retries, JudgeModel bound, String rubric, String template,
      double threshold) {
    super(name, model, retries, bound);
    this.rubric = rubric;
    this.template = template;
    this.threshold = threshold;
  }

  /** {@return a copy graded by this model}, e.g. {@code "openai:gpt-4o-mini"}; its params are kept, temperature set to 0 */
  public RubricJudge model(String ref) {
    return model(ModelRef.parse(ref));
  }

  /** {@return a copy graded by this model} */
  public RubricJudge model(ModelRef ref) {
    return new RubricJudge(name(), Objects.requireNonNull(ref, "model"), retries, null, rubric, template, threshold);
  }

  /**
   * {@return a copy that passes when the judge model's score reaches {@code t}}, whatever its pass flag
   *
   * @throws IllegalArgumentException when {@code t} is not within [0, 1]
   */
  public RubricJudge threshold(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("threshold must be within [0, 1], was " + t);
    }
    return new RubricJudge(name(), model, retries, bound, rubric, template, t);
  }

  /**
   * {@return a copy that asks with this user message}; see {@link #DEFAULT_TEMPLATE} for the
   * placeholders. The system message ({@link #SYSTEM}) still asks for the JSON answer.
   *
   * @throws IllegalArgumentException when the template lacks {@code {{answer}}}
   */
  public RubricJudge template(String value) {
    if (!requireText(value, "template").contains("{{answer}}")) {
      throw new IllegalArgumentException("a rubric template must contain {{answer}}, where the answer to grade goes");
    }
    return new RubricJudge(name(), model, retries, bound, rubric, value, threshold);
  }

  /**
   * {@return a copy that asks again at most {@code n} times after an unreadable answer}
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public RubricJudge retries(int n) {
    return new RubricJudge(name(), model, n, bound, rubric, template, threshold);
  }

  /** {@return a copy with this name in results} */
  public RubricJudge named(String value) {
    return new RubricJudge(requireText(value, "name"), model, retries, bound, rubric, template, threshold);
  }

  @Override
  LlmJudge with(String name, ModelRef model, int retries, JudgeModel bound) {
    return new RubricJudge(name, model, retries, bound, rubric, template, threshold);
  }

  @Override
  String kind() {
    return "llm-rubric";
  }

  @Override
  List<Message> ask(TestCase testCase, Completion completion) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("rubric", rubric);
    values.put("input", input(testCase));
    values.put("expected", testCase.expected().orElse("(none)"));
    values.put("answer", completion.text());
    return List.of(Message.system(SYSTEM), Message.user(fill(template, values)));
  }


  @Override
  Verdict read(JsonNode answer) {
    double score = JsonGrade.number(answer, "score");
    if (!(score >= 0 && score <= 1)) {
      throw new JsonGrade.Unreadable("score " + Reasons.number(score) + " is outside [0, 1]");
    }
    Boolean said = JsonGrade.flag(answer, "pass");
    boolean pass = !Double.isNaN(threshold) ? score >= threshold : said != null ? said : score >= 0.5;
    String reason = JsonGrade.text(answer, "reason");
    return Verdict.of(pass, score, "score " + Reasons.score(score) + (reason.isBlank() ? "" : ": " + reason));
  }

  @Override
  public String toString() {
    return Reasons.describe(name(), List.of("rubric=" + Reasons.quote(rubric),
        "model=" + (model == null ? "judge.model setting" : model.id()),
        Double.isNaN(threshold) ? "pass as judged" : "threshold=" + Reasons.number(threshold)));
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
