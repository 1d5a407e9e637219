package io.benchmarkhub.judge;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.JudgeModel;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Criteria scoring in the manner of G-Eval (Liu et al., 2023): a judge model scores the answer on each
 * named criterion from 1 to 5; each score is normalised to [0, 1] as {@code (s − 1) / 4}, and the
 * verdict's score is their weighted mean, passing when it reaches the threshold (0.5 unless
 * {@link #threshold(double)} says otherwise). Build one with {@link Judges#criteria()}.
 *
 * <pre>{@code
 * Judge quality = Judges.criteria()
 *     .criterion("correctness", "The answer is factually right for the task", 3)
 *     .criterion("concision", "No padding, no repetition", 1)
 *     .threshold(0.7)
 *     .model("anthropic:claude-3-5-haiku-latest");
 * }</pre>
 *
 * <p>One request grades every criterion; the judge model replies
 * {@code {"criteria": {"<name>": {"score": 1..5, "reason": "..."}, ...}}}. A missing criterion or a score
 * outside 1..5 makes the answer unreadable, asked again like any LLM judge's (see {@link RubricJudge}
 * for the model, temperature, JSON mode and retries). The reason lists each criterion's score. Each
 * option returns a new judge; immutable and thread-safe.
 */
public final class CriteriaJudge extends LlmJudge {
  /** The system message. */
  public static final String SYSTEM = "You are a strict, fair grader. You score one answer on each criterion "
      + "you are given, from 1 (does not meet it at all) to 5 (meets it fully), and reply with one JSON object "
      + "and nothing else: {\"criteria\": {\"<criterion name>\": {\"score\": <1 to 5>, \"reason\": \"<one "
      + "sentence>\"}, ...}}.";

  /** One criterion: its name (the JSON key), what it asks and its weight. */
  record Criterion(String name, String description, double weight) {}

  private final List<Criterion> criteria;
  private final double threshold;

  CriteriaJudge() {
    this("criteria", null, DEFAULT_RETRIES, null, List.of(), 0.5);
  }

  private CriteriaJudge(String name, ModelRef model, int retries, JudgeModel bound, List<Criterion> criteria,
      double threshold) {
    super(name, model, retries, bound);
    this.criteria = List.copyOf(criteria);
    this.threshold = threshold;
  }

  /** {@return a copy with one more criterion of weight 1} */
  public CriteriaJudge criterion(String name, String description) {
    return criterion(name, description, 1);
  }

  /**
   * {@return a copy with one more criterion}
   *
   * @param name the criterion's name, e.g. "correctness"; unique within the judge
   * @param description what the criterion asks, as the judge model reads it
   * @param weight its weight in the mean, a finite number > 0
   * @throws IllegalArgumentException on a blank or repeated name, a blank description or a bad weight
   */
  public CriteriaJudge criterion(String name, String description, double weight) {
    RubricJudge.requireText(name, "criterion name");
    RubricJudge.requireText(description, "description of criterion " + name);
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight of criterion " + name + " must be a finite number > 0, was " + weight);
    }
    if (criteria.stream().anyMatch(c -> c.name().equals(name))) {
      throw new IllegalArgumentException("criterion " + name + " is given twice");
    }
    List<Criterion> more = new ArrayList<>(criteria);
    more.add(new Criterion(name, description, weight));
    return new CriteriaJudge(name(), model, retries, bound, more, threshold);
  }

  /**
   * {@return a copy that passes when the weighted mean reaches {@code t}}
   *
   * @throws IllegalArgumentException when {@code t} is not within [0, 1]
   */
  public CriteriaJudge threshold(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("threshold must be within [0, 1], was " + t);
    }
    return new CriteriaJudge(name(), model, retries, bound, criteria, t);
  }

  /** {@return a copy graded by this model}, e.g. {@code "openai:gpt-4o-mini"} */
  public CriteriaJudge model(String ref) {
    return model(ModelRef.parse(ref));
  }

  /** {@return a copy graded by this model} */
  public CriteriaJudge model(ModelRef ref) {
    return new CriteriaJudge(name(), Objects.requireNonNull(ref, "model"), retries, null, criteria, threshold);
  }

  /** {@return a copy that asks again at most {@code n} times after an unreadable answer} */
  public CriteriaJudge retries(int n) {
    return new CriteriaJudge(name(), model, n, bound, criteria, threshold);
  }

  /** {@return a copy with this name in results} */
  public CriteriaJudge named(String value) {
    return new CriteriaJudge(RubricJudge.requireText(value, "name"), model, retries, bound, criteria, threshold);
  }

  @Override
  LlmJudge with(String name, ModelRef model, int retries, JudgeModel bound) {
    if (criteria.isEmpty()) {
      throw new IllegalStateException("criteria judge '" + name + "' has no criteria: add at least one with "
          + ".criterion(name, description)");
    }
    return new CriteriaJudge(name, model, retries, bound, criteria, threshold);
  }

  @Override
  String kind() {
    return "criteria";
  }

  @Override
  List<Message> ask(TestCase testCase, Completion completion) {
    StringBuilder sb = new StringBuilder("Criteria:\n");
    for (Criterion c : criteria) {
      sb.append("- ").append(c.name()).append(": ").append(c.description()).append('\n');
    }
    sb.append("\nTask given to the model:\n").append(input(testCase)).append("\n\nReference answer:\n")
        .append(testCase.expected().orElse("(none)")).append("\n\nAnswer to grade:\n").append(completion.text())
        .append("\n\nScore the answer on every criterion above, from 1 to 5. Reply with the JSON object only.");
    return List.of(Message.system(SYSTEM), Message.user(sb.toString()));
  }


  @Override
  Verdict read(JsonNode answer) {
    JsonNode scores = answer.path("criteria");
    if (!scores.isObject()) {
      throw new JsonGrade.Unreadable("field 'criteria' is " + (scores.isMissingNode() ? "missing" : "not an object"));
    }
    double weighted = 0;
    double total = 0;
    List<String> parts = new ArrayList<>();
    for (Criterion c : criteria) {
      JsonNode one = scores.get(c.name());
      if (one == null) {
        throw new JsonGrade.Unreadable("criterion '" + c.name() + "' is missing");
      }
      double s = one.isObject() ? JsonGrade.number(one, "score") : JsonGrade.number(scores, c.name());
      if (!(s >= 1 && s <= 5)) {
        throw new JsonGrade.Unreadable("criterion '" + c.name() + "' has score " + Reasons.number(s)
            + ", outside 1 to 5");
      }
      weighted += c.weight() * (s - 1) / 4;
      total += c.weight();
      String why = one.isObject() ? JsonGrade.text(one, "reason") : "";
      parts.add(c.name() + " " + Reasons.number(s) + "/5" + (why.isBlank() ? "" : " (" + why + ")"));
    }
    double score = Math.max(0, Math.min(1, weighted / total));
    return Verdict.scored(score, threshold, "score " + Reasons.score(score) + (score >= threshold ? " >= " : " < ")
        + Reasons.number(threshold) + ": " + String.join("; ", parts));
  }

  @Override
  public String toString() {
    return Reasons.describe(name(), List.of(
        "criteria=" + criteria.stream().map(c -> c.name() + "×" + Reasons.number(c.weight())).toList(),
        "threshold=" + Reasons.number(threshold), "model=" + (model == null ? "judge.model setting" : model.id())));
  }
}
