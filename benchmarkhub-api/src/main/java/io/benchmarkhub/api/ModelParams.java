package io.benchmarkhub.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Request parameters for one model: temperature, top-p, max output tokens, seed, a system prompt,
 * a JSON output mode and extra provider-specific body fields. Unset values are left out of the
 * request, so the provider's own default applies (except Anthropic's required {@code max_tokens},
 * which defaults to 1024).
 *
 * <p>Immutable; each {@code with...} method returns a new instance and checks its argument.
 *
 * <pre>{@code
 * ModelRef hot = ModelRef.parse("openai:gpt-4o-mini")
 *     .withParams(ModelParams.defaults().withTemperature(1.0).withMaxTokens(256));
 * }</pre>
 */
public final class ModelParams {
  private static final ModelParams DEFAULTS = new ModelParams(null, null, null, null, null, false, null, Map.of());

  private final Double temperature;
  private final Double topP;
  private final Integer maxTokens;
  private final Long seed;
  private final String systemPrompt;
  private final boolean jsonOutput;
  /** Null unless a schema was given (then {@link #jsonOutput} is true); an unmodifiable deep copy. */
  private final Map<String, Object> jsonSchema;
  private final Map<String, Object> extra;

  private ModelParams(Double temperature, Double topP, Integer maxTokens, Long seed,
      String systemPrompt, boolean jsonOutput, Map<String, Object> jsonSchema, Map<String, Object> extra) {
    this.temperature = temperature;
    this.topP = topP;
    this.maxTokens = maxTokens;
    this.seed = seed;
    this.systemPrompt = systemPrompt;
    this.jsonOutput = jsonOutput;
    this.jsonSchema = jsonSchema;
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
    return new ModelParams(value, topP, maxTokens, seed, systemPrompt, jsonOutput, jsonSchema, extra);
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
    return new ModelParams(temperature, value, maxTokens, seed, systemPrompt, jsonOutput, jsonSchema, extra);
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
    return new ModelParams(temperature, topP, value, seed, systemPrompt, jsonOutput, jsonSchema, extra);
  }

  /** {@return a copy with this sampling seed (honoured by OpenAI-compatible APIs, Gemini and Ollama)} */
  public ModelParams withSeed(long value) {
    return new ModelParams(temperature, topP, maxTokens, value, systemPrompt, jsonOutput, jsonSchema, extra);
  }

  /**
   * {@return a copy with this system prompt}, sent before the case's messages (a case that brings its
   * own system message keeps it, after this one)
   */
  public ModelParams withSystemPrompt(String value) {
    return new ModelParams(temperature, topP, maxTokens, seed, Objects.requireNonNull(value, "systemPrompt"),
        jsonOutput, jsonSchema, extra);
  }

  /**
   * {@return a copy that asks for the answer as a JSON object, in the provider's JSON mode} No schema
   * is sent (a schema set before is dropped). What each built-in provider gets:
   * <ul>
   *   <li>{@code openai}, {@code openrouter}, {@code openai-compatible}:
   *       {@code "response_format": {"type": "json_object"}}. OpenAI rejects this mode unless the
   *       word "JSON" appears in the messages, so say so in the prompt; OpenRouter passes it on to
   *       the models that support it; compatible servers (vLLM, LM Studio …) vary.</li>
   *   <li>{@code gemini}: {@code "generationConfig": {"responseMimeType": "application/json"}}.</li>
   *   <li>{@code ollama}: {@code "format": "json"}.</li>
   *   <li>{@code anthropic}: nothing; the Messages API has no JSON mode. The request is sent as it
   *       would be without this option (no prefilled answer either), so the prompt itself must ask
   *       for JSON and whoever reads the answer must tolerate text around it.</li>
   * </ul>
   *
   * <p>Fields set with {@link #withExtra} are merged in last and win: an extra field of the same
   * name ({@code response_format}, {@code format}, or {@code responseSchema} inside an extra
   * {@code generationConfig}) replaces the one this option makes, whole; other extra fields in
   * {@code generationConfig} merge as usual.
   */
  public ModelParams withJsonOutput() {
    return new ModelParams(temperature, topP, maxTokens, seed, systemPrompt, true, null, extra);
  }

