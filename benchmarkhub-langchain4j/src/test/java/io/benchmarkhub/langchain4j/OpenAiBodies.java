package io.benchmarkhub.langchain4j;

/** OpenAI Chat Completions response bodies, shaped as the API sends them (2025), for WireMock stubs. */
final class OpenAiBodies {
  private OpenAiBodies() {}

  /** {@return a completion of this text that stopped normally, reporting this usage} */
  static String completion(String text, int promptTokens, int completionTokens) {
    return completion(text, "stop", promptTokens, completionTokens);
  }

  /** {@return a completion of this text with this finish reason and usage} */
  static String completion(String text, String finishReason, int promptTokens, int completionTokens) {
    return """
        {"id": "chatcmpl-BxN2r8kQ1aZ", "object": "chat.completion", "created": 1741569952,
         "model": "gpt-4o-mini-2024-07-18",
         "choices": [{"index": 0,
           "message": {"role": "assistant", "content": "%s", "refusal": null, "annotations": []},
           "logprobs": null, "finish_reason": "%s"}],
         "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d,
           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
             "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
         "service_tier": "default", "system_fingerprint": "fp_06737a9306"}
        """.formatted(text, finishReason, promptTokens, completionTokens, promptTokens + completionTokens);
  }

  /** {@return a completion that calls one tool, as OpenAI answers when it wants a tool run: no content} */
  static String toolCall(String id, String name, String arguments, int promptTokens, int completionTokens) {
    return """
        {"id": "chatcmpl-BxN3a1tQ7fW", "object": "chat.completion", "created": 1741569960,
         "model": "gpt-4o-mini-2024-07-18",
         "choices": [{"index": 0,
           "message": {"role": "assistant", "content": null,
             "tool_calls": [{"id": "%s", "type": "function", "function": {"name": "%s", "arguments": "%s"}}],
             "refusal": null, "annotations": []},
           "logprobs": null, "finish_reason": "tool_calls"}],
         "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d,
           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
             "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
         "service_tier": "default", "system_fingerprint": "fp_06737a9306"}
        """.formatted(id, name, arguments.replace("\"", "\\\""), promptTokens, completionTokens,
        promptTokens + completionTokens);
  }

  /** {@return OpenAI's 429 body for a per-minute rate limit} */
  static String rateLimited() {
    return """
        {"error": {"message": "Rate limit reached for gpt-4o-mini in organization org-abc123 on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.",
          "type": "requests", "param": null, "code": "rate_limit_exceeded"}}
        """;
  }
}
