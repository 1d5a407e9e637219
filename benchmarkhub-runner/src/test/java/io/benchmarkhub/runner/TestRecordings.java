package io.benchmarkhub.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.List;

/** Recordings for store tests: one user message to a model, answered with a given text. */
final class TestRecordings {
  private TestRecordings() {}

  static Recording recording(String provider, String model, String question, int repeat, String answer) {
    return recording(provider, model, question, ModelParams.defaults(), repeat, answer);
  }

  static Recording recording(String provider, String model, String question, ModelParams params, int repeat,
      String answer) {
    ChatRequest request = new ChatRequest(model, List.of(Message.user(question)), params);
    ObjectNode json = RecordingJson.request(request);
    return new Recording(Fingerprint.of(provider, model, repeat, json), provider, model, repeat, json,
        new Completion(answer, FinishReason.STOP, Duration.ofMillis(12), Usage.of(5, 1).withCost(0.001),
            "served-" + model));
  }
}
