package io.benchmarkhub.runner.provider;

/** Response bodies as the OpenAI Chat Completions API (and OpenRouter, vLLM …) sends them. */
final class OpenAiBodies {
  private OpenAiBodies() {}

  static String completion(String text, String finishReason, String model) {
    return """
        {"id": "chatcmpl-AbC123", "object": "chat.completion", "created": 1730000000, "model": "%s",
         "choices": [{"index": 0,
           "message": {"role": "assistant", "content": "%s", "refusal": null, "annotations": []},
           "logprobs": null, "finish_reason": "%s"}],
         "usage": {"prompt_tokens": 14, "completion_tokens": 8, "total_tokens": 22,
           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
             "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
         "service_tier": "default", "system_fingerprint": "fp_0ba0d124f1"}
        """.formatted(model, text, finishReason);
  }

  static String noChoices() {
    return """
        {"id": "chatcmpl-AbC124", "object": "chat.completion", "created": 1730000000, "model": "gpt-4o-mini",
         "choices": [], "usage": {"prompt_tokens": 14, "completion_tokens": 0, "total_tokens": 14}}
        """;
  }

  static String error(String message, String type, String code) {
    return """
        {"error": {"message": "%s", "type": "%s", "param": null, "code": %s}}
        """.formatted(message, type, code == null ? "null" : "\"" + code + "\"");
  }
}
