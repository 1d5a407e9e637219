package io.benchmarkhub.author.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a benchmark file with where it stands (line, column, field path), so that every error
 * about it names the file, the line and the field. Objects keep their fields in file order.
 */
final class SpecNode {
  /** What a value is. */
  enum Kind {
    OBJECT("an object"), ARRAY("a list"), TEXT("text"), NUMBER("a number"), BOOLEAN("true or false"),
    NULL("nothing (null)");

    private final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  private final String file;
  private final String path;
  private final int line;
  private final int column;
  private final Kind kind;
  private final Object scalar;
  private final Map<String, SpecNode> fields = new LinkedHashMap<>();
  private final Map<String, int[]> keyPositions = new LinkedHashMap<>();
  private final List<SpecNode> items = new ArrayList<>();

  SpecNode(String file, String path, int line, int column, Kind kind, Object scalar) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.column = column;
    this.kind = kind;
    this.scalar = scalar;
  }

  /** {@return the field path of a member of this object} */
  String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** {@return the field path of an item of this list} */
  String itemPath(int index) {
    return path + "[" + index + "]";
  }

  /** Adds a member, failing on a second one of the same name. */
  void addField(String name, int keyLine, int keyColumn, SpecNode value) {
    int[] first = keyPositions.get(name);
    if (first != null) {
      throw new BenchmarkFileException(file, keyLine, keyColumn, childPath(name), "appears twice in the same object "
          + "(first on line " + first[0] + "): keep one", null);
    }
    keyPositions.put(name, new int[] {keyLine, keyColumn});
    fields.put(name, value);
  }

  void addItem(SpecNode item) {
    items.add(item);
  }

  /** {@return an error about this value} */
  BenchmarkFileException error(String problem) {
    return error(problem, null);
  }

  /** {@return an error about this value, with its cause} */
  BenchmarkFileException error(String problem, Throwable cause) {
    return new BenchmarkFileException(file, line, column, path, problem, cause);
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

  Kind kind() {
    return kind;
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isText() {
    return kind == Kind.TEXT;
  }

  /**
   * Fails on the first member whose name is not one of {@code known}, at the member's own line, listing
   * the known ones.
   */
  SpecNode allowOnly(String... known) {
    List<String> names = Arrays.asList(known);
    for (Map.Entry<String, int[]> e : keyPositions.entrySet()) {
      if (!names.contains(e.getKey())) {
        throw new BenchmarkFileException(file, e.getValue()[0], e.getValue()[1], childPath(e.getKey()),
            "unknown field '" + e.getKey() + "'; the fields here are " + String.join(", ", known), null);
      }
    }
    return this;
  }

  /** {@return this value, when it is an object} */
  SpecNode object() {
    return expect(Kind.OBJECT);
  }

  /** {@return the member, when set and not null} */
  Optional<SpecNode> field(String name) {
    SpecNode n = fields.get(name);
    return n == null || n.kind == Kind.NULL ? Optional.empty() : Optional.of(n);
  }

  /** {@return the member}, failing at this object when it is missing */
  SpecNode require(String name, String hint) {
    return field(name).orElseThrow(() -> new BenchmarkFileException(file, line, column, childPath(name),
        "is missing: " + hint, null));
  }

  /** {@return the members of this object, in file order} */
  Map<String, SpecNode> fields() {
    expect(Kind.OBJECT);
    return fields;
  }

  /** {@return the items of this list} */
  List<SpecNode> items() {
    expect(Kind.ARRAY);
    return items;
  }

  /** {@return this value as text}, failing on anything but text */
  String text() {
    return (String) expect(Kind.TEXT).scalar;
  }

  /** {@return this value as text, not blank} */
  String nonBlankText() {
    String s = text();
    if (s.isBlank()) {
      throw error("is empty; give a value");
    }
    return s;
  }

  /** {@return this scalar as text}: text, a number as written, or true/false */
  String scalarText() {
    if (kind == Kind.NUMBER) {
      return ((BigDecimal) scalar).toPlainString();
    }
    if (kind == Kind.TEXT || kind == Kind.BOOLEAN) {
      return String.valueOf(scalar);
    }
    throw error("must be text, a number or true/false, found " + kind.words);
  }

  /** {@return this value as a number} */
  double number() {
    return ((BigDecimal) expect(Kind.NUMBER).scalar).doubleValue();
  }

  /** {@return this value as a whole number} */
  long whole() {
    BigDecimal v = (BigDecimal) expect(Kind.NUMBER).scalar;
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      throw error("must be a whole number, was " + v.toPlainString());
    }
  }

  /** {@return this value as a whole number from {@code min} up} */
  int atLeast(int min) {
    long v = whole();
    if (v < min || v > Integer.MAX_VALUE) {
      throw error("must be a whole number of at least " + min + ", was " + v);
    }
    return (int) v;
  }

  /** {@return this value as true or false} */
  boolean bool() {
    return (Boolean) expect(Kind.BOOLEAN).scalar;
  }

  /** {@return this list's items as texts}; a single text is a list of one */
  List<String> texts() {
    if (kind == Kind.TEXT) {
      return List.of(nonBlankText());
    }
    return items().stream().map(SpecNode::nonBlankText).toList();
  }

  /** {@return this value as plain Java values (maps, lists, strings, numbers, booleans)}, for JSON output */
  Object plain() {
    return switch (kind) {
      case OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        fields.forEach((k, v) -> m.put(k, v.plain()));
        yield m;
      }
      case ARRAY -> items.stream().map(SpecNode::plain).toList();
      default -> scalar;
    };
  }

  private SpecNode expect(Kind wanted) {
    if (kind != wanted) {
      throw error("must be " + wanted.words + ", found " + kind.words
          + (wanted == Kind.TEXT && kind != Kind.OBJECT && kind != Kind.ARRAY ? " (put it in quotes)" : ""));
    }
    return this;
  }
}
