package io.benchmarkhub.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The JVM-wide named LangChain4j models behind {@code langchain4j:<name>}. */
final class Registry {
  private static final Map<String, ChatModel> MODELS = new ConcurrentHashMap<>();

  private Registry() {}

  static void put(String name, ChatModel model) {
    MODELS.put(name, model);
  }

  static boolean remove(String name) {
    return MODELS.remove(name) != null;
  }

  static Optional<ChatModel> get(String name) {
    return Optional.ofNullable(MODELS.get(name));
  }

  static Set<String> names() {
    return new TreeSet<>(MODELS.keySet());
  }
}
