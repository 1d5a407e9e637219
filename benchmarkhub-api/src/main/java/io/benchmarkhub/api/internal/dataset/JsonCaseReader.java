package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one case from a JSON object: a JSONL line or an element of a JSON array.
 *
 * <p>Fields: {@code id} (string or number), {@code input} (text, or an array of chat messages),
 * {@code expected} (text; numbers and booleans become their text, objects and arrays their
 * compact JSON), {@code vars} (object), {@code tags} (array of strings), {@code difficulty}
 * (string or number) and {@code metadata} (object). Aliases let imported datasets load as they
 * are: {@code messages} for a chat input, {@code ideal} (OpenAI Evals) and {@code target}
 * (Inspect) for {@code expected}, {@code variables} for {@code vars}. {@code tools} and
 * {@code expectedToolCalls} are arrays read by {@link JsonToolReader}. A JSON null means "absent".
 * Any other field is an error that suggests the closest known name; errors point at the field.
 */
final class JsonCaseReader {

  /** The fields of a case; fields that share a slot are aliases of each other. */
  private enum Field {
    ID("id", 0, "id"),
    INPUT("input", 1, "input"),
    MESSAGES("messages", 1, "input"),
    EXPECTED("expected", 2, "expected output"),
    IDEAL("ideal", 2, "expected output"),
    TARGET("target", 2, "expected output"),
    VARS("vars", 3, "variables"),
    VARIABLES("variables", 3, "variables"),
    TAGS("tags", 4, "tags"),
    DIFFICULTY("difficulty", 5, "difficulty"),
    METADATA("metadata", 6, "metadata"),
    TOOLS("tools", 7, "tools"),
    EXPECTED_TOOL_CALLS("expectedToolCalls", 8, "expected tool calls");

    static final int SLOTS = 9;

    final String jsonName;
    final int slot;
    final String meaning;

    Field(String jsonName, int slot, String meaning) {
      this.jsonName = jsonName;
      this.slot = slot;
      this.meaning = meaning;
    }
  }

  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  static {
    for (Field f : Field.values()) {
      FIELDS.put(f.jsonName, f);
    }
  }

  private static final String KNOWN_FIELDS = "id, input (or messages), expected (or ideal,"
      + " target), vars (or variables), tags, difficulty, metadata, tools, expectedToolCalls";

  private static final String MESSAGE_EXAMPLE = "{\"role\": \"user\", \"content\": \"...\"}";

  private final String resource;
  private final JsonToolReader toolReader;

  JsonCaseReader(String resource) {
    this.resource = resource;
    this.toolReader = new JsonToolReader(resource);
  }

