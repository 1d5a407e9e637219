package io.benchmarkhub.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the JSON object a judge model answered with, tolerating what models wrap around it: a
 * Markdown code fence, prose before or after, a trailing comma. The object is the first balanced
 * {@code {...}} in the text (braces inside strings do not count).
 */
final class JsonGrade {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA.mappedFeature())
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES.mappedFeature());

  private JsonGrade() {}

  /**
   * {@return the first JSON object in the text}
   *
   * @throws Unreadable saying why there is none
   */
  static JsonNode object(String text) {
    int start = text.indexOf('{');
    if (start < 0) {
      throw new Unreadable("no JSON object in the answer");
    }
    int end = matchingBrace(text, start);
    if (end < 0) {
      throw new Unreadable("the JSON object in the answer is not closed");
    }
    try {
      JsonNode node = MAPPER.readTree(text.substring(start, end + 1));
      if (node == null || !node.isObject()) {
        throw new Unreadable("the answer holds no JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Unreadable("the answer's JSON is malformed: " + e.getOriginalMessage());
    }
  }

  /**
   * {@return a number field as a double}, accepting a number or a numeric string
   *
   * @throws Unreadable when the field is missing or not a number
   */
  static double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isNumber()) {
      return v.asDouble();
    }
    if (v != null && v.isTextual()) {
      try {
        return Double.parseDouble(v.textValue().strip());
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    throw new Unreadable("field '" + field + "' is " + (v == null ? "missing" : "not a number: " + v));
  }

  /** {@return a boolean field}, accepting true/false, "true"/"false", "pass"/"fail", "yes"/"no"; null when absent */
  static Boolean flag(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String s = v.asText().strip().toLowerCase(java.util.Locale.ROOT);
    return switch (s) {
      case "true", "pass", "passed", "yes" -> true;
      case "false", "fail", "failed", "no" -> false;
      default -> throw new Unreadable("field '" + field + "' is neither true nor false: " + v);
    };
  }

  /** {@return a text field, or "" when absent} */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static int matchingBrace(String text, int start) {
    int depth = 0;
    boolean inString = false;
    char quote = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          inString = false;
        }
      } else if (c == '"' || c == '\'') {
        inString = true;
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A judge model's answer that is not a grade; its message says why. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }
}
