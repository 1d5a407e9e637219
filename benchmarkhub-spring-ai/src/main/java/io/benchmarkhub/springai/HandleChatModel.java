package io.benchmarkhub.springai;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ProviderException;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import reactor.core.publisher.Flux;

/**
 * A {@link ModelHandle} seen as a Spring AI {@link ChatModel}; see {@link SpringAiModels#chatModel}. The
 * prompt's tool callbacks are offered to the model by their definitions, its tool calls come back as the
 * assistant message's tool calls, and the conversation's assistant tool calls and tool responses go back to
 * the model, so a {@code ChatClient}'s tool loop runs through the handle (one call per step).
 */
final class HandleChatModel implements ChatModel {
  private final ModelHandle handle;

  HandleChatModel(ModelHandle handle) {
    this.handle = Objects.requireNonNull(handle, "model");
  }

  @Override
  public ChatResponse call(Prompt prompt) {
    Objects.requireNonNull(prompt, "prompt");
    Completion completion;
    try {
      var messages = SpringAiMessages.toBenchmarkHub(prompt.getInstructions());
      var overrides = SpringAiOptions.overrides(prompt.getOptions());
      var tools = SpringAiOptions.tools(prompt.getOptions());
      completion = tools.isEmpty() ? handle.complete(messages, overrides)
          : handle.complete(messages, tools, null, overrides);
    } catch (ProviderException e) {
      throw new ModelCallException(e);
    }
    return response(completion);
  }

  /** Answers as one chunk: the whole answer, after the call through the runner returned. */
  @Override
  public Flux<ChatResponse> stream(Prompt prompt) {
    return Flux.defer(() -> Flux.just(call(prompt)));
  }

  /**
   * {@return the trial model's parameters as Spring AI options}: its name, temperature, top-p, max tokens;
   * tool-calling options, so that a {@code ChatClient} hands its tools to this model
   */
  @Override
  public ChatOptions getOptions() {
    var params = handle.model().params();
    ChatOptions.Builder<?> builder = ToolCallingChatOptions.builder().model(handle.model().model());
    params.temperature().ifPresent(builder::temperature);
    params.topP().ifPresent(builder::topP);
    params.maxTokens().ifPresent(builder::maxTokens);
    return builder.build();
  }

  private ChatResponse response(Completion completion) {
    String reason = FinishReasons.toSpringAi(completion.finishReason());
    AssistantMessage output = AssistantMessage.builder().content(completion.text())
        .toolCalls(completion.toolCalls().stream()
            .map(c -> new AssistantMessage.ToolCall(c.id(), "function", c.name(), c.arguments())).toList())
        .build();
    Generation generation = new Generation(output,
        ChatGenerationMetadata.builder().finishReason(reason).build());
    int in = (int) Math.min(Integer.MAX_VALUE, completion.usage().inputTokens());
    int out = (int) Math.min(Integer.MAX_VALUE, completion.usage().outputTokens());
    ChatResponseMetadata metadata = ChatResponseMetadata.builder()
        .model(completion.served().orElse(handle.model().model()))
        .usage(new DefaultUsage(in, out, in + out))
        .build();
    return new ChatResponse(List.of(generation), metadata);
  }

  @Override
  public String toString() {
    return "BenchmarkHub ChatModel[" + handle.model() + "]";
  }
}
