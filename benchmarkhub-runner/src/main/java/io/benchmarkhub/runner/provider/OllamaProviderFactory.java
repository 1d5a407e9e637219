package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderFactory;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The {@code ollama} provider: a local Ollama server's native chat API ({@code POST {base}/api/chat}),
 * without a key.
 *
 * <p>Base URL: {@value #DEFAULT_BASE_URL}, overridden by {@code benchmarkhub.ollama.base-url}. The
 * cost of every answer is 0. When nothing listens at the base URL the error says to start Ollama.
 */
public final class OllamaProviderFactory implements ProviderFactory {
  /** The provider id. */
  public static final String ID = "ollama";
  /** The base URL unless the {@code base-url} setting says otherwise. */
  public static final String DEFAULT_BASE_URL = "http://localhost:11434";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public OllamaProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    HttpUrl base = BaseUrls.resolve(context, ID, DEFAULT_BASE_URL);
    String hint = "Ollama does not seem to run at " + BaseUrls.display(base) + " (start it with `ollama serve`).";
    return new HttpProvider(Endpoint.of(context, ID, base, new Headers.Builder(), null, null, hint),
        new OllamaWireFormat(base));
  }
}
