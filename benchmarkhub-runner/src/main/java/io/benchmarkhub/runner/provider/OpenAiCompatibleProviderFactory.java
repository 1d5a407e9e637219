package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderFactory;

/**
 * The {@code openai-compatible} provider: any server speaking the OpenAI Chat Completions API
 * (vLLM, LM Studio, Together …) at the base URL the {@code base-url} setting names.
 *
 * <p>The base URL is required: set {@code benchmarkhub.openai-compatible.base-url} or
 * {@code BENCHMARKHUB_OPENAI_COMPATIBLE_BASE_URL}, e.g. {@code http://localhost:8000/v1}. The key in
 * {@value #API_KEY_VARIABLE} is optional; without it no {@code Authorization} header is sent. For
 * several such servers at once, give each its own id with {@link OpenAiCompatibleProvider#builder}.
 */
public final class OpenAiCompatibleProviderFactory implements ProviderFactory {
  /** The provider id. */
  public static final String ID = "openai-compatible";
  /** The environment variable holding the optional key. */
  public static final String API_KEY_VARIABLE = "OPENAI_COMPATIBLE_API_KEY";

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public OpenAiCompatibleProviderFactory() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Provider create(ProviderContext context) {
    return OpenAiCompatibleProvider.builder(ID).optionalApiKeyVariable(API_KEY_VARIABLE).build(context);
  }
}
