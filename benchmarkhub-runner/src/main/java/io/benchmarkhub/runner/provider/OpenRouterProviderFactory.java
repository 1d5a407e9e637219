package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderFactory;

/**
 * The {@code openrouter} provider: OpenRouter's OpenAI-compatible API, keyed by
 * {@value #API_KEY_VARIABLE}.
 *
 * <p>Sends the attribution headers {@code HTTP-Referer} and {@code X-OpenRouter-Title} from the
 * settings {@value #REFERER_SETTING} and {@value #TITLE_SETTING} (defaults {@value #DEFAULT_REFERER}
 * and {@value #DEFAULT_TITLE}). The reported {@code usage.cost} becomes the cost, and the model
 * OpenRouter routed to becomes the served model.
 */
public final class OpenRouterProviderFactory implements ProviderFactory {
  /** The provider id. */
  public static final String ID = "openrouter";
  /** The environment variable holding the key. */
  public static final String API_KEY_VARIABLE = "OPENROUTER_API_KEY";
  /** The base URL unless the {@code base-url} setting says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://openrouter.ai/api/v1";
  /** The setting holding the app URL sent as {@code HTTP-Referer}. */
  public static final String REFERER_SETTING = "referer";
  /** The setting holding the app name sent as {@code X-OpenRouter-Title}. */
  public static final String TITLE_SETTING = "title";
  /** The referer unless the setting says otherwise. */
  public static final String DEFAULT_REFERER = "https://github.com/benchmarkhub/benchmarkhub";
  /** The title unless the setting says otherwise. */
  public static final String DEFAULT_TITLE = "BenchmarkHub";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public OpenRouterProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    OpenAiCompatibleProvider.Builder builder = OpenAiCompatibleProvider.builder(ID)
        .baseUrl(DEFAULT_BASE_URL)
        .apiKeyVariable(API_KEY_VARIABLE);
    header(builder, context, "HTTP-Referer", REFERER_SETTING, DEFAULT_REFERER);
    header(builder, context, "X-OpenRouter-Title", TITLE_SETTING, DEFAULT_TITLE);
    return builder.build(context);
  }

  private static void header(OpenAiCompatibleProvider.Builder builder, ProviderContext context, String header,
      String setting, String defaultValue) {
    try {
      builder.header(header, context.setting(setting).filter(s -> !s.isBlank()).orElse(defaultValue).strip());
    } catch (IllegalArgumentException e) {
      throw new BenchmarkException("the setting '" + setting + "' of provider '" + ID + "' cannot be sent as the "
          + header + " header (" + e.getMessage() + "): fix benchmarkhub." + ID + "." + setting + ".");
    }
  }
}
