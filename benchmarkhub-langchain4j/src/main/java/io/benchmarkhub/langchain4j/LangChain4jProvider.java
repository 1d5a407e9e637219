package io.benchmarkhub.langchain4j;

import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.Objects;

/**
 * Any LangChain4j {@link ChatModel} as a BenchmarkHub {@link Provider}: a hosted model, a local one, or
 * your own {@code ChatModel} in front of a RAG pipeline.
 *
 * <pre>{@code
 * BenchmarkHub.benchmark("support")
 *     .provider("lc4j", LangChain4jProvider.of(openAiChatModel))
 *     .models("lc4j:prod-config")
 *     ...
 * }</pre>
 *
 * <p>The part of the model id after the prefix is a label for the report: the request goes to the
 * {@code ChatModel} as it is configured (its own model name, key and base URL). What is mapped: the
 * messages (the system prompt first), temperature, top-p, the output token limit and JSON output (with
 * its schema); back come the text, token counts, finish reason and the served model name. Seed and
 * extra body fields have no LangChain4j request form: set them on the LangChain4j model.
 *
 * <p>The runner retries, rate-limits and times out the request, so build the LangChain4j model with
 * its own retries off ({@code maxRetries(0)} on LangChain4j's OpenAI, Anthropic, Gemini … builders;
 * they retry twice by default), or every runner attempt is up to three requests. Its
 * own timeout applies too; keep it no shorter than the benchmark's {@code requestTimeout}.
 *
 * <p>Failures become {@link ProviderException}s with the LangChain4j exception as cause: rate limit
 * {@code RATE_LIMITED}, timeouts (LangChain4j's or the JDK's) {@code TIMEOUT}, authentication
 * {@code AUTHENTICATION}, invalid request {@code BAD_REQUEST}, model not found {@code NOT_FOUND},
 * an unreachable server {@code CONNECTION}, an HTTP error by its status, anything else
 * {@code SERVER_ERROR} (or {@code BAD_REQUEST} when LangChain4j calls it non-retriable). A
 * {@link ContentFilteredException} is the model's behaviour, not an outage: it becomes an empty answer
 * with finish reason {@link FinishReason#CONTENT_FILTER}, graded like any other.
 *
 * <p>Thread-safe when the {@code ChatModel} is (LangChain4j's provider models are).
 */
public final class LangChain4jProvider implements Provider {
  private final ChatModel model;

  private LangChain4jProvider(ChatModel model) {
    this.model = model;
  }

  /**
   * {@return a provider that sends every request to this model}
   *
   * @param model the LangChain4j model, ideally built with its own retries off
   */
  public static LangChain4jProvider of(ChatModel model) {
    return new LangChain4jProvider(Objects.requireNonNull(model, "model"));
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    dev.langchain4j.model.chat.request.ChatRequest lc4j;
    try {
      lc4j = dev.langchain4j.model.chat.request.ChatRequest.builder()
          .messages(Messages.toLangChain4j(request.messagesWithSystemPrompt()))
          .parameters(Parameters.toLangChain4j(request.params()))
          .build();
    } catch (IllegalArgumentException e) {
      throw new ProviderException(ProviderException.Kind.BAD_REQUEST, 0,
          "langchain4j model '" + request.model() + "' cannot take this request: " + e.getMessage(), null, e);
    }
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = model.chat(lc4j);
    } catch (ContentFilteredException e) {
      return new Completion("", FinishReason.CONTENT_FILTER, since(start), Usage.NONE, null);
    } catch (RuntimeException e) {
      throw Errors.toBenchmarkHub(e, request.model());
    }
    if (response == null) {
      throw new ProviderException(ProviderException.Kind.MALFORMED_RESPONSE,
          "langchain4j model '" + request.model() + "' returned no response");
    }
    return Responses.toBenchmarkHub(response, since(start));
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public String toString() {
    return "LangChain4jProvider[" + model.getClass().getSimpleName() + "]";
  }
}
