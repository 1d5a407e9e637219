package io.benchmarkhub.springai;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * Any Spring AI {@link ChatModel} (an application's bean, an {@code OpenAiChatModel} ...) as a BenchmarkHub
 * {@link Provider}:
 *
 * <pre>{@code
 * BenchmarkHub.benchmark("support-intent")
 *     .provider("app", SpringAiProvider.of(chatModel))
 *     .models("app:default")
 *     ...
 * }</pre>
 *
 * <p>The model part of the address ({@code default} above) is a label that names the chat model in results
 * and cassettes: the chat model answers with its own configured model, unless
 * {@link #sendingModelName()} asks it for the addressed one. The runner wraps this provider like any other
 * (retries, circuit breaker, rate limits, cassettes; the response cache only with {@code cache=true}).
 *
 * <p>What it maps:
 * <ul>
 *   <li>the request: its messages (the system prompt first), and the chat model's default options
 *       ({@code getOptions().mutate()}) with the request's temperature, top-p and max tokens, and its
 *       tools as tool callbacks that only declare them (Spring AI 2's {@code ChatModel.call} returns the
 *       calls without running them); a seed, JSON output, extra body fields or a tool choice other than
 *       auto have no portable option, so such a request fails as {@link Kind#BAD_REQUEST} (set them on
 *       the chat model's own options);</li>
 *   <li>the answer: the first generation's text and tool calls (id, name, arguments), its finish reason
 *       ({@code "STOP"}, {@code "end_turn"}, {@code "MAX_TOKENS"} ... in any case), the metadata's model
 *       and token usage, and the latency of the call; no generation is {@link Kind#MALFORMED_RESPONSE};</li>
 *   <li>errors: by HTTP status wherever the chat model's exception carries one (a 429 is
 *       {@link Kind#RATE_LIMITED}), else by type (timeouts, I/O errors, Spring AI's
 *       {@code TransientAiException} and {@code NonTransientAiException}); other exceptions pass through
 *       and end the trial as an error of their class.</li>
 * </ul>
 *
 * <p><b>Retries.</b> The runner retries retryable kinds itself. Turn the chat model's own retries off, or
 * each runner attempt hides several HTTP requests and Retry-After waits are spent twice: Spring AI 2's
 * OpenAI model takes {@code maxRetries(0)} on its options ({@code spring.ai.openai.chat.options.max-retries=0}
 * in a Boot application); models built on Spring AI's {@code RetryTemplate} take
 * {@code spring.ai.retry.max-attempts=1}.
 */
public final class SpringAiProvider implements Provider {
  private final ChatModel chatModel;
  private final String providerId;
  private final boolean sendModelName;

  private SpringAiProvider(ChatModel chatModel, String providerId, boolean sendModelName) {
    this.chatModel = Objects.requireNonNull(chatModel, "chatModel");
    this.providerId = providerId;
    this.sendModelName = sendModelName;
  }

  /**
   * {@return a provider asking this chat model}, which answers with its own configured model
   *
   * @throws NullPointerException when the chat model is null
   */
  public static SpringAiProvider of(ChatModel chatModel) {
    return new SpringAiProvider(chatModel, "spring-ai", false);
  }

  /**
   * {@return a copy that asks the chat model for the addressed model} ({@code app:gpt-4o-mini} sends
   * {@code gpt-4o-mini} as the options' model), so one chat model serves several models of a benchmark
   */
  public SpringAiProvider sendingModelName() {
    return new SpringAiProvider(chatModel, providerId, true);
  }

  /** {@return a copy whose error messages name this provider id} (the one it is registered under) */
  SpringAiProvider named(String id) {
    return new SpringAiProvider(chatModel, id, sendModelName);
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    Prompt prompt;
    try {
      prompt = new Prompt(SpringAiMessages.toSpringAi(request.messagesWithSystemPrompt()),
          SpringAiOptions.toSpringAi(request, chatModel.getOptions(),
              sendModelName ? request.model() : null));
    } catch (IllegalArgumentException e) {
      throw new ProviderException(Kind.BAD_REQUEST, 0, providerId + ":" + request.model() + ": " + e.getMessage(),
          null, null);
    }
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = chatModel.call(prompt);
    } catch (RuntimeException e) {
      ProviderException classified = SpringAiErrors.classify(providerId, request.model(), e);
      if (classified == null) {
        throw e;
      }
      throw classified;
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    return completion(request.model(), response, latency);
  }

  private Completion completion(String model, ChatResponse response, Duration latency) throws ProviderException {
    Generation generation = response == null ? null : response.getResult();
    if (generation == null || generation.getOutput() == null) {
      throw new ProviderException(Kind.MALFORMED_RESPONSE, providerId + ":" + model
          + ": the chat model returned no generation");
    }
    AssistantMessage output = generation.getOutput();
    String text = output.getText();
    List<ToolCall> toolCalls = output.getToolCalls() == null ? List.of() : output.getToolCalls().stream()
        .map(c -> ToolCall.of(c.id(), c.name(), c.arguments() == null ? "" : c.arguments())).toList();
    FinishReason reason = FinishReasons.fromSpringAi(
        generation.getMetadata() == null ? null : generation.getMetadata().getFinishReason());
    ChatResponseMetadata metadata = response.getMetadata();
    Usage usage = Usage.NONE;
    String served = null;
    if (metadata != null) {
      var u = metadata.getUsage();
      if (u != null) {
        usage = Usage.of(nonNegative(u.getPromptTokens()), nonNegative(u.getCompletionTokens()));
      }
      served = metadata.getModel() == null || metadata.getModel().isBlank() ? null : metadata.getModel();
    }
    return new Completion(text == null ? "" : text, reason, latency, usage, served, CompletionOrigin.LIVE, toolCalls);
  }

  private static long nonNegative(Integer value) {
    return value == null || value < 0 ? 0 : value;
  }

  @Override
  public String toString() {
    return "SpringAiProvider[" + chatModel.getClass().getSimpleName() + "]";
  }
}
