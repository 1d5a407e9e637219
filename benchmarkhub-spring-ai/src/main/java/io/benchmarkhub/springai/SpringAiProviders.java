package io.benchmarkhub.springai;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.ai.chat.model.ChatModel;

/**
 * The named Spring AI chat models the {@code spring-ai} provider serves: a model addressed
 * {@code spring-ai:<name>} is asked through the chat model registered under {@code <name>}. In a Spring
 * application register the {@code ChatModel} beans by their bean names:
 *
 * <pre>{@code
 * @Autowired Map<String, ChatModel> chatModels;               // bean name -> bean
 *
 * try (var registered = SpringAiProviders.registerAll(chatModels)) {
 *   RunSummary s = BenchmarkHub.benchmark("support-intent").models("spring-ai:openAiChatModel")...run();
 * }
 * }</pre>
 *
 * <p>One registry per class loader, safe to use from several threads. The chat model answers with its own
 * configured model and retries (see {@link SpringAiProvider}); a name no chat model is registered under
 * makes each of its trials a {@code NOT_FOUND} error naming the registered ones.
 */
public final class SpringAiProviders {
  private static final Map<String, ChatModel> MODELS = new ConcurrentHashMap<>();

  private SpringAiProviders() {}

  /**
   * Registers a chat model under a name, replacing any registered under it.
   *
   * @return a registration whose {@code close()} removes it again (if still registered)
   * @throws IllegalArgumentException when the name is blank or holds a {@code :}
   */
  public static Registration register(String name, ChatModel chatModel) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chatModel, "chatModel");
    if (name.isBlank() || name.contains(":")) {
      throw new IllegalArgumentException("a spring-ai model name must be non-blank and hold no ':', was '"
          + name + "'");
    }
    MODELS.put(name, chatModel);
    return () -> MODELS.remove(name, chatModel);
  }

  /**
   * Registers every chat model of the map under its key, e.g. the {@code Map<String, ChatModel>} Spring
   * injects (bean name to bean).
   *
   * @return a registration whose {@code close()} removes them all again
   */
  public static Registration registerAll(Map<String, ? extends ChatModel> chatModels) {
    Map<String, ChatModel> copy = Map.copyOf(chatModels);
    copy.forEach(SpringAiProviders::register);
    return () -> copy.forEach(MODELS::remove);
  }

  /** {@return the chat model registered under this name, if any} */
  public static Optional<ChatModel> find(String name) {
    return Optional.ofNullable(MODELS.get(name));
  }

  /** {@return the registered names, sorted} */
  public static Set<String> names() {
    return new TreeSet<>(MODELS.keySet());
  }

  /** Removes registrations when closed, e.g. at the end of a test; closing twice does nothing more. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    /** Removes the registration(s), keeping a chat model registered under the same name since. */
    @Override
    void close();
  }
}
