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
 * <p>Tools are offered only when {@code tools} is not empty; {@code toolChoice} is then sent when
 * set (null leaves the provider's default, which is {@link ToolChoice#auto()} everywhere).
 *
 * @param model the model name as the provider knows it (without the provider prefix)
 * @param messages the conversation, never empty
 * @param params the request parameters
 * @param tools the tools the model may call, in order, names unique; empty for none
 * @param toolChoice whether and which tool the model must call, or null for the provider's default
 */
public record ChatRequest(String model, List<Message> messages, ModelParams params, List<ToolDefinition> tools,
    ToolChoice toolChoice) {

  /** Checks and copies the values. */
  public ChatRequest {
    Objects.requireNonNull(model, "model");
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one message");
    }
    Objects.requireNonNull(params, "params");
    tools = List.copyOf(Objects.requireNonNull(tools, "tools"));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ToolDefinition t : tools) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("two tools are named '" + t.name() + "'");
      }
    }
    if (toolChoice != null && toolChoice.mode() == ToolChoice.Mode.TOOL
        && !names.contains(toolChoice.toolName().orElseThrow())) {
      throw new IllegalArgumentException("the tool choice names '" + toolChoice.toolName().orElseThrow()
          + "', which is not among the tools " + names);
    }
  }

  /** Creates a request without tools. */
  public ChatRequest(String model, List<Message> messages, ModelParams params) {
    this(model, messages, params, List.of(), null);
  }

  /** {@return a copy offering these tools with this choice (null for the provider's default)} */
  public ChatRequest withTools(List<ToolDefinition> value, ToolChoice choice) {
    return new ChatRequest(model, messages, params, value, choice);
  }

  /** {@return the tool choice, when set} */
  public java.util.Optional<ToolChoice> choice() {
    return java.util.Optional.ofNullable(toolChoice);
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
