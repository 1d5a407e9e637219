package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderFactory;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The {@code gemini} provider: the Gemini API's {@code generateContent}, keyed by
 * {@value #API_KEY_VARIABLE} in the {@code x-goog-api-key} header (never in the URL).
 *
 * <p>Base URL: {@value #DEFAULT_BASE_URL}, overridden by {@code benchmarkhub.gemini.base-url};
 * {@code /v1beta/models/{model}:generateContent} follows. Thinking tokens count as output. No cost
 * is reported.
 */
public final class GeminiProviderFactory implements ProviderFactory {
  /** The provider id. */
  public static final String ID = "gemini";
  /** The environment variable holding the key. */
  public static final String API_KEY_VARIABLE = "GEMINI_API_KEY";
  /** The base URL unless the {@code base-url} setting says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public GeminiProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    String key = ApiKeys.require(context, API_KEY_VARIABLE);
    HttpUrl base = BaseUrls.resolve(context, ID, DEFAULT_BASE_URL);
    Headers.Builder headers = new Headers.Builder().set("x-goog-api-key", key);
    return new HttpProvider(Endpoint.of(context, ID, base, headers, API_KEY_VARIABLE, key, null),
        new GeminiWireFormat(base));
  }
}
