package io.benchmarkhub.langchain4j;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderFactory;

/**
 * The {@code langchain4j} provider, found with {@link java.util.ServiceLoader}: {@code langchain4j:<name>}
 * asks the model registered under that name with {@link LangChain4jModels#register}. It needs no key and
 * no settings; the name is looked up at each request, so a model may be registered after the benchmark
 * is built, as long as it is before the run sends its first request. An unknown name fails that trial
 * with {@link ProviderException.Kind#NOT_FOUND}, naming the registered models.
 */
public final class LangChain4jProviderFactory implements ProviderFactory {
  /** The provider id, the prefix of {@code langchain4j:<name>}. */
  public static final String ID = "langchain4j";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public LangChain4jProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    return LangChain4jProviderFactory::complete;
  }

  private static Completion complete(ChatRequest request) throws ProviderException {
    var model = Registry.get(request.model()).orElseThrow(() -> new ProviderException(ProviderException.Kind.NOT_FOUND,
        "no LangChain4j model is registered as '" + request.model() + "' (registered: "
            + (Registry.names().isEmpty() ? "none" : String.join(", ", Registry.names()))
            + "); call LangChain4jModels.register(\"" + request.model() + "\", chatModel) before the run"));
    return LangChain4jProvider.of(model).complete(request);
  }
}
