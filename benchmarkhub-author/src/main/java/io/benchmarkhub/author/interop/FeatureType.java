package io.benchmarkhub.author.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hugging Face datasets type of a column, inferred from its values: {@code string}, {@code int64},
 * {@code float64}, {@code bool}, a sequence of one type, or a struct of named fields. Two types merge when a column
 * holds both: int64 and float64 make float64, structs take every field, and anything else does not merge.
 */
final class FeatureType {
  enum Kind { STRING, INT64, FLOAT64, BOOL, SEQUENCE, STRUCT, UNKNOWN }

  private final Kind kind;
  private final FeatureType element;
  private final Map<String, FeatureType> fields;

  private FeatureType(Kind kind, FeatureType element, Map<String, FeatureType> fields) {
    this.kind = kind;
    this.element = element;
    this.fields = fields;
  }

  static final FeatureType STRING = new FeatureType(Kind.STRING, null, null);
  /** The type of a value never seen yet (a null, an empty list's element). */
  static final FeatureType UNKNOWN = new FeatureType(Kind.UNKNOWN, null, null);

  /** {@return the type of a plain Java value} (strings, numbers, booleans, lists and maps) */
  static FeatureType of(Object value) {
    if (value == null) {
      return UNKNOWN;
    }
    if (value instanceof String) {
      return STRING;
    }
    if (value instanceof Boolean) {
      return new FeatureType(Kind.BOOL, null, null);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      return new FeatureType(Kind.INT64, null, null);
    }
    if (value instanceof Number) {
      return new FeatureType(Kind.FLOAT64, null, null);
    }
    if (value instanceof List<?> list) {
      FeatureType element = UNKNOWN;
      for (Object item : list) {
        element = element.merge(of(item));
        if (element == null) {
          return null;
        }
      }
      return sequence(element);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, FeatureType> fields = new LinkedHashMap<>();
      map.forEach((k, v) -> fields.put(String.valueOf(k), of(v)));
      return new FeatureType(Kind.STRUCT, null, fields);
    }
    return STRING;
  }

  static FeatureType sequence(FeatureType element) {
    return element == null ? null : new FeatureType(Kind.SEQUENCE, element, null);
  }

  /** {@return the type holding values of both}, or null when no column can */
  FeatureType merge(FeatureType other) {
    if (other == null) {
      return null;
    }
    if (kind == Kind.UNKNOWN) {
      return other;
    }
    if (other.kind == Kind.UNKNOWN) {
      return this;
    }
    if (kind == other.kind) {
      return switch (kind) {
        case SEQUENCE -> sequence(element.merge(other.element));
        case STRUCT -> mergeFields(other);
        default -> this;
      };
    }
    boolean numbers = (kind == Kind.INT64 || kind == Kind.FLOAT64)
        && (other.kind == Kind.INT64 || other.kind == Kind.FLOAT64);
    return numbers ? new FeatureType(Kind.FLOAT64, null, null) : null;
  }

  private FeatureType mergeFields(FeatureType other) {
    Map<String, FeatureType> merged = new LinkedHashMap<>(fields);
    for (Map.Entry<String, FeatureType> f : other.fields.entrySet()) {
      FeatureType mine = merged.get(f.getKey());
      FeatureType both = mine == null ? f.getValue() : mine.merge(f.getValue());
      if (both == null) {
        return null;
      }
      merged.put(f.getKey(), both);
    }
    return new FeatureType(Kind.STRUCT, null, merged);
  }

  /** {@return whether this is a struct without fields}, which a card cannot declare */
  boolean isEmptyStruct() {
    return kind == Kind.STRUCT && fields.isEmpty();
  }

  /** {@return a short name for messages: text, a number, a list...} */
  String describe() {
    return switch (kind) {
      case STRING -> "text";
      case INT64 -> "a whole number";
      case FLOAT64 -> "a number";
      case BOOL -> "true/false";
      case SEQUENCE -> "a list";
      case STRUCT -> "a map";
      case UNKNOWN -> "empty";
    };
  }

  /** {@return the card's feature entry: {@code {name, dtype | sequence | list | struct}}} */
  Map<String, Object> feature(String name) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", name);
    f.putAll(body());
    return f;
  }

  private Map<String, Object> body() {
    return switch (kind) {
      case SEQUENCE -> element.kind == Kind.STRUCT ? Map.of("list", structFields(element))
          : Map.of("sequence", element.kind == Kind.SEQUENCE ? element.body() : element.dtype());
      case STRUCT -> Map.of("struct", structFields(this));
      default -> Map.of("dtype", dtype());
    };
  }

  private String dtype() {
    return switch (kind) {
      case INT64 -> "int64";
      case FLOAT64 -> "float64";
      case BOOL -> "bool";
      default -> "string";
    };
  }

  private static List<Map<String, Object>> structFields(FeatureType struct) {
    List<Map<String, Object>> out = new ArrayList<>();
    struct.fields.forEach((n, t) -> out.add(t.feature(n)));
    return out;
  }
}
