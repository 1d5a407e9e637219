package io.benchmarkhub.api.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to plain Java values and back, with the streaming parser only (the api has no
 * databind): objects become unmodifiable {@code LinkedHashMap}s in document order, arrays
 * unmodifiable lists, numbers {@code Long}, {@code Double} or {@code BigDecimal}. Not API.
 */
public final class JsonText {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private JsonText() {}

  /**
   * {@return the value of a whole JSON text}
   *
   * @throws IllegalArgumentException with the parser's message when it is not one JSON value
   */
  public static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("empty JSON text");
      }
      Object value = read(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON value at column "
            + p.currentTokenLocation().getColumnNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage().replace('\n', ' '), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the value at the parser's current token}, leaving the parser on its last token: numbers
   * are {@code Long}, {@code Double}, or {@code BigDecimal} when a {@code Double} would change the value
   */
  public static Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, read(p));
        }
        yield Collections.unmodifiableMap(map);
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        yield Collections.unmodifiableList(list);
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? new BigDecimal(p.getBigIntegerValue()) : Long.valueOf(p.getLongValue());
      case VALUE_NUMBER_FLOAT -> {
        BigDecimal exact = p.getDecimalValue();
        double d = exact.doubleValue();
        yield Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0 ? Double.valueOf(d) : exact;
      }
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("not at a JSON value: " + token);
    };
  }

  /**
   * {@return compact JSON text of a plain value}: maps with string keys, collections, strings,
   * numbers, booleans and null
   *
   * @throws IllegalArgumentException naming the path of a value of another type
   */
  public static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value, "$");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * {@return an unmodifiable deep copy of a plain value}, maps in their iteration order
   *
   * @throws IllegalArgumentException naming the path of a key that is not a string or a value that is
   *     not plain JSON
   */
  public static Object copy(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(where + " has a key that is not a string: " + e.getKey());
        }
        copy.put(key, copy(e.getValue(), where + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      int i = 0;
      for (Object element : list) {
        copy.add(copy(element, where + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(where + " is not a JSON value: " + value.getClass().getName());
  }

  private static void write(JsonGenerator g, Object value, String where) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Double || value instanceof Float) {
      g.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue(), where + "." + e.getKey());
      }
      g.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      g.writeStartArray();
      int i = 0;
      for (Object element : list) {
        write(g, element, where + "[" + i++ + "]");
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException(where + " is not a JSON value: " + value.getClass().getName());
    }
  }
}
