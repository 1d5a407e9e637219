package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JSON values read with the streaming parser into plain Java values: strings, numbers
 * ({@code Long}, {@code Double}, or {@code BigDecimal} when a {@code Double} would change the
 * value), booleans, unmodifiable lists and maps (in document order), and null; or into compact
 * JSON text.
 */
final class JsonValues {
  /** The one parser factory for datasets: strict JSON, no source text in error locations. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private JsonValues() {}

  /** {@return the value at the parser's current token}, leaving the parser on its last token */
  static Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(p);
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        yield Collections.unmodifiableList(list);
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p);
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("not at a JSON value: " + token);
    };
  }

  /** {@return the object at the parser's current START_OBJECT}, leaving it on END_OBJECT */
  static Map<String, Object> readObject(JsonParser p) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      map.put(name, read(p));
    }
    return Collections.unmodifiableMap(map);
  }

  /** {@return the number at the current token}: Long, Double, or BigDecimal */
  static Number number(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      return type == JsonParser.NumberType.BIG_INTEGER
          ? new BigDecimal(p.getBigIntegerValue())
          : Long.valueOf(p.getLongValue());
    }
    BigDecimal exact = p.getDecimalValue();
    double d = exact.doubleValue();
    return Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0
        ? Double.valueOf(d)
        : exact;
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
