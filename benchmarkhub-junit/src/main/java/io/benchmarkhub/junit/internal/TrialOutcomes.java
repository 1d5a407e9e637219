package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.junit.BenchmarkTrialError;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a trial's result into a test outcome: a pass returns; a failure is an
 * {@link AssertionFailedError} carrying expected and actual (so the IDE opens a diff) and the judges'
 * reasons; an error is a {@link BenchmarkTrialError}, reported as an error, not a failure (caused by
 * the subject's exception, with its stack trace, when the subject threw); a trial
 * not run because its model's provider is unavailable aborts (skips) the test, or fails it when so
 * configured.
 */
final class TrialOutcomes {
  private TrialOutcomes() {}

  /**
   * Reports a trial as its test's outcome.
   *
   * @param r the trial
   * @param failSkipped whether a trial skipped for an unavailable provider fails (CI) instead of aborting
   */
  static void report(TrialResult r, boolean failSkipped) {
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
          + r.error() + errorVerdicts(r), r.error().userStackTrace().map(RecordedException::parse).orElse(null));
      case SKIPPED -> {
        String why = "case " + r.caseId() + " on " + r.model() + " was not run: " + r.error().message();
        if (failSkipped) {
          throw new BenchmarkTrialError(why + " (benchmarkhub.missing-key=fail)");
        }
        throw new TestAbortedException(why);
      }
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
