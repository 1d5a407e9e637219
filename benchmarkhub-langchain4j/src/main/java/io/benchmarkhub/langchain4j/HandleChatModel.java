package io.benchmarkhub.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ProviderException;
import java.util.Objects;

/**
 * A trial's {@link ModelHandle} seen as a LangChain4j {@link ChatModel}: each {@code chat} is one call of
 * the handle, so it goes through the runner (cache, cassette, retries, rate limits, budget, cost).
 * LangChain4j's own machinery (default parameters, listeners) runs around {@link #doChat} as for any
 * model. The request's tool specifications and tool choice are offered to the model, its tool calls come
 * back as the AI message's tool execution requests, and tool results in the conversation go back to the
 * model, so an {@code AiServices} assistant with {@code @Tool} methods runs its loop through the handle.
 */
final class HandleChatModel implements ChatModel {
  private final ModelHandle handle;

  HandleChatModel(ModelHandle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  /**
   * Sends the request through the handle.
   *
   * @throws dev.langchain4j.exception.LangChain4jException the provider failed after the runner's
   *     retries; its cause is the {@link ProviderException}, whose kind the trial keeps
   * @throws dev.langchain4j.exception.UnsupportedFeatureException for a message or parameter with no
   *     BenchmarkHub form (images, top-k, penalties, stop sequences)
   * @throws IllegalStateException from the handle: the budget is reached, the cassette lacks the request,
   *     the run is cancelled, or the trial is over
   */
  @Override
  public ChatResponse doChat(ChatRequest request) {
    var messages = Messages.toBenchmarkHub(request.messages());
    var overrides = Parameters.overrides(request.parameters());
    var tools = Tools.toBenchmarkHub(request.parameters().toolSpecifications());
    var choice = tools.isEmpty() ? null : Tools.toBenchmarkHub(request.parameters().toolChoice());
    Completion completion;
    try {
      completion = tools.isEmpty() ? handle.complete(messages, overrides)
          : handle.complete(messages, tools, choice, overrides);
    } catch (ProviderException e) {
      throw Errors.toLangChain4j(e);
    }
    return Responses.toLangChain4j(completion, handle.model().model());
  }

  @Override
  public String toString() {
    return "LangChain4j ChatModel over " + handle.model().id();
  }
}
