package io.benchmarkhub.api;

import io.benchmarkhub.api.internal.json.JsonText;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tool (function) the model may call: its name, what it does, and the JSON Schema of its
 * arguments. Every built-in provider that supports tools sends it in its own shape (OpenAI
 * {@code tools[].function}, Anthropic {@code tools[]} with {@code input_schema}, Gemini
 * {@code tools[].functionDeclarations[]}).
 *
 * <p>Immutable. The schema is kept as a deep, unmodifiable copy of plain JSON values (maps, lists,
 * strings, numbers, booleans, null) in the order given, and sent as is: it is not translated
 * between schema dialects (Gemini reads it as its OpenAPI subset).
 *
 * <pre>{@code
 * ToolDefinition weather = ToolDefinition.of("get_weather", "Current weather in a city", """
 *     {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}""");
 * }</pre>
 */
public final class ToolDefinition {
  /** The names every provider accepts: OpenAI's {@code ^[a-zA-Z0-9_-]{1,64}$}. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Map<String, Object> NO_PARAMETERS = Map.of("type", "object", "properties", Map.of());

  private final String name;
  private final String description;
  private final Map<String, Object> parameters;

  private ToolDefinition(String name, String description, Map<String, Object> parameters) {
    this.name = checkName(name);
    this.description = Objects.requireNonNull(description, "description");
    this.parameters = parameters;
  }

  /**
   * {@return a tool whose arguments follow this JSON Schema}
   *
   * @param name 1 to 64 letters, digits, {@code _} or {@code -}
   * @param description what the tool does, for the model; may be empty
   * @param parametersSchema a JSON Schema object as JSON text
   * @throws IllegalArgumentException when the name is not allowed or the schema is not a JSON object
   */
  public static ToolDefinition of(String name, String description, String parametersSchema) {
    Objects.requireNonNull(parametersSchema, "parametersSchema");
    Object parsed;
    try {
      parsed = JsonText.parse(parametersSchema);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the parameters schema of tool '" + name + "' is not JSON: " + e.getMessage(), e);
    }
    return of(name, description, asSchema(name, parsed));
  }

  /**
   * {@return a tool whose arguments follow this JSON Schema}, given as plain values (e.g.
   * {@code Map.of("type", "object", "properties", ...)})
   *
   * @throws IllegalArgumentException when the name is not allowed or the schema holds a value that is
   *     not plain JSON
   */
  public static ToolDefinition of(String name, String description, Map<String, ?> parametersSchema) {
    Objects.requireNonNull(parametersSchema, "parametersSchema");
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) JsonText.copy(parametersSchema, "parameters of tool " + name);
    return new ToolDefinition(name, description, copy);
  }

  /** {@return a tool that takes no arguments} (its schema is an object with no properties) */
  public static ToolDefinition withoutParameters(String name, String description) {
    return new ToolDefinition(name, description, NO_PARAMETERS);
  }

  /** {@return the name the model calls it by} */
  public String name() {
    return name;
  }

  /** {@return what the tool does; may be empty} */
  public String description() {
    return description;
  }

  /** {@return the JSON Schema of the arguments, as unmodifiable plain values} */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** {@return the JSON Schema of the arguments as compact JSON text} */
  public String parametersJson() {
    return JsonText.write(parameters);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolDefinition t && t.name.equals(name) && t.description.equals(description)
        && t.parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, parameters);
  }

  /** Shows the name and the argument names. */
  @Override
  public String toString() {
    Object properties = parameters.get("properties");
    return "Tool[" + name + (properties instanceof Map<?, ?> m ? m.keySet() : "") + "]";
  }

  static String checkName(String name) {
    Objects.requireNonNull(name, "tool name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("tool name '" + name
          + "' is not allowed: use 1 to 64 letters, digits, '_' or '-'");
    }
    return name;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asSchema(String name, Object parsed) {
    if (!(parsed instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("the parameters schema of tool '" + name + "' must be a JSON object");
    }
    return (Map<String, Object>) parsed;
  }
}
