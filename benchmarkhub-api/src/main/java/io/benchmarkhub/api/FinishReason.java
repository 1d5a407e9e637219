package io.benchmarkhub.api;

/** Why a model stopped writing, mapped from each provider's own vocabulary. */
public enum FinishReason {
  /** The model finished its answer (OpenAI "stop", Anthropic "end_turn"/"stop_sequence", Gemini "STOP"). */
  STOP,
  /** The output token limit cut the answer short (OpenAI "length", Anthropic "max_tokens", Gemini "MAX_TOKENS"). */
  LENGTH,
  /**
   * A safety filter withheld or cut the answer (OpenAI "content_filter", Anthropic "refusal",
   * Gemini "SAFETY"/"RECITATION"/"PROHIBITED_CONTENT" or a blocked prompt). The completion is still
   * graded: a refusal is the model's behaviour, not an infrastructure error.
   */
  CONTENT_FILTER,
  /** The model asked to call a tool. */
  TOOL_CALLS,
  /** Anything else, or not reported. */
  OTHER
}
