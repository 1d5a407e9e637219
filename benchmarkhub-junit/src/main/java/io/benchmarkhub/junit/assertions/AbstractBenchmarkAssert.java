package io.benchmarkhub.junit.assertions;

import static org.assertj.core.description.EmptyTextDescription.emptyDescription;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Base of BenchmarkHub's assertions: AssertJ's {@link AbstractAssert} plus the two things each of
 * them needs, a failure that carries actual and expected values (so that an IDE offers a diff), and
 * handing the user's {@link #as(String, Object...) description} on to the assertion a navigation
 * method returns.
 *
 * @param <SELF> the concrete assertion type, returned by every assertion so that calls chain
 * @param <ACTUAL> the type of the value under test
 * @since 0.1.0
 */
public abstract class AbstractBenchmarkAssert<SELF extends AbstractBenchmarkAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the value under test; may be null, which every assertion reports
   * @param selfType the concrete assertion class
   * @since 0.1.0
   */
  protected AbstractBenchmarkAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * {@return a failure with {@code message}, this assertion's description and the actual and expected
   * values}: an opentest4j {@code AssertionFailedError} when opentest4j is on the class path, as it is
   * under JUnit, so that IDEs show a diff. A {@link #withFailMessage(String, Object...) fail message}
   * replaces {@code message}.
   *
   * @param message the message
   * @param actual the value found
   * @param expected the value expected, or the limit it broke
   * @since 0.1.0
   */
  protected AssertionError failureWithDiff(ErrorMessageFactory message, Object actual, Object expected) {
    return failureWithActualExpected(actual, expected, "%s", message.create(emptyDescription(), info.representation()));
  }

  /**
   * {@return {@code next} described as this assertion is}, so that
   * {@code assertThat(summary).as("nightly").model(id).hasNoErrors()} fails with "[nightly] ..."
   *
   * @param next the assertion a navigation method returns
   * @param <A> its type
   * @since 0.1.0
   */
  protected <A extends AbstractAssert<?, ?>> A describedLikeThis(A next) {
    if (!info.descriptionText().isEmpty()) {
      next.describedAs(info.description());
    }
    return next;
  }

  /**
   * {@return this assertion's description followed by {@code what}, e.g. "nightly: mean score of m"},
   * or just {@code what} when the user gave none
   *
   * @param what what a value assertion is about
   * @since 0.1.0
   */
  protected String descriptionThen(String what) {
    String own = info.descriptionText();
    return own.isEmpty() ? what : own + ": " + what;
  }
}
