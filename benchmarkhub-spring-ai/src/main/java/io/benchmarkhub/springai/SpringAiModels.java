package io.benchmarkhub.springai;

import io.benchmarkhub.api.ModelHandle;
import java.util.Map;
import java.util.Set;
import org.springframework.ai.chat.model.ChatModel;

/**
 * Spring AI chat models for benchmarks: the trial's model as a Spring AI {@code ChatModel}
 * ({@link #chatModel}), and the registry of named chat models the {@code spring-ai} provider serves
 * ({@link #register}).
 *
 * <p><b>The trial's model.</b> {@link #chatModel} lets a subject runs the application's own Spring AI
 * code (a service built on a {@code ChatModel} or a {@code ChatClient}) against each model of the benchmark:
 *
 * <pre>{@code
 * BenchmarkHub.benchmark("refunds")
 *     .dataset(Dataset.classpath("refund-questions.jsonl"))
 *     .subject((c, model) -> new RefundAssistant(ChatClient.create(SpringAiModels.chatModel(model)))
 *         .answer(c.input()))
 *     .models("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest")
 *     .judge(Judges.contains("30 days"))
 *     .run();
 * }</pre>
 *
 * <p>Every {@code call} is one {@link ModelHandle#complete} call, so it goes through the runner: cache,
 * cassette record and replay, retries, rate limits, budget and cost. What it maps:
 * <ul>
 *   <li>messages: system, user and assistant text; a tool response, tool calls or media fail the call with
 *       an {@link IllegalArgumentException} naming the message;</li>
 *   <li>the prompt's options: temperature, top-p and max tokens change the trial model's parameters for
 *       that call; the options' model is ignored (the benchmark decides which model answers); stop
 *       sequences, top-k, penalties and tools fail the call with an {@link IllegalArgumentException} (the
 *       handle cannot offer tools yet);</li>
 *   <li>the answer: one generation with the text, any tool calls and the finish reason ({@code "STOP"},
 *       {@code "LENGTH"}, {@code "CONTENT_FILTER"}, {@code "TOOL_CALLS"}, {@code "OTHER"}), and metadata
 *       with the served model and the token usage;</li>
 *   <li>a provider error (after the runner's retries): a {@link ModelCallException} whose cause is the
 *       {@link io.benchmarkhub.api.ProviderException}, so the trial keeps the provider's error kind;</li>
 *   <li>{@code stream}: the whole answer as one chunk.</li>
 * </ul>
 *
 * <p>The chat model is only as valid as the handle: use it within the trial that received it.
 *
 * <p><b>Named chat models.</b> A model addressed {@code spring-ai:<name>} is asked through the chat model
 * registered under {@code <name>} (see {@link SpringAiProviderFactory}). In a Spring application, register
 * the {@code ChatModel} beans by their bean names:
 *
 * <pre>{@code
 * @Autowired Map<String, ChatModel> chatModels;               // bean name -> bean
 *
 * try (var registered = SpringAiModels.registerAll(chatModels)) {
 *   RunSummary s = BenchmarkHub.benchmark("support-intent").models("spring-ai:openAiChatModel")...run();
 * }
 * }</pre>
 *
 * <p>The registry is one per class loader and thread-safe. A registered chat model answers with its own
 * configured model and retries (see {@link SpringAiProvider}).
 */
public final class SpringAiModels {

  private SpringAiModels() {}

  /**
   * {@return the trial's model as a Spring AI {@code ChatModel}}; wrap it with {@code ChatClient.create(..)}
   * for a {@code ChatClient}
   *
   * @param model the handle the subject received
   * @throws NullPointerException when the handle is null
   */
  public static ChatModel chatModel(ModelHandle model) {
    return new HandleChatModel(model);
  }

  /**
   * Registers a chat model under a name, for {@code spring-ai:<name>}, replacing any registered under it.
   *
   * @return a registration whose {@code close()} removes it again (unless replaced since)
   * @throws IllegalArgumentException when the name is blank or holds a {@code :}
   */
  public static Registration register(String name, ChatModel chatModel) {
    return ChatModelRegistry.register(name, chatModel);
  }

  /**
   * Registers every chat model of the map under its key, e.g. the {@code Map<String, ChatModel>} Spring
   * injects (bean name to bean).
   *
   * @return a registration whose {@code close()} removes them all again
   */
  public static Registration registerAll(Map<String, ? extends ChatModel> chatModels) {
    return ChatModelRegistry.registerAll(chatModels);
  }

  /** {@return whether a chat model was registered under the name}, removing it */
  public static boolean unregister(String name) {
    return ChatModelRegistry.unregister(name);
  }

  /** {@return the registered names, sorted} */
  public static Set<String> registered() {
    return ChatModelRegistry.names();
  }

  /** Removes registrations when closed, e.g. at the end of a test; closing twice does nothing more. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    /** Removes the registration(s), keeping a chat model registered under the same name since. */
    @Override
    void close();
  }
}
