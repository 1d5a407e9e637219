package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Base of the judges in this package: a fixed name, and an {@code evaluate} that never throws.
 *
 * <p>Subclasses implement {@link #grade}; whatever it throws becomes {@code Verdict.error("<name>
 * threw <ExceptionClass>: <message>")}, except {@link CannotGrade}, whose message is the reason.
 */
abstract class GuardedJudge implements Judge {

  private final String name;

  GuardedJudge(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Verdict evaluate(TestCase testCase, Completion completion) {
    return safely(name, () -> grade(testCase, completion));
  }

  /** Grades one completion; may throw, the caller turns that into an error verdict. */
  abstract Verdict grade(TestCase testCase, Completion completion);

  /**
   * {@return the case's expected output}
   *
   * @throws CannotGrade when the case has none
   */
  final String requireExpected(TestCase testCase) {
    return testCase.expected().orElseThrow(() -> new CannotGrade(
        "case " + testCase.id() + " has no expected output; " + name + " needs one"));
  }

  /**
   * {@return the verdict {@code grading} gives, or an error verdict when it throws or gives null}
   *
   * <p>Catches {@link StackOverflowError} too: catastrophic regex backtracking and runaway user
   * recursion end that way, and must cost one verdict, not the run.
   */
  static Verdict safely(String judgeName, Supplier<Verdict> grading) {
    try {
      Verdict verdict = grading.get();
      return verdict != null ? verdict : Verdict.error(judgeName + " returned no verdict (null)");
    } catch (CannotGrade e) {
      return Verdict.error(e.getMessage());
    } catch (Exception | AssertionError | StackOverflowError e) {
      return Verdict.error(judgeName + " threw " + describe(e));
    }
  }

  private static String describe(Throwable e) {
    String type = e.getClass().getSimpleName().isEmpty() ? e.getClass().getName() : e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }
}
