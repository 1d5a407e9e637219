package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderFactory;

/**
 * The {@code openai} provider: OpenAI's Chat Completions API, keyed by {@value #API_KEY_VARIABLE}.
 *
 * <p>The output token limit is sent as {@code max_completion_tokens}, the field current models
 * accept. Base URL: {@value #DEFAULT_BASE_URL}, overridden by {@code benchmarkhub.openai.base-url}.
 */
public final class OpenAiProviderFactory implements ProviderFactory {
  /** The provider id. */
  public static final String ID = "openai";
  /** The environment variable holding the key. */
  public static final String API_KEY_VARIABLE = "OPENAI_API_KEY";
  /** The base URL unless the {@code base-url} setting says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public OpenAiProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    return OpenAiCompatibleProvider.builder(ID)
        .baseUrl(DEFAULT_BASE_URL)
        .apiKeyVariable(API_KEY_VARIABLE)
        .maxTokensField("max_completion_tokens")
        .build(context);
  }
}
