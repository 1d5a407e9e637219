package io.benchmarkhub.junit.assertions.error;

import static io.benchmarkhub.junit.assertions.error.ShouldHavePassRateLowerBoundAtLeast.shouldHavePassRateLowerBoundAtLeast;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.OptionalDouble;
import org.assertj.core.description.TextDescription;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

/** The factories stand alone, so a gate failure in the engine can word itself as the assertion does. */
class MessageFactoriesTest {
  private final ModelSummary twoOfThree = new ModelSummary("openai:gpt-4o-mini", 3, 2, 1, 0, 0, 2.0 / 3, 0.2077, 0.9385,
      2.0 / 3, Double.NaN, Double.NaN, 0, 0, OptionalDouble.empty(), 3, Duration.ZERO, Duration.ZERO, java.util.OptionalDouble.empty());

  @Test
  void aMessageWithoutDescription() {
    assertThat(shouldHavePassRateLowerBoundAtLeast(twoOfThree, 0.85).create())
        .isEqualTo("pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) lower bound 0.21 < 0.85");
  }

  @Test
  void aMessageWithDescription() {
    assertThat(shouldHavePassRateLowerBoundAtLeast(twoOfThree, 0.85)
        .create(new TextDescription("gate support-intent"), StandardRepresentation.STANDARD_REPRESENTATION))
        .isEqualTo("[gate support-intent] pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94, 2 of 3 graded) lower bound 0.21 < 0.85");
  }
}
