package io.benchmarkhub.springai;

import io.benchmarkhub.api.FinishReason;
import java.util.Locale;

/** Finish reasons between Spring AI's free-form strings and {@link FinishReason}. */
final class FinishReasons {

  private FinishReasons() {}

  /**
   * {@return the finish reason a Spring AI model reported}: OpenAI's, Anthropic's and Gemini's words, in any
   * case ({@code "STOP"}, {@code "end_turn"}, {@code "MAX_TOKENS"} ...); {@link FinishReason#OTHER} for
   * anything else, and for none
   */
  static FinishReason fromSpringAi(String reason) {
    if (reason == null) {
      return FinishReason.OTHER;
    }
    return switch (reason.trim().toLowerCase(Locale.ROOT)) {
      case "stop", "end_turn", "stop_sequence", "completed" -> FinishReason.STOP;
      case "length", "max_tokens" -> FinishReason.LENGTH;
      case "content_filter", "safety", "recitation", "prohibited_content", "blocklist", "spii", "refusal" ->
          FinishReason.CONTENT_FILTER;
      case "tool_calls", "tool_use", "function_call" -> FinishReason.TOOL_CALLS;
      default -> FinishReason.OTHER;
    };
  }

  /**
   * {@return the word Spring AI's own OpenAI model uses for this reason} ({@code "STOP"}, {@code "LENGTH"},
   * {@code "CONTENT_FILTER"}, {@code "TOOL_CALLS"}), or {@code "OTHER"}
   */
  static String toSpringAi(FinishReason reason) {
    return reason.name();
  }
}
