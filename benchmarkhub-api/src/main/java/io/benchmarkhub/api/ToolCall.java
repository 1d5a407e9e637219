package io.benchmarkhub.api;

import io.benchmarkhub.api.internal.json.JsonText;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a tool that a model asked for (in a {@link Completion}), or that a case expects (in
 * {@link TestCase#expectedToolCalls()}): the call id, the tool's name and its arguments as JSON text.
 *
 * <p>The arguments are kept as the provider gave them: OpenAI sends them as a JSON string, which a
 * model may get wrong, so text that is not a JSON object is kept as it is and
 * {@link #argumentsMalformed() flagged} rather than refused; judges then fail that call with the
 * reason. Anthropic and Gemini send an object, kept as its compact JSON. Blank arguments count as
 * the empty object.
 *
 * <p>Immutable.
 */
public final class ToolCall {
  private final String id;
  private final String name;
  private final String arguments;
  /** The arguments as plain values; null when they are not a JSON object. */
  private final Map<String, Object> parsed;
  private final String problem;

  private ToolCall(String id, String name, String arguments) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.arguments = Objects.requireNonNull(arguments, "arguments");
    Map<String, Object> map = null;
    String why = null;
    if (arguments.isBlank()) {
      map = Map.of();
    } else {
      try {
        Object value = JsonText.parse(arguments);
        if (value instanceof Map<?, ?>) {
          @SuppressWarnings("unchecked")
          Map<String, Object> object = (Map<String, Object>) value;
          map = object;
        } else {
          why = "the arguments are JSON but not an object";
        }
      } catch (IllegalArgumentException e) {
        why = "the arguments are not JSON: " + e.getMessage();
      }
    }
    this.parsed = map;
    this.problem = why;
  }

  /**
   * {@return a call as a model made it}
   *
   * @param id the provider's call id; empty when it gave none (older Gemini models)
   * @param name the tool's name
   * @param arguments the arguments as JSON text, kept even when it is not JSON
   */
  public static ToolCall of(String id, String name, String arguments) {
    return new ToolCall(id == null ? "" : id, name, arguments);
  }

  /** {@return a call without an id with these arguments}, e.g. an expected call */
  public static ToolCall of(String name, Map<String, ?> arguments) {
    return new ToolCall("", name, JsonText.write(JsonText.copy(Objects.requireNonNull(arguments, "arguments"),
        "arguments of " + name)));
  }

  /** {@return the provider's call id; empty when it gave none} */
  public String id() {
    return id;
  }

  /** {@return the name of the tool called} */
  public String name() {
    return name;
  }

  /** {@return the arguments as JSON text, as the provider gave them} */
  public String arguments() {
    return arguments;
  }

  /** {@return the arguments as unmodifiable plain values, when they are a JSON object} */
  public Optional<Map<String, Object>> parsedArguments() {
    return Optional.ofNullable(parsed);
  }

  /** {@return whether the arguments are not a JSON object} (see {@link #problem()}) */
  public boolean argumentsMalformed() {
    return parsed == null;
  }

  /** {@return what is wrong with the arguments, when they are not a JSON object} */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolCall c && c.id.equals(id) && c.name.equals(name) && c.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, arguments);
  }

  /** Shows the name and at most 60 characters of the arguments, e.g. {@code get_weather({"city":"Paris"})}. */
  @Override
  public String toString() {
    return name + "(" + Text.abbreviate(arguments, 60) + ")";
  }
}
