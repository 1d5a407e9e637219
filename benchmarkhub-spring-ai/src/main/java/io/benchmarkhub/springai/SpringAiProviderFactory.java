package io.benchmarkhub.springai;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ProviderFactory;
import java.util.Set;
import org.springframework.ai.chat.model.ChatModel;

/**
 * The {@code spring-ai} provider: {@code spring-ai:<name>} asks the chat model registered under
 * {@code <name>} with {@link SpringAiModels#register}, looked up at each request, so registrations made before
 * the run starts are seen. It needs no key, so in {@code auto} mode a model the cassette holds replays;
 * record with {@code -Dbenchmarkhub.mode=record}.
 */
public final class SpringAiProviderFactory implements ProviderFactory {

  /** The provider id, {@value}. */
  public static final String ID = "spring-ai";

  /** Called by {@link java.util.ServiceLoader}. */
  public SpringAiProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  /**
   * {@inheritDoc}
   *
   * @throws BenchmarkException when Spring AI is not on the class path (this module depends on it in
   *     {@code provided} scope: the application brings it)
   */
  @Override
  public Provider create(ProviderContext context) {
    try {
      Class.forName("org.springframework.ai.chat.model.ChatModel", false, getClass().getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new BenchmarkException("provider '" + context.providerId() + "' needs Spring AI 2.x on the class "
          + "path: add org.springframework.ai:spring-ai-model (or a Spring AI starter) to the project");
    }
    String id = context.providerId();
    return new Provider() {
      @Override
      public Completion complete(ChatRequest request) throws ProviderException {
        ChatModel model = ChatModelRegistry.find(request.model()).orElse(null);
        if (model == null) {
          Set<String> names = ChatModelRegistry.names();
          throw new ProviderException(Kind.NOT_FOUND, id + ": no Spring AI chat model is registered as '"
              + request.model() + "' (registered: " + (names.isEmpty() ? "none" : String.join(", ", names))
              + "); register it with SpringAiModels.register(name, chatModel) before the run");
        }
        return SpringAiProvider.of(model).named(id).complete(request);
      }

      @Override
      public String toString() {
        return "SpringAiProvider[" + id + "]";
      }
    };
  }
}
