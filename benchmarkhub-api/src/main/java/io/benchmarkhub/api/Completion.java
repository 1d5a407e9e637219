package io.benchmarkhub.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * @param origin whether the provider answered during this run or the cache or cassette served a
 *     stored answer; a stored answer keeps the latency, usage and cost of the request that made it
 * @param toolCalls the tools the model asked to call, in its order; empty when it called none. A
 *     model may write text and call tools in the same answer; then both are set.
 */
public record Completion(String text, FinishReason finishReason, Duration latency, Usage usage, String servedModel,
    CompletionOrigin origin, List<ToolCall> toolCalls) {

  /** Checks the values. */
  public Completion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(origin, "origin");
    toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
  }

  /** Creates a completion without tool calls. */
  public Completion(String text, FinishReason finishReason, Duration latency, Usage usage, String servedModel,
      CompletionOrigin origin) {
    this(text, finishReason, latency, usage, servedModel, origin, List.of());
  }

  /** Creates a completion the provider answered during this run ({@link CompletionOrigin#LIVE}). */
  public Completion(String text, FinishReason finishReason, Duration latency, Usage usage, String servedModel) {
    this(text, finishReason, latency, usage, servedModel, CompletionOrigin.LIVE);
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
    return new Completion(text, finishReason, value, usage, servedModel, origin, toolCalls);
  }

  /** {@return a copy marked with this origin} */
  public Completion withOrigin(CompletionOrigin value) {
    return new Completion(text, finishReason, latency, usage, servedModel, value, toolCalls);
  }

  /** {@return a copy with these tool calls} */
  public Completion withToolCalls(List<ToolCall> value) {
    return new Completion(text, finishReason, latency, usage, servedModel, origin, value);
  }

  /** {@return a copy with this usage} */
  public Completion withUsage(Usage value) {
    return new Completion(text, finishReason, latency, value, servedModel, origin, toolCalls);
  }

  /** Shows the text (at most 60 characters), the tool calls, finish reason, latency, tokens and, unless live, the origin. */
  @Override
  public String toString() {
    return "Completion[" + Text.abbreviate(text, 60) + ", " + (toolCalls.isEmpty() ? "" : toolCalls + ", ")
        + finishReason + ", "
        + latency.toMillis() + " ms, " + usage.inputTokens() + "+" + usage.outputTokens() + " tokens"
        + (origin == CompletionOrigin.LIVE ? "" : ", " + origin.name().toLowerCase(Locale.ROOT)) + "]";
  }
}
