package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderFactory;

/**
 * A provider found through ServiceLoader (see the test services file) that needs KEYED_TEST_API_KEY.
 * It echoes the input, except that an input of "leak" fails with a message holding the key, as a
 * careless provider might.
 */
public final class KeyedTestProviderFactory implements ProviderFactory {
  static final String KEY_VARIABLE = "KEYED_TEST_API_KEY";

  @Override
  public String id() {
    return "keyed-test";
  }

  @Override
  public Provider create(ProviderContext context) {
    String key = context.requireSecret(KEY_VARIABLE);
    String greeting = context.setting("greeting").orElse("");
    return request -> {
      String input = request.messages().get(request.messages().size() - 1).content();
      if (input.equals("leak")) {
        throw new ProviderException(ProviderException.Kind.AUTHENTICATION, "bad key " + key + " rejected");
      }
      return Completion.of(greeting + input);
    };
  }
}
