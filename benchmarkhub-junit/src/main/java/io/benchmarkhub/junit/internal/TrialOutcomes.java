package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.junit.BenchmarkTrialError;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Turns a trial's result into a test outcome: a pass returns; a failure is an
 * {@link AssertionFailedError} carrying expected and actual (so the IDE opens a diff) and the judges'
 * reasons; an error is a {@link BenchmarkTrialError}, reported as an error, not a failure.
 */
final class TrialOutcomes {
  private TrialOutcomes() {}

  static void report(TrialResult r) {
    switch (r.status()) {
      case PASS -> {
        // nothing to report
      }
      case FAIL -> {
        String reasons = r.verdicts().stream().filter(v -> !v.passed())
            .map(v -> v.judge() + ": " + (v.reason().isEmpty() ? "failed" : v.reason()))
            .collect(Collectors.joining("; "));
        String actual = r.completion() == null ? "" : r.completion().text();
        String message = "case " + r.caseId() + " on " + r.model() + " failed: " + reasons;
        if (r.testCase().expected().isPresent()) {
          throw new AssertionFailedError(message, r.testCase().expected().get(), actual);
        }
        throw new AssertionFailedError(message + " (answer: " + abbreviate(actual) + ")");
      }
      case ERROR -> throw new BenchmarkTrialError("case " + r.caseId() + " on " + r.model() + " could not be graded: "
          + r.error() + errorVerdicts(r));
    }
  }

  private static String errorVerdicts(TrialResult r) {
    String others = r.verdicts().stream().filter(Verdict::isError).skip(1).map(Verdict::toString)
        .collect(Collectors.joining("; "));
    return others.isEmpty() ? "" : "; also " + others;
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 200 ? one : one.substring(0, 199) + "…";
  }
}
