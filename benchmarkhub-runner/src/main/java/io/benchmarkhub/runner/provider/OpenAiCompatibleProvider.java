package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Makes providers that speak the OpenAI Chat Completions API under their own id, base URL and key
 * variable: Together, Groq, Fireworks, DeepSeek, a vLLM or LM Studio server …
 *
 * <p>The built-in {@code openai}, {@code openrouter} and {@code openai-compatible} providers are
 * made this way. To address a service as {@code together:<model>}, register a factory:
 *
 * <pre>{@code
 * public final class TogetherProviderFactory implements ProviderFactory {
 *   public String id() { return "together"; }
 *   public Provider create(ProviderContext context) {
 *     return OpenAiCompatibleProvider.builder("together")
 *         .baseUrl("https://api.together.xyz/v1")
 *         .apiKeyVariable("TOGETHER_API_KEY")
 *         .build(context);
 *   }
 * }
 * }</pre>
 *
 * <p>The {@code base-url} setting of the context ({@code benchmarkhub.<id>.base-url},
 * {@code BENCHMARKHUB_<ID>_BASE_URL}) overrides the builder's base URL.
 */
public final class OpenAiCompatibleProvider {
  private OpenAiCompatibleProvider() {}

  /**
   * {@return a builder for a provider with this id}
   *
   * @param id the provider id, named in messages and settings, e.g. "together"; not blank
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Collects the settings of one OpenAI-compatible provider; not thread-safe, reusable. */
  public static final class Builder {
    private final String id;
    private String baseUrl;
    private String apiKeyVariable;
    private boolean apiKeyRequired;
    private String maxTokensField = "max_tokens";
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      this.id = id;
    }

    /**
     * Sets the base URL the paths are appended to, e.g. {@code https://api.together.xyz/v1}
     * ({@code /chat/completions} follows). No default: without it the {@code base-url} setting is
     * required.
     *
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Names the secret holding the API key, sent as {@code Authorization: Bearer}; the key is then
     * required, and {@link #build} fails naming the variable when it is missing. Default: no key.
     *
     * @return this builder
     */
    public Builder apiKeyVariable(String variable) {
      this.apiKeyVariable = requireName(variable, "variable");
      this.apiKeyRequired = true;
      return this;
    }

    /**
     * Names the secret holding the API key, sent when it is set; without it no
     * {@code Authorization} header is sent (local servers).
     *
     * @return this builder
     */
    public Builder optionalApiKeyVariable(String variable) {
      this.apiKeyVariable = requireName(variable, "variable");
      this.apiKeyRequired = false;
      return this;
    }

    /**
     * Adds a header sent with every request, e.g. an attribution header. Not for secrets: use
     * {@link #apiKeyVariable} for the key.
     *
     * @return this builder
     * @throws IllegalArgumentException when the value has a line break or control character
     */
    public Builder header(String name, String value) {
      requireName(name, "name");
      Objects.requireNonNull(value, "value of header " + name);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          throw new IllegalArgumentException("header " + name + " has a control character at position " + (i + 1));
        }
      }
      headers.put(name, value);
      return this;
    }

    /** Sets the body field for the output token limit; OpenAI itself wants {@code max_completion_tokens}. */
    Builder maxTokensField(String field) {
      this.maxTokensField = requireName(field, "field");
      return this;
    }

    /**
     * Creates the provider for one run; reads the key and the base URL now, so a missing one fails
     * before any request.
     *
     * @return the provider, thread-safe
     * @throws BenchmarkException when the key is required but not set, or no valid base URL is
     *     configured, naming the variable or property to set
     */
    public Provider build(ProviderContext context) {
      Objects.requireNonNull(context, "context");
      String key = apiKeyVariable == null ? null
          : apiKeyRequired ? ApiKeys.require(context, apiKeyVariable) : ApiKeys.optional(context, apiKeyVariable);
      HttpUrl base = BaseUrls.resolve(context, id, baseUrl);
      Headers.Builder sent = new Headers.Builder();
      headers.forEach(sent::addUnsafeNonAscii);
      if (key != null) {
        sent.set("Authorization", "Bearer " + key);
      }
      Endpoint endpoint = Endpoint.of(context, id, base, sent, apiKeyVariable, key, null);
      return new HttpProvider(endpoint, new OpenAiWireFormat(base, maxTokensField));
    }

    private static String requireName(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }
  }
}
