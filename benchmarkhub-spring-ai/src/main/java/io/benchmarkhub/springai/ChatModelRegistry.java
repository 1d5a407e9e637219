package io.benchmarkhub.springai;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.ai.chat.model.ChatModel;

/** The named chat models the {@code spring-ai} provider serves; one per class loader, thread-safe. */
final class ChatModelRegistry {
  private static final Map<String, ChatModel> MODELS = new ConcurrentHashMap<>();

  private ChatModelRegistry() {}

  static SpringAiModels.Registration register(String name, ChatModel chatModel) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chatModel, "chatModel");
    if (name.isBlank() || name.contains(":")) {
      throw new IllegalArgumentException("a spring-ai model name must be non-blank and hold no ':', was '"
          + name + "'");
    }
    MODELS.put(name, chatModel);
    return () -> MODELS.remove(name, chatModel);
  }

  static SpringAiModels.Registration registerAll(Map<String, ? extends ChatModel> chatModels) {
    Map<String, ChatModel> copy = Map.copyOf(chatModels);
    copy.forEach(ChatModelRegistry::register);
    return () -> copy.forEach(MODELS::remove);
  }

  static boolean unregister(String name) {
    return MODELS.remove(name) != null;
  }

  static Optional<ChatModel> find(String name) {
    return Optional.ofNullable(MODELS.get(name));
  }

  static Set<String> names() {
    return new TreeSet<>(MODELS.keySet());
  }
}
