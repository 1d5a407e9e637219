package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** OpenAI Chat Completions bodies, as the API sends them, whose answer is a generated case list. */
final class OpenAiGenerationBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenAiGenerationBodies() {}

  /** {@return the JSON text {@code {"cases": [{"input": ..., "expected": ...}, ...]}} of these input/expected pairs} */
  static String caseList(String... inputExpected) {
    List<Map<String, String>> cases = new java.util.ArrayList<>();
    for (int i = 0; i < inputExpected.length; i += 2) {
      cases.add(Map.of("input", inputExpected[i], "expected", inputExpected[i + 1]));
    }
    return json(Map.of("cases", cases));
  }

  /** {@return a completion whose message content is this text} */
  static String completion(String content) {
    return """
        {"id": "chatcmpl-B9x2kLq", "object": "chat.completion", "created": 1764500000, "model": "gpt-4o-mini-2024-07-18",
         "choices": [{"index": 0,
           "message": {"role": "assistant", "content": %s, "refusal": null, "annotations": []},
           "logprobs": null, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 412, "completion_tokens": 236, "total_tokens": 648,
           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0}},
         "service_tier": "default", "system_fingerprint": "fp_560af6e559"}
        """.formatted(json(content));
  }

  static String rateLimited() {
    return """
        {"error": {"message": "Rate limit reached for gpt-4o-mini in organization org-x on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.", "type": "requests", "param": null, "code": "rate_limit_exceeded"}}
        """;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
