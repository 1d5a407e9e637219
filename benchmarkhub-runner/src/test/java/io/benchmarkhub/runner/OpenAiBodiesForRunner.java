package io.benchmarkhub.runner;

/** OpenAI Chat Completions bodies, as the API sends them, for the runner's own tests. */
final class OpenAiBodiesForRunner {
  private OpenAiBodiesForRunner() {}

  static String completion(String text) {
    return completion(text, 14, 3);
  }

  /** {@return a completion reporting this usage} */
  static String completion(String text, int promptTokens, int completionTokens) {
    return """
        {"id": "chatcmpl-AbC123", "object": "chat.completion", "created": 1730000000, "model": "gpt-4o-mini-2024-07-18",
         "choices": [{"index": 0,
           "message": {"role": "assistant", "content": "%s", "refusal": null, "annotations": []},
           "logprobs": null, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d},
         "service_tier": "default", "system_fingerprint": "fp_0ba0d124f1"}
        """.formatted(text, promptTokens, completionTokens, promptTokens + completionTokens);
  }

  static String error(String message, String type, String code) {
    return """
        {"error": {"message": "%s", "type": "%s", "param": null, "code": "%s"}}
        """.formatted(message, type, code);
  }
}
