package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.runner.http.HttpClients;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Where and how one provider is reached: its id, base URL, fixed request headers (key included),
 * the client with its timeouts, and what error messages may say about it.
 *
 * @param providerId the id messages name, e.g. "openai"
 * @param baseUrl the resolved base URL, without a trailing slash
 * @param headers headers sent with every request, the key header included
 * @param keyVariable the variable the key came from, named when authentication fails; null when
 *     the provider takes no key
 * @param keySent whether a key is sent
 * @param redactor removes the key from response text
 * @param connectionHint advice added when the server cannot be reached, or null
 * @param client the client, bounded by the context's request timeout
 */
record Endpoint(String providerId, HttpUrl baseUrl, Headers headers, String keyVariable, boolean keySent,
    Redactor redactor, String connectionHint, OkHttpClient client) {

  /** The User-Agent every provider sends. */
  static final String USER_AGENT = "benchmarkhub";

  /** Checks the values. */
  Endpoint {
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(redactor, "redactor");
    Objects.requireNonNull(client, "client");
  }

  /**
   * {@return an endpoint whose client is bounded by the context's request timeout}
   *
   * @param extraHeaders the provider's own headers, key header included; Accept and User-Agent are
   *     added here
   * @param key the key sent in {@code extraHeaders}, or null; only used to redact it
   */
  static Endpoint of(ProviderContext context, String providerId, HttpUrl baseUrl, Headers.Builder extraHeaders,
      String keyVariable, String key, String connectionHint) {
    Headers headers = extraHeaders
        .set("Accept", "application/json")
        .set("User-Agent", USER_AGENT)
        .build();
    return new Endpoint(providerId, baseUrl, headers, keyVariable, key != null, Redactor.of(key), connectionHint,
        HttpClients.withTimeout(context.requestTimeout()));
  }

  /** {@return the base URL as messages show it} */
  String displayBaseUrl() {
    return BaseUrls.display(baseUrl);
  }

  /** {@return the endpoint without secrets: id and base URL} */
  @Override
  public String toString() {
    return "Endpoint[" + providerId + " at " + displayBaseUrl() + "]";
  }
}
