package io.benchmarkhub.author.interop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a foreign YAML or JSON file (a promptfoo config or tests file) with the line it starts on and its
 * path from the root ({@code tests[2].assert[0].value}), so that every problem can name both.
 */
final class ConfigNode {
  private static final JsonFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private final String file;
  private final String path;
  private final int line;
  /** A {@code Map<String, ConfigNode>}, a {@code List<ConfigNode>}, a String, BigDecimal or Boolean, or null. */
  private final Object value;

  private ConfigNode(String file, String path, int line, Object value) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.value = value;
  }

  /**
   * {@return the root of a YAML ({@code .yaml}, {@code .yml}) or JSON file}
   *
   * @throws InteropException for a missing file or a syntax error, naming file and line
   */
  static ConfigNode read(Path file) {
    String name = file.toString();
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser p = (json ? JSON : YAML).createParser(in)) {
      if (p.nextToken() == null) {
        throw new InteropException(name, 0, "", "the file is empty");
      }
      return parse(p, name, "");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InteropException(name, line, "", "not valid " + (json ? "JSON" : "YAML") + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("").strip(), e);
    } catch (NoSuchFileException e) {
      throw new InteropException(name, 0, "", "no such file (looked for " + file.toAbsolutePath() + ")", e);
    } catch (IOException e) {
      throw new InteropException(name, 0, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  /** {@return a node for a value made here rather than read}, e.g. one entry of a CSV tests file */
  static ConfigNode of(String file, String path, int line, Object plain) {
    if (plain instanceof Map<?, ?> m) {
      Map<String, ConfigNode> fields = new LinkedHashMap<>();
      m.forEach((k, v) -> fields.put(String.valueOf(k), of(file, join(path, String.valueOf(k)), line, v)));
      return new ConfigNode(file, path, line, fields);
    }
    if (plain instanceof List<?> l) {
      List<ConfigNode> items = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        items.add(of(file, path + "[" + i + "]", line, l.get(i)));
      }
      return new ConfigNode(file, path, line, items);
    }
    return new ConfigNode(file, path, line, plain instanceof Number n ? new BigDecimal(n.toString()) : plain);
  }

  private static ConfigNode parse(JsonParser p, String file, String path) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, ConfigNode> fields = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        fields.put(key, parse(p, file, join(path, key)));
      }
      return new ConfigNode(file, path, line, fields);
    }
    if (t == JsonToken.START_ARRAY) {
      List<ConfigNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(parse(p, file, path + "[" + items.size() + "]"));
      }
      return new ConfigNode(file, path, line, items);
    }
    Object scalar = switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new InteropException(file, line, path, "unsupported YAML value " + t);
    };
    return new ConfigNode(file, path, line, scalar);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** {@return an exception at this node} */
  InteropException error(String problem) {
    return new InteropException(file, line, path, problem);
  }

  /** {@return {@code file:line: path}, for notes} */
  String location() {
    return file + (line > 0 ? ":" + line : "") + (path.isEmpty() ? "" : ": " + path);
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  boolean isMap() {
    return value instanceof Map;
  }

  boolean isList() {
    return value instanceof List;
  }

  boolean isText() {
    return value instanceof String;
  }

  boolean isNull() {
    return value == null;
  }

  /** {@return the fields of a map}, empty for anything else */
  @SuppressWarnings("unchecked")
  Map<String, ConfigNode> fields() {
    return isMap() ? Collections.unmodifiableMap((Map<String, ConfigNode>) value) : Map.of();
  }

  /** {@return a field of a map, absent when missing or null} */
  Optional<ConfigNode> field(String name) {
    return Optional.ofNullable(fields().get(name)).filter(n -> !n.isNull());
  }

  /**
   * {@return the items of a list}
   *
   * @throws InteropException when this is not a list
   */
  @SuppressWarnings("unchecked")
  List<ConfigNode> items() {
    if (!isList()) {
      throw error("must be a list");
    }
    return (List<ConfigNode>) value;
  }

  /**
   * {@return a scalar as text}: a string as is, a number or boolean as written
   *
   * @throws InteropException for a map, a list or null
   */
  String text() {
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
    if (value instanceof String || value instanceof Boolean) {
      return value.toString();
    }
    throw error("must be text, was " + kind());
  }

  /**
   * {@return a number}
   *
   * @throws InteropException for anything else
   */
  double number() {
    if (value instanceof BigDecimal d) {
      return d.doubleValue();
    }
    throw error("must be a number, was " + kind());
  }

  /** {@return the value as plain Java: maps, lists, strings, Long or Double numbers, booleans, null} */
  Object plain() {
    if (value instanceof Map<?, ?>) {
      Map<String, Object> out = new LinkedHashMap<>();
      fields().forEach((k, v) -> out.put(k, v.plain()));
      return out;
    }
    if (value instanceof List<?>) {
      return items().stream().map(ConfigNode::plain).toList();
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
          ? (Object) d.longValue() : (Object) d.doubleValue();
    }
    return value;
  }

  /** {@return "a map", "a list", "text", "a number", "true/false" or "null"} */
  String kind() {
    return value instanceof Map ? "a map" : value instanceof List ? "a list" : value instanceof String ? "text"
        : value instanceof BigDecimal ? "a number" : value instanceof Boolean ? "true/false" : "null";
  }
}
