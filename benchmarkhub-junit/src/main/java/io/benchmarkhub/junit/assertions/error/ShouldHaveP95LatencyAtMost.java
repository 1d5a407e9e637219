package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a model whose 95th percentile latency is above its limit:
 * {@code p95 latency of openai:gpt-4o-mini 1250 ms > 1000 ms}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveP95LatencyAtMost extends BasicErrorMessageFactory {

  private ShouldHaveP95LatencyAtMost(ModelSummary model, Duration max) {
    super("p95 latency of %s %s > %s", unquotedString(model.model()),
        unquotedString(Formats.millis(model.latencyP95())), unquotedString(Formats.millis(max)));
  }

  /**
   * {@return the message for a model whose p95 latency is above {@code max}}
   *
   * @param model the model's summary
   * @param max the highest p95 latency allowed
   */
  public static ErrorMessageFactory shouldHaveP95LatencyAtMost(ModelSummary model, Duration max) {
    return new ShouldHaveP95LatencyAtMost(model, max);
  }
}
