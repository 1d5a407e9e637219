package io.benchmarkhub.judge;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Verdict;
import java.util.List;

/**
 * A judge that passes when at least one part passes; see {@link Judges#anyOf}. Its score is the
 * highest score of the parts that did not error. A passing part decides even when another errored;
 * with no part passing, any error makes it an error.
 */
final class AnyOfJudge extends CompositeJudge {

  AnyOfJudge(List<Judge> parts) {
    super("any-of", parts, names("anyOf", parts));
  }

  @Override
  Verdict combine(List<Graded> graded) {
    boolean any = graded.stream().anyMatch(g -> g.verdict().passed());
    if (!any && anyError(graded)) {
      return Verdict.error(summary(graded, v -> true));
    }
    double max = graded.stream().filter(g -> !g.verdict().isError())
        .mapToDouble(g -> g.verdict().score()).max().orElseThrow();
    return Verdict.of(any, unit(max), summary(graded, any ? Verdict::passed : v -> true));
  }

  @Override
  CompositeJudge withParts(List<Judge> boundParts) {
    return new AnyOfJudge(boundParts);
  }
}
