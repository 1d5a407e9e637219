package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.benchmarkhub.api.internal.json.JsonText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Turns JSON values read with the streaming parser into plain Java values (as {@link JsonText#read}
 * does: strings, numbers as {@code Long}, {@code Double}, or {@code BigDecimal} when a
 * {@code Double} would change the value, booleans, unmodifiable lists and maps in document order,
 * and null); or into compact JSON text.
 */
final class JsonValues {
  /** The one parser factory for datasets: strict JSON, no source text in error locations. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private JsonValues() {}

  /** {@return the value at the parser's current token}, leaving the parser on its last token */
  static Object read(JsonParser p) throws IOException {
    return JsonText.read(p);
  }

  /** {@return the object at the parser's current START_OBJECT}, leaving it on END_OBJECT */
  @SuppressWarnings("unchecked")
  static Map<String, Object> readObject(JsonParser p) throws IOException {
    return (Map<String, Object>) JsonText.read(p);
  }

  /** {@return the value at the current token as compact JSON}, leaving the parser on its end */
  static String compact(JsonParser p) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.copyCurrentStructureExact(p);
    }
    return text.toString();
  }

  /** {@return "a string", "a number", "an array"... for messages about a wrong type} */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }
}
