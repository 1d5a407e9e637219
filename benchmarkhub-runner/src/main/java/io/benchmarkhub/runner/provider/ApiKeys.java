package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ProviderContext;

/** Reads a provider's API key from its context and checks it can travel in an HTTP header. */
final class ApiKeys {
  private ApiKeys() {}

  /**
   * {@return the key held by {@code variable}, trimmed}
   *
   * @throws BenchmarkException naming the variable when it is not set or holds characters no HTTP
   *     header allows; never showing the value
   */
  static String require(ProviderContext context, String variable) {
    return check(context.providerId(), variable, context.requireSecret(variable).strip());
  }

  /** {@return the key held by {@code variable}, trimmed, or null when it is not set or blank} */
  static String optional(ProviderContext context, String variable) {
    return context.secret(variable)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(key -> check(context.providerId(), variable, key))
        .orElse(null);
  }

  private static String check(String providerId, String variable, String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new BenchmarkException("the API key in " + variable + " for provider '" + providerId
            + "' contains a character no HTTP header allows (position " + (i + 1)
            + "): check the value of " + variable + ".");
      }
    }
    return key;
  }
}
