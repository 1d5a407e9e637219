package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.JudgeContext;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A panel of judges, typically LLM judges on different models, whose verdicts are combined into one.
 * Build one with {@link Judges#panel(Judge...)}.
 *
 * <pre>{@code
 * Judge panel = Judges.panel(
 *         Judges.llmRubric(rubric).model("openai:gpt-4o-mini"),
 *         Judges.llmRubric(rubric).model("anthropic:claude-3-5-haiku-latest"),
 *         Judges.llmRubric(rubric).model("gemini:gemini-2.0-flash"))
 *     .aggregate(PanelJudge.Aggregation.MAJORITY);
 * }</pre>
 *
 * <p>Every member grades every answer (one after another; the runner's concurrency runs many trials at
 * once). A member that errors (an unreadable or failed judge model) is left out of the combination;
 * when fewer than half the members graded, the panel's verdict is an error. The verdict carries each
 * member's verdict as its {@link Verdict#parts() parts}, so agreement between the members can be
 * measured over a run, and its usage is the members' summed. A panel whose graded members do not all
 * agree on pass or fail is {@linkplain #split(Verdict) split}, and its reason says so first, e.g.
 * {@code "split 2–1: ..."}. Each option returns a new panel; immutable and thread-safe.
 */
public final class PanelJudge extends GuardedJudge {

  /** How the members' verdicts become the panel's. */
  public enum Aggregation {
    /** Score: the members' mean; passes when it reaches the threshold. */
    MEAN,
    /** Score: the members' median; passes when it reaches the threshold. */
    MEDIAN,
    /** Passes when more than half the graded members pass; score: the share that passed. */
    MAJORITY,
    /** Passes when every graded member passes; score: the share that passed. */
    UNANIMOUS
  }

  private final List<Judge> members;
  private final Aggregation aggregation;
  private final double threshold;

  PanelJudge(String name, List<Judge> members, Aggregation aggregation, double threshold) {
    super(name);
    if (members.size() < 2) {
      throw new IllegalArgumentException("a panel needs at least two judges, was given " + members.size());
    }
    for (int i = 0; i < members.size(); i++) {
      Objects.requireNonNull(members.get(i), "panel judge " + i);
    }
    this.members = List.copyOf(members);
    this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
    this.threshold = threshold;
  }

  /** {@return a copy that combines the members' verdicts this way} */
  public PanelJudge aggregate(Aggregation value) {
    return new PanelJudge(name(), members, value, threshold);
  }

  /**
   * {@return a copy whose MEAN or MEDIAN score passes from {@code t} on} (default 0.5)
   *
   * @throws IllegalArgumentException when {@code t} is not within [0, 1]
   */
  public PanelJudge threshold(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("threshold must be within [0, 1], was " + t);
    }
    return new PanelJudge(name(), members, aggregation, t);
  }

  /** {@return a copy with this name in results} */
  public PanelJudge named(String value) {
    return new PanelJudge(RubricJudge.requireText(value, "name"), members, aggregation, threshold);
  }

  /** {@return whether a panel's verdict is split: its graded members do not all agree on pass or fail} */
  public static boolean split(Verdict verdict) {
    List<Verdict> graded = verdict.parts().stream().filter(v -> !v.isError()).toList();
    return graded.stream().anyMatch(Verdict::passed) && graded.stream().anyMatch(v -> !v.passed());
  }

  @Override
  public PanelJudge bind(JudgeContext context) {
    List<Judge> bound = new ArrayList<>(members.size());
    boolean changed = false;
    for (Judge member : members) {
      Judge b = member.bind(context);
      bound.add(b);
      changed |= b != member;
    }
    return changed ? new PanelJudge(name(), bound, aggregation, threshold) : this;
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    List<Verdict> verdicts = new ArrayList<>(members.size());
    Usage used = Usage.NONE;
    for (Judge member : members) {
      Verdict v = safely(member.name(), () -> member.evaluate(testCase, completion));
      v = v.judge() == null ? v.named(member.name()) : v;
      verdicts.add(v);
      used = used.plus(v.usage());
    }
    List<Verdict> graded = verdicts.stream().filter(v -> !v.isError()).toList();
    if (graded.size() * 2 < members.size()) {
      return Verdict.error("only " + graded.size() + " of " + members.size() + " panel judges graded: "
          + describe(verdicts)).withUsage(used).withParts(verdicts);
    }
    long passed = graded.stream().filter(Verdict::passed).count();
    double[] scores = graded.stream().mapToDouble(Verdict::score).toArray();
    Verdict combined = switch (aggregation) {
      case MEAN -> Verdict.scored(Arrays.stream(scores).average().orElseThrow(), threshold, "");
      case MEDIAN -> Verdict.scored(median(scores), threshold, "");
      case MAJORITY -> Verdict.of(passed * 2 > graded.size(), (double) passed / graded.size(), "");
      case UNANIMOUS -> Verdict.of(passed == graded.size(), (double) passed / graded.size(), "");
    };
    String reason = (passed > 0 && passed < graded.size() ? "split " + passed + "–" + (graded.size() - passed) + ", "
        : "") + aggregation.name().toLowerCase(java.util.Locale.ROOT) + " " + Reasons.score(combined.score()) + ": "
        + describe(verdicts);
    return Verdict.of(combined.passed(), combined.score(), reason).withUsage(used).withParts(verdicts);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String describe(List<Verdict> verdicts) {
    List<String> parts = new ArrayList<>();
    for (Verdict v : verdicts) {
      parts.add(v.judge() + " " + (v.isError() ? "errored" : v.passed() ? "passed" : "failed")
          + (v.isError() ? "" : " " + Reasons.score(v.score()))
          + (v.reason().isEmpty() ? "" : " (" + v.reason() + ")"));
    }
    return String.join("; ", parts);
  }

  @Override
  public String toString() {
    return Reasons.describe(name(), List.of("aggregate=" + aggregation.name().toLowerCase(java.util.Locale.ROOT),
        "threshold=" + Reasons.number(threshold), "members=" + members));
  }
}
