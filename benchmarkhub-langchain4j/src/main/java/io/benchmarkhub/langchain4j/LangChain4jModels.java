package io.benchmarkhub.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import io.benchmarkhub.api.ModelHandle;
import java.util.Objects;
import java.util.Set;

/**
 * LangChain4j and BenchmarkHub both ways.
 *
 * <p><b>Your LangChain4j code as the subject.</b> {@link #chatModel(ModelHandle)} turns the trial's model
 * into a LangChain4j {@link ChatModel}, so an {@code AiServices} assistant runs on it and every call it
 * makes goes through the runner (cache, cassette, retries, rate limits, budget, cost):
 *
 * <pre>{@code
 * interface Assistant {
 *   @SystemMessage("You answer questions about our refund policy.")
 *   String answer(@UserMessage String question);
 * }
 *
 * BenchmarkHub.benchmark("refunds")
 *     .dataset(Dataset.jsonl(Path.of("refund-questions.jsonl")))
 *     .subject((c, model) -> AiServices.builder(Assistant.class)
 *         .chatModel(LangChain4jModels.chatModel(model)).build()
 *         .answer(c.input()))
 *     .models("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest")
 *     .judge(Judges.contains("30 days"))
 *     .run();
 * }</pre>
 *
 * <p><b>A LangChain4j model as the model under test.</b> {@link #register(String, ChatModel)} makes
 * {@code langchain4j:<name>} address it in {@code @Models}, {@code .models(...)} and benchmark files
 * (the {@code langchain4j} provider is found with {@link java.util.ServiceLoader}); or hand
 * {@link LangChain4jProvider#of(ChatModel)} to {@code .provider(id, ...)}.
 */
public final class LangChain4jModels {
  private LangChain4jModels() {}

  /**
   * {@return the trial's model as a LangChain4j {@code ChatModel}}, valid while the subject runs.
   *
   * <p>Its {@code chat} sends the system, user and AI messages as text and merges the request's
   * temperature, top-p, output token limit and JSON response format (with its schema) over the
   * trial model's own parameters (the request's model name is ignored: the trial decides the model).
   * The response has the text, token counts, finish reason and the served model name. Images, tools,
   * top-k, penalties and stop sequences are refused with LangChain4j's
   * {@code UnsupportedFeatureException}. A provider failure (after the runner's retries) is thrown as
   * the matching {@code dev.langchain4j.exception} type ({@code RateLimitException},
   * {@code TimeoutException}, {@code AuthenticationException} …) whose cause is the
   * {@link io.benchmarkhub.api.ProviderException}, so the trial keeps its kind if your code lets it
   * through. Don't retry those in your code: the runner already has.
   *
   * @param model the handle the subject received
   */
  public static ChatModel chatModel(ModelHandle model) {
    return new HandleChatModel(model);
  }

  /**
   * Registers a LangChain4j model under a name, so {@code langchain4j:<name>} addresses it; a model
   * registered under the same name before is replaced. The registry is JVM-wide: register before the run
   * starts (e.g. in a static initializer or {@code @BeforeAll}).
   *
   * <p>The response cache keys answers by {@code langchain4j:<name>} and the request, not by your code:
   * after changing what the name stands for, run with {@code -Dbenchmarkhub.cache=false} (or
   * {@code mvn clean}).
   *
   * @param name the name after {@code langchain4j:}, not blank, without whitespace
   * @param model the model, ideally built with its own retries off (the runner retries)
   * @throws IllegalArgumentException when the name is blank or has whitespace
   */
  public static void register(String name, ChatModel model) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(model, "model");
    if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a LangChain4j model name must be non-blank without whitespace, was '"
          + name + "'");
    }
    Registry.put(name, model);
  }

  /**
   * Removes a registered model.
   *
   * @return whether a model was registered under the name
   */
  public static boolean unregister(String name) {
    return Registry.remove(Objects.requireNonNull(name, "name"));
  }

  /** {@return the registered names, sorted} */
  public static Set<String> registered() {
    return Registry.names();
  }
}