  /**
   * {@return a copy that asks for the answer as JSON following this JSON Schema}, where the provider
   * can constrain its answer to a schema; it implies {@link #withJsonOutput()}. The map (strings,
   * numbers, booleans, nulls, lists and maps, as for {@link #withExtra}) is deep-copied and sent as
   * is: it is not translated between schema dialects. What each built-in provider gets:
   * <ul>
   *   <li>{@code openai}, {@code openrouter}, {@code openai-compatible}: {@code "response_format":
   *       {"type": "json_schema", "json_schema": {"name": "answer", "strict": true, "schema": <the
   *       map>}}}. Strict mode makes the model follow the schema exactly, but OpenAI accepts only a
   *       subset of JSON Schema in it: every object must list all its properties in
   *       {@code required} and set {@code "additionalProperties": false}, or the request fails as a
   *       bad request. For a schema outside that subset, set your own {@code response_format} (e.g.
   *       with {@code "strict": false}) with {@link #withExtra}.</li>
   *   <li>{@code gemini}: {@code "generationConfig": {"responseMimeType": "application/json",
   *       "responseSchema": <the map>}}. Gemini's {@code responseSchema} is a subset of the OpenAPI
   *       3.0 schema object ({@code type}, {@code properties}, {@code required}, {@code items},
   *       {@code enum}, {@code nullable} …), not full JSON Schema; keywords outside it may be ignored
   *       or rejected.</li>
   *   <li>{@code ollama}: {@code "format": <the map>} (structured outputs, Ollama 0.5 or later).</li>
   *   <li>{@code anthropic}: nothing, as for {@link #withJsonOutput()}; the schema is not sent.</li>
   * </ul>
   *
   * <p>Extra fields win, as for {@link #withJsonOutput()}.
   *
   * @param schema a JSON Schema object, e.g. {@code Map.of("type", "object", "properties", ...)}
   * @throws IllegalArgumentException when the schema is empty, or a map in it has a key that is not a
   *     string
   * @throws NullPointerException when the schema is null
   */
  public ModelParams withJsonOutput(Map<String, ?> schema) {
    Objects.requireNonNull(schema, "schema");
    if (schema.isEmpty()) {
      throw new IllegalArgumentException("the JSON schema must not be empty; for any JSON object use withJsonOutput()");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) immutableCopy(schema, "schema");
    return new ModelParams(temperature, topP, maxTokens, seed, systemPrompt, true, copy, extra);
  }

  /**
   * {@return a copy with one extra top-level request body field}, for provider options this class
   * does not name (e.g. {@code "reasoning_effort"}); strings, numbers, booleans, lists and maps
   */
  public ModelParams withExtra(String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(extra);
    copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value of " + field));
    return new ModelParams(temperature, topP, maxTokens, seed, systemPrompt, jsonOutput, jsonSchema,
        Collections.unmodifiableMap(copy));
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

  /** {@return whether the answer is asked for as JSON} (true too when a schema is set) */
  public boolean jsonOutput() {
    return jsonOutput;
  }

  /** {@return the JSON Schema the answer must follow, when set; unmodifiable at any depth} */
  public Optional<Map<String, Object>> jsonSchema() {
    return Optional.ofNullable(jsonSchema);
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
        && p.jsonOutput == jsonOutput && Objects.equals(p.jsonSchema, jsonSchema) && p.extra.equals(extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(temperature, topP, maxTokens, seed, systemPrompt, jsonOutput, jsonSchema, extra);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    if (temperature != null) sb.append("temperature=").append(temperature).append(", ");
    if (topP != null) sb.append("topP=").append(topP).append(", ");
    if (maxTokens != null) sb.append("maxTokens=").append(maxTokens).append(", ");
    if (seed != null) sb.append("seed=").append(seed).append(", ");
    if (systemPrompt != null) sb.append("system=\"").append(Text.abbreviate(systemPrompt, 30)).append("\", ");
    if (jsonSchema != null) {
      sb.append("jsonSchema=").append(Text.abbreviate(jsonSchema.toString(), 40)).append(", ");
    } else if (jsonOutput) {
      sb.append("jsonOutput, ");
    }
    if (!extra.isEmpty()) sb.append("extra=").append(extra.keySet()).append(", ");
    if (sb.length() > 1) sb.setLength(sb.length() - 2);
    return sb.append('}').toString();
  }

  /** {@return an unmodifiable deep copy of the maps and lists in a JSON-like value; other values as they are} */
  private static Object immutableCopy(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(where + " has a key that is not a string: " + e.getKey());
        }
        copy.put(key, immutableCopy(e.getValue(), where + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      int i = 0;
      for (Object element : list) {
        copy.add(immutableCopy(element, where + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
