package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
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

  private ShouldHaveP95LatencyAtMost(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a model whose p95 latency is above {@code max}}
   *
   * @param model the model's summary
   * @param max the highest p95 latency allowed
   */
  public static ErrorMessageFactory shouldHaveP95LatencyAtMost(ModelSummary model, Duration max) {
    return new ShouldHaveP95LatencyAtMost(GateMessages.p95LatencyAbove(model, max));
  }
}
