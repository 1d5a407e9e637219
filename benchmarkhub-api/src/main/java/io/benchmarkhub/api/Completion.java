package io.benchmarkhub.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's answer to one request: the text, why it stopped, how long it took, what it used.
 *
 * @param text the answer text; empty (never null) when the model said nothing, e.g. when filtered
 * @param finishReason why the model stopped
 * @param latency from sending the request to reading the whole response
 * @param usage tokens and cost
 * @param servedModel the model the provider says answered (OpenRouter may route elsewhere), or null
 */
public record Completion(String text, FinishReason finishReason, Duration latency, Usage usage, String servedModel) {

  /** Checks the values. */
  public Completion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(usage, "usage");
  }

  /** {@return a completion of this text that stopped normally, with no usage reported} */
  public static Completion of(String text) {
    return new Completion(text, FinishReason.STOP, Duration.ZERO, Usage.NONE, null);
  }

  /** {@return the served model, when the provider named it} */
  public Optional<String> served() {
    return Optional.ofNullable(servedModel);
  }

  /** {@return a copy with this latency} */
  public Completion withLatency(Duration value) {
    return new Completion(text, finishReason, value, usage, servedModel);
  }

  @Override
  public String toString() {
    return "Completion[" + Text.abbreviate(text, 60) + ", " + finishReason + ", "
        + latency.toMillis() + " ms, " + usage.inputTokens() + "+" + usage.outputTokens() + " tokens]";
  }
}
