package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderFactory;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The {@code anthropic} provider: Anthropic's Messages API ({@code POST {base}/v1/messages}), keyed by
 * {@value #API_KEY_VARIABLE} in the {@code x-api-key} header, with {@code anthropic-version}
 * {@value #API_VERSION}.
 *
 * <p>Base URL: {@value #DEFAULT_BASE_URL} (without {@code /v1}), overridden by
 * {@code benchmarkhub.anthropic.base-url}. {@code max_tokens} defaults to 1024 because the API
 * requires it. No cost is reported.
 */
public final class AnthropicProviderFactory implements ProviderFactory {
  /** The provider id. */
  public static final String ID = "anthropic";
  /** The environment variable holding the key. */
  public static final String API_KEY_VARIABLE = "ANTHROPIC_API_KEY";
  /** The base URL unless the {@code base-url} setting says otherwise; {@code /v1/messages} follows. */
  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
  /** The API version sent as {@code anthropic-version}. */
  public static final String API_VERSION = "2023-06-01";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public AnthropicProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    String key = ApiKeys.require(context, API_KEY_VARIABLE);
    HttpUrl base = BaseUrls.resolve(context, ID, DEFAULT_BASE_URL);
    Headers.Builder headers = new Headers.Builder()
        .set("x-api-key", key)
        .set("anthropic-version", API_VERSION);
    return new HttpProvider(Endpoint.of(context, ID, base, headers, API_KEY_VARIABLE, key, null),
        new AnthropicWireFormat(base));
  }
}