  /**
   * Reads the case whose START_OBJECT is the parser's current token, leaving the parser on the
   * matching END_OBJECT.
   *
   * @param lineOffset added to the parser's line numbers to give the file's line
   * @throws DatasetException when the case is malformed
   */
  ParsedCase read(JsonParser p, int lineOffset) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    int line = lineOffset + start.getLineNr();
    TestCase.Builder builder = TestCase.builder().source(new SourceLocation(resource, line));
    Field[] seen = new Field[Field.SLOTS];
    boolean idGiven = false;
    boolean hasInput = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Field field = FIELDS.get(name);
      if (field == null) {
        throw error(p, lineOffset, unknownField(name));
      }
      Field earlier = seen[field.slot];
      if (earlier != null) {
        throw error(p, lineOffset, earlier == field
            ? "the field '" + name + "' appears twice in this case. Keep one."
            : "'" + earlier.jsonName + "' and '" + name + "' both give the " + field.meaning
                + " of this case. Keep one of them.");
      }
      seen[field.slot] = field;
      p.nextToken();
      switch (field) {
        case ID -> {
          String id = id(p, lineOffset);
          builder.id(id);
          idGiven = id != null && !id.isBlank();
        }
        case INPUT, MESSAGES -> hasInput = input(p, lineOffset, field, builder);
        case EXPECTED, IDEAL, TARGET -> builder.expected(expected(p));
        case VARS, VARIABLES -> object(p, lineOffset, name, "{\"name\": \"Ada\", \"count\": 3}")
            .forEach((key, value) -> {
              if (value != null) {
                builder.variable(key, value);
              }
            });
        case TAGS -> builder.tags(tags(p, lineOffset));
        case DIFFICULTY -> builder.difficulty(scalarText(p, lineOffset, name, "\"hard\" or 3"));
        case METADATA -> builder.metadata(object(p, lineOffset, name, "{\"source\": \"gsm8k\"}"));
        case TOOLS -> builder.tools(toolReader.tools(p, lineOffset));
        case EXPECTED_TOOL_CALLS -> builder.expectedToolCalls(toolReader.expectedCalls(p, lineOffset));
        default -> throw new IllegalStateException("unhandled field " + field);
      }
    }
    if (!hasInput) {
      throw JsonErrors.at(resource, start, lineOffset, "this case has no 'input'. Add \"input\":"
          + " \"the text to send to the model\", or \"messages\": [" + MESSAGE_EXAMPLE + "] for a"
          + " chat.");
    }
    return new ParsedCase(builder.build(), line, idGiven);
  }

  private String unknownField(String name) {
    String hint = ClosestName.in(FIELDS.keySet(), name)
        .map(known -> " Did you mean '" + known + "'?")
        .orElse("");
    return "unknown field '" + name + "'." + hint + " A case may have: " + KNOWN_FIELDS + ".";
  }

  private String id(JsonParser p, int lineOffset) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING || t.isNumeric()) {
      return p.getText();
    }
    throw error(p, lineOffset, "'id' must be a string or a number; it is "
        + JsonValues.describe(t) + ". Give a short unique name such as \"refund-7\", or leave the"
        + " id out to derive one from the content.");
  }

  /** {@return the expected output as text}: JSON text for objects and arrays, null for null */
  private static String expected(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t.isStructStart()) {
      return JsonValues.compact(p);
    }
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }

  /** Reads the input; returns whether the case now has one. */
  private boolean input(JsonParser p, int lineOffset, Field field, TestCase.Builder builder)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING && field == Field.INPUT) {
      if (p.getText().isBlank()) {
        throw error(p, lineOffset, "'input' is empty. Give the text to send to the model.");
      }
      builder.input(p.getText());
      return true;
    }
    if (t == JsonToken.START_ARRAY) {
      builder.messages(messages(p, lineOffset, field.jsonName));
      return true;
    }
    String expected = field == Field.INPUT
        ? "'input' must be text, or an array of chat messages like [" + MESSAGE_EXAMPLE + "]"
        : "'messages' must be an array of chat messages like [" + MESSAGE_EXAMPLE + "]";
    String fix = field == Field.INPUT ? "" : " For a plain-text input use 'input'.";
    throw error(p, lineOffset, expected + "; it is " + JsonValues.describe(t) + "." + fix);
  }

  private List<Message> messages(JsonParser p, int lineOffset, String fieldName)
      throws IOException {
    List<Message> messages = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int number = messages.size() + 1;
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw error(p, lineOffset, "message " + number + " of '" + fieldName + "' is "
            + JsonValues.describe(p.currentToken()) + ". Each message must be an object like "
            + MESSAGE_EXAMPLE + ".");
      }
      messages.add(message(p, lineOffset, number));
    }
    if (messages.isEmpty()) {
      throw error(p, lineOffset, "'" + fieldName + "' is an empty array. Give at least one"
          + " message, like [" + MESSAGE_EXAMPLE + "].");
    }
    return messages;
  }

  private Message message(JsonParser p, int lineOffset, int number) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Message.Role role = null;
    String content = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      if (key.equals("role")) {
        if (value != JsonToken.VALUE_STRING) {
          throw error(p, lineOffset, "the 'role' of message " + number + " is "
              + JsonValues.describe(value) + ". Use \"system\", \"user\" or \"assistant\".");
        }
        role = role(p, lineOffset, number);
      } else if (key.equals("content")) {
        if (value != JsonToken.VALUE_STRING) {
          throw error(p, lineOffset, "the 'content' of message " + number + " is "
              + JsonValues.describe(value) + ". Give the message text as one string.");
        }
        content = p.getText();
      } else {
        p.skipChildren();
      }
    }
    if (role == null || content == null) {
      throw JsonErrors.at(resource, start, lineOffset, "message " + number + " has no '"
          + (role == null ? "role" : "content") + "'. Each message needs a role (system, user or"
          + " assistant) and a content, like " + MESSAGE_EXAMPLE + ".");
    }
    return Message.of(role, content);
  }

  private Message.Role role(JsonParser p, int lineOffset, int number) throws IOException {
    String name = p.getText();
    for (Message.Role r : Message.Role.values()) {
      if (r != Message.Role.TOOL && r.wireName().equalsIgnoreCase(name)) {
        return r;
      }
    }
    throw error(p, lineOffset, "message " + number + " has the unknown role '" + name
        + "'. Use \"system\", \"user\" or \"assistant\".");
  }

  private List<String> tags(JsonParser p, int lineOffset) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t != JsonToken.START_ARRAY) {
      throw error(p, lineOffset, "'tags' must be an array of strings, like [\"math\", \"easy\"];"
          + " it is " + JsonValues.describe(t) + ".");
    }
    List<String> tags = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw error(p, lineOffset, "tag " + (tags.size() + 1) + " is "
            + JsonValues.describe(p.currentToken()) + ". Tags must be strings, like [\"math\","
            + " \"easy\"].");
      }
      tags.add(p.getText());
    }
    return tags;
  }

  private String scalarText(JsonParser p, int lineOffset, String name, String example)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING || t.isNumeric()) {
      return p.getText();
    }
    throw error(p, lineOffset, "'" + name + "' must be a string or a number, like " + example
        + "; it is " + JsonValues.describe(t) + ".");
  }

  private Map<String, Object> object(JsonParser p, int lineOffset, String name, String example)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (t != JsonToken.START_OBJECT) {
      throw error(p, lineOffset, "'" + name + "' must be an object, like " + example + "; it is "
          + JsonValues.describe(t) + ".");
    }
    return JsonValues.readObject(p);
  }

  private DatasetException error(JsonParser p, int lineOffset, String problem) {
    return JsonErrors.at(resource, p, lineOffset, problem);
  }
}
