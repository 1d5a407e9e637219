package io.benchmarkhub.api;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Provider} is asked: the model name, the conversation and the parameters.
 *
 * <p>The system prompt of {@link ModelParams#systemPrompt()} is not merged into {@code messages}:
 * each provider places it where its API wants it (a system message, Anthropic's {@code system}
 * field, Gemini's {@code systemInstruction}).
 *
 * @param model the model name as the provider knows it (without the provider prefix)
 * @param messages the conversation, never empty
 * @param params the request parameters
 */
public record ChatRequest(String model, List<Message> messages, ModelParams params) {

  /** Checks and copies the values. */
  public ChatRequest {
    Objects.requireNonNull(model, "model");
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one message");
    }
    Objects.requireNonNull(params, "params");
  }

  /** {@return the system prompt of the params followed by the conversation} */
  public List<Message> messagesWithSystemPrompt() {
    return params.systemPrompt()
        .map(s -> {
          java.util.List<Message> all = new java.util.ArrayList<>(messages.size() + 1);
          all.add(Message.system(s));
          all.addAll(messages);
          return List.copyOf(all);
        })
        .orElse(messages);
  }
}
