package io.benchmarkhub.judge;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Verdict;
import java.util.List;

/**
 * A judge that passes when every part passes; see {@link Judges#allOf}. Its score is the mean of the
 * parts' scores; any part's error makes it an error (the reason still reports every part).
 */
final class AllOfJudge extends CompositeJudge {

  AllOfJudge(List<Judge> parts) {
    super("all-of", parts, names("allOf", parts));
  }

  @Override
  Verdict combine(List<Graded> graded) {
    String reason = summary(graded, v -> !v.passed());
    if (anyError(graded)) {
      return Verdict.error(reason);
    }
    boolean all = graded.stream().allMatch(g -> g.verdict().passed());
    double mean = graded.stream().mapToDouble(g -> g.verdict().score()).average().orElseThrow();
    return Verdict.of(all, unit(mean), reason);
  }

  @Override
  CompositeJudge withParts(List<Judge> boundParts) {
    return new AllOfJudge(boundParts);
  }
}
