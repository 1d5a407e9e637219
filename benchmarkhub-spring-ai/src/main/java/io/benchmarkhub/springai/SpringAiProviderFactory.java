package io.benchmarkhub.springai;

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

  @Override
  public Provider create(ProviderContext context) {
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
