package io.benchmarkhub.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Request parameters for one model: temperature, top-p, max output tokens, seed, a system prompt
 * and extra provider-specific body fields. Unset values are left out of the request, so the
 * provider's own default applies (except Anthropic's required {@code max_tokens}, which defaults to
 * 1024).
 *
 * <p>Immutable; each {@code with...} method returns a new instance and checks its argument.
 *
 * <pre>{@code
 * ModelRef hot = ModelRef.parse("openai:gpt-4o-mini")
 *     .withParams(ModelParams.defaults().withTemperature(1.0).withMaxTokens(256));
 * }</pre>
 */
public final class ModelParams {
  private static final ModelParams DEFAULTS = new ModelParams(null, null, null, null, null, Map.of());

  private final Double temperature;
  private final Double topP;
  private final Integer maxTokens;
  private final Long seed;
  private final String systemPrompt;
  private final Map<String, Object> extra;

  private ModelParams(Double temperature, Double topP, Integer maxTokens, Long seed,
      String systemPrompt, Map<String, Object> extra) {
    this.temperature = temperature;
    this.topP = topP;
    this.maxTokens = maxTokens;
    this.seed = seed;
    this.systemPrompt = systemPrompt;
    this.extra = extra;
  }

  /** {@return parameters with nothing set: every provider default applies} */
  public static ModelParams defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with this sampling temperature}
   *
   * @throws IllegalArgumentException when not within [0, 2]
   */
  public ModelParams withTemperature(double value) {
    if (!(value >= 0 && value <= 2)) {
      throw new IllegalArgumentException("temperature must be within [0, 2], was " + value);
    }
    return new ModelParams(value, topP, maxTokens, seed, systemPrompt, extra);
  }

  /**
   * {@return a copy with this nucleus-sampling top-p}
   *
   * @throws IllegalArgumentException when not within (0, 1]
   */
  public ModelParams withTopP(double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException("topP must be within (0, 1], was " + value);
    }
    return new ModelParams(temperature, value, maxTokens, seed, systemPrompt, extra);
  }

  /**
   * {@return a copy with this limit on output tokens}
   *
   * @throws IllegalArgumentException when not positive
   */
  public ModelParams withMaxTokens(int value) {
    if (value <= 0) {
      throw new IllegalArgumentException("maxTokens must be > 0, was " + value);
    }
    return new ModelParams(temperature, topP, value, seed, systemPrompt, extra);
  }

  /** {@return a copy with this sampling seed (honoured by OpenAI-compatible APIs, Gemini and Ollama)} */
  public ModelParams withSeed(long value) {
    return new ModelParams(temperature, topP, maxTokens, value, systemPrompt, extra);
  }

  /**
   * {@return a copy with this system prompt}, sent before the case's messages (a case that brings its
   * own system message keeps it, after this one)
   */
  public ModelParams withSystemPrompt(String value) {
    return new ModelParams(temperature, topP, maxTokens, seed, Objects.requireNonNull(value, "systemPrompt"), extra);
  }

  /**
   * {@return a copy with one extra top-level request body field}, for provider options this class
   * does not name (e.g. {@code "reasoning_effort"}); strings, numbers, booleans, lists and maps
   */
  public ModelParams withExtra(String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(extra);
    copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value of " + field));
    return new ModelParams(temperature, topP, maxTokens, seed, systemPrompt, Collections.unmodifiableMap(copy));
  }

  /** {@return the temperature, when set} */
  public OptionalDouble temperature() {
    return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
  }

  /** {@return the top-p, when set} */
  public OptionalDouble topP() {
    return topP == null ? OptionalDouble.empty() : OptionalDouble.of(topP);
  }

  /** {@return the output token limit, when set} */
  public OptionalInt maxTokens() {
    return maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens);
  }

  /** {@return the seed, when set} */
  public OptionalLong seed() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** {@return the system prompt, when set} */
  public Optional<String> systemPrompt() {
    return Optional.ofNullable(systemPrompt);
  }

  /** {@return extra request body fields; unmodifiable} */
  public Map<String, Object> extra() {
    return extra;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelParams p && Objects.equals(p.temperature, temperature)
        && Objects.equals(p.topP, topP) && Objects.equals(p.maxTokens, maxTokens)
        && Objects.equals(p.seed, seed) && Objects.equals(p.systemPrompt, systemPrompt)
        && p.extra.equals(extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(temperature, topP, maxTokens, seed, systemPrompt, extra);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    if (temperature != null) sb.append("temperature=").append(temperature).append(", ");
    if (topP != null) sb.append("topP=").append(topP).append(", ");
    if (maxTokens != null) sb.append("maxTokens=").append(maxTokens).append(", ");
    if (seed != null) sb.append("seed=").append(seed).append(", ");
    if (systemPrompt != null) sb.append("system=\"").append(Text.abbreviate(systemPrompt, 30)).append("\", ");
    if (!extra.isEmpty()) sb.append("extra=").append(extra.keySet()).append(", ");
    if (sb.length() > 1) sb.setLength(sb.length() - 2);
    return sb.append('}').toString();
  }
}
