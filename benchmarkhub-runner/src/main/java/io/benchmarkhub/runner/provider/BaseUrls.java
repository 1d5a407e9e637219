package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ProviderContext;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Resolves a provider's base URL from its {@code base-url} setting or its default. */
final class BaseUrls {
  /** The setting every provider reads its base URL from. */
  static final String SETTING = "base-url";

  private BaseUrls() {}

  /**
   * {@return the base URL: the {@code base-url} setting when set, else {@code defaultUrl}}, with
   * trailing slashes removed
   *
   * @param defaultUrl the provider's default, or null when the setting is required
   * @throws BenchmarkException when no URL is set and there is no default, or the URL is not http(s),
   *     naming the system property and environment variable to set
   */
  static HttpUrl resolve(ProviderContext context, String providerId, String defaultUrl) {
    String value = context.setting(SETTING).filter(s -> !s.isBlank()).orElse(defaultUrl);
    if (value == null) {
      throw new BenchmarkException("provider '" + providerId + "' needs a base URL: set the system property "
          + property(providerId) + " or the environment variable " + variable(providerId)
          + " (e.g. http://localhost:8000/v1).");
    }
    String trimmed = value.strip();
    int end = trimmed.length();
    while (end > 0 && trimmed.charAt(end - 1) == '/') {
      end--;
    }
    HttpUrl url = HttpUrl.parse(trimmed.substring(0, end));
    if (url == null) {
      throw new BenchmarkException("the base URL of provider '" + providerId + "' is not an http(s) URL: '"
          + trimmed + "'. Fix the system property " + property(providerId) + " or the environment variable "
          + variable(providerId) + ".");
    }
    return url;
  }

  /** {@return the system property naming this provider's base URL} */
  static String property(String providerId) {
    return "benchmarkhub." + providerId + "." + SETTING;
  }

  /** {@return the environment variable naming this provider's base URL} */
  static String variable(String providerId) {
    return ("BENCHMARKHUB_" + providerId + "_" + SETTING).toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
  }

  /** {@return the URL as shown in messages: without user info, query or fragment} */
  static String display(HttpUrl url) {
    String shown = url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
    return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
  }
}
