package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a case's {@code tools} ({@code [{"name", "description", "parameters"}]}) and
 * {@code expectedToolCalls} ({@code [{"name", "arguments"}]}); errors point at the offending value.
 */
final class JsonToolReader {
  static final String TOOL_EXAMPLE = "{\"name\": \"get_weather\", \"description\": \"...\", \"parameters\":"
      + " {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}}";
  static final String CALL_EXAMPLE = "{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}";

  private final String resource;

  JsonToolReader(String resource) {
    this.resource = resource;
  }

  /** {@return the tools of the array at the parser's current token}, leaving the parser on its end */
  List<ToolDefinition> tools(JsonParser p, int lineOffset) throws IOException {
    List<ToolDefinition> tools = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Element e : objects(p, lineOffset, "tools", "tool", TOOL_EXAMPLE, Set.of("name", "description",
        "parameters"))) {
      int number = tools.size() + 1;
      Map<String, Object> fields = e.fields();
      JsonLocation at = e.at();
      String name = name(fields, at, lineOffset, "tool " + number, TOOL_EXAMPLE);
      Object description = fields.getOrDefault("description", "");
      if (!(description instanceof String text)) {
        throw JsonErrors.at(resource, at, lineOffset, "the 'description' of tool '" + name + "' must be a string.");
      }
      Object parameters = fields.get("parameters");
      if (parameters != null && !(parameters instanceof Map<?, ?>)) {
        throw JsonErrors.at(resource, at, lineOffset, "the 'parameters' of tool '" + name
            + "' must be a JSON Schema object, like " + TOOL_EXAMPLE + ".");
      }
      if (!names.add(name)) {
        throw JsonErrors.at(resource, at, lineOffset, "two tools of this case are named '" + name + "'. Keep one.");
      }
      try {
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = (Map<String, Object>) parameters;
        tools.add(schema == null ? ToolDefinition.withoutParameters(name, text) : ToolDefinition.of(name, text, schema));
      } catch (IllegalArgumentException bad) {
        throw JsonErrors.at(resource, at, lineOffset, "tool " + number + ": " + bad.getMessage() + ".");
      }
    }
    return tools;
  }

  /** {@return the calls of the array at the parser's current token}, leaving the parser on its end */
  List<ToolCall> expectedCalls(JsonParser p, int lineOffset) throws IOException {
    List<ToolCall> calls = new ArrayList<>();
    for (Element e : objects(p, lineOffset, "expectedToolCalls", "expected call", CALL_EXAMPLE,
        Set.of("name", "arguments"))) {
      int number = calls.size() + 1;
      Map<String, Object> fields = e.fields();
      JsonLocation at = e.at();
      String name = name(fields, at, lineOffset, "expected call " + number, CALL_EXAMPLE);
      Object arguments = fields.getOrDefault("arguments", Map.of());
      if (!(arguments instanceof Map<?, ?> map)) {
        throw JsonErrors.at(resource, at, lineOffset, "the 'arguments' of expected call " + number + " ('" + name
            + "') must be an object, like " + CALL_EXAMPLE + ".");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> args = (Map<String, Object>) map;
      calls.add(ToolCall.of(name, args));
    }
    return calls;
  }

  /** One object of an array: its members as plain values, and where it starts. */
  private record Element(Map<String, Object> fields, JsonLocation at) {}

  /** Reads an array of objects that may have only these keys. */
  private List<Element> objects(JsonParser p, int lineOffset, String field, String element,
      String example, Set<String> keys) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t != JsonToken.START_ARRAY) {
      throw error(p, lineOffset, "'" + field + "' must be an array of objects like [" + example + "]; it is "
          + JsonValues.describe(t) + ".");
    }
    List<Element> objects = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int number = objects.size() + 1;
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw error(p, lineOffset, element + " " + number + " of '" + field + "' is "
            + JsonValues.describe(p.currentToken()) + ". Each must be an object like " + example + ".");
      }
      JsonLocation at = p.currentTokenLocation();
      Map<String, Object> fields = new java.util.LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!keys.contains(key)) {
          String hint = ClosestName.in(keys, key).map(k -> " Did you mean '" + k + "'?").orElse("");
          throw error(p, lineOffset, "unknown field '" + key + "' in " + element + " " + number + " of '" + field
              + "'." + hint + " It may have: " + String.join(", ", keys.stream().sorted().toList()) + ".");
        }
        p.nextToken();
        fields.put(key, JsonValues.read(p));
      }
      objects.add(new Element(fields, at));
    }
    return objects;
  }

  private String name(Map<String, Object> fields, JsonLocation at, int lineOffset, String what, String example) {
    Object name = fields.get("name");
    if (!(name instanceof String text) || text.isBlank()) {
      throw JsonErrors.at(resource, at, lineOffset, what + " has no 'name' string. Give one, like " + example + ".");
    }
    return text;
  }

  private DatasetException error(JsonParser p, int lineOffset, String problem) {
    return JsonErrors.at(resource, p, lineOffset, problem);
  }
}
