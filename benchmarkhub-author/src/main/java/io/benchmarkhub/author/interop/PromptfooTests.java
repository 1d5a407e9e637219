package io.benchmarkhub.author.interop;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests of a promptfoo config: an inline list, or {@code file://} references to a YAML or JSON list, a JSONL
 * file (one test per line) or a CSV file (one column per variable, plus {@code __expected}, {@code __expected<N>},
 * {@code __description}, {@code __threshold} and {@code __metadata:<key>}), each relative to the config's folder.
 * Every test comes back as a node with its own file and line.
 */
final class PromptfooTests {
  private static final String FILE = "file://";
  /** A CSV assertion string: {@code type: value} or {@code type(threshold): value}. */
  private static final Pattern CSV_ASSERTION = Pattern.compile("(?s)([a-z][a-z0-9:-]*?)(?:\\(([0-9.]+)\\))?:\\s*(.*)");
  /** CSV shorthands of other names. */
  private static final Map<String, String> CSV_ALIASES = Map.of("grade", "llm-rubric", "fn", "javascript",
      "eval", "javascript");

  private final Path dir;

  PromptfooTests(Path configDir) {
    this.dir = configDir;
  }

  /** {@return the tests of the config's {@code tests} field} */
  List<ConfigNode> read(ConfigNode tests) {
    List<ConfigNode> out = new ArrayList<>();
    if (tests.isText()) {
      out.addAll(file(tests));
    } else if (tests.isList()) {
      for (ConfigNode t : tests.items()) {
        if (t.isText()) {
          out.addAll(file(t));
        } else if (t.isMap()) {
          out.add(t);
        } else {
          throw t.error("a test is a map with vars and assert, or a file:// reference, was " + t.kind());
        }
      }
    } else {
      throw tests.error("tests is a list of tests or a file:// reference to a .yaml, .json, .jsonl or .csv file");
    }
    if (out.isEmpty()) {
      throw tests.error("has no tests; add at least one");
    }
    return out;
  }

  private List<ConfigNode> file(ConfigNode ref) {
    String text = ref.text();
    if (!text.startsWith(FILE)) {
      throw ref.error("'" + text + "' is not a file:// reference; give tests inline or as file://tests.yaml");
    }
    String name = text.substring(FILE.length());
    if (name.contains("*")) {
      throw ref.error("globs (" + name + ") are not imported; list each tests file");
    }
    Path file = dir.resolve(name).normalize();
    if (!Files.isRegularFile(file)) {
      throw ref.error("tests file " + file + " not found (a path is relative to the config's folder)");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return csv(file);
    }
    if (lower.endsWith(".jsonl")) {
      return jsonl(file);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
      ConfigNode root = ConfigNode.read(file);
      return root.isList() ? root.items() : List.of(root);
    }
    throw ref.error("tests file " + name + " is not .yaml, .yml, .json, .jsonl or .csv");
  }

  private static List<ConfigNode> jsonl(Path file) {
    List<ConfigNode> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          out.add(ConfigNode.of(file.toString(), "", i + 1, SampleLines.object(file.toString(), i + 1,
              lines.get(i))));
        }
      }
    } catch (IOException e) {
      throw new InteropException(file.toString(), 0, "", "cannot be read: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<ConfigNode> csv(Path file) {
    String name = file.toString();
    List<ConfigNode> out = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      for (CsvRecord row : csv) {
        int line = (int) row.getStartingLineNumber();
        if (header == null) {
          header = row.getFields().stream().map(String::strip).toList();
          continue;
        }
        if (row.getFieldCount() != header.size()) {
          throw new InteropException(name, line, "", "this row has " + row.getFieldCount() + " cells but the header"
              + " has " + header.size() + " columns; quote cells that hold commas");
        }
        out.add(ConfigNode.of(name, "", line, csvTest(name, line, header, row.getFields())));
      }
    } catch (NoSuchFileException e) {
      throw new InteropException(name, 0, "", "no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InteropException(name, 0, "", "cannot be read: " + e.getMessage(), e);
    }
    return out;
  }

  /** {@return one CSV row as a test map: vars, assert, description, threshold, metadata} */
  private static Map<String, Object> csvTest(String file, int line, List<String> header, List<String> cells) {
    Map<String, Object> vars = new LinkedHashMap<>();
    Map<String, Object> metadata = new LinkedHashMap<>();
    List<Object> asserts = new ArrayList<>();
    Map<String, Object> test = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String cell = cells.get(i);
      if (column.equals("__expected") || column.matches("__expected\\d+")) {
        if (!cell.isBlank()) {
          asserts.add(csvAssertion(cell.strip()));
        }
      } else if (column.equals("__description")) {
        test.put("description", cell);
      } else if (column.equals("__threshold")) {
        if (!cell.isBlank()) {
          test.put("threshold", Double.valueOf(cell.strip()));
        }
      } else if (column.startsWith("__metadata:")) {
        metadata.put(column.substring("__metadata:".length()), cell);
      } else if (column.startsWith("__")) {
        throw new InteropException(file, 1, column, "special column '" + column + "' is not imported; known:"
            + " __expected, __expected<N>, __description, __threshold, __metadata:<key>");
      } else {
        vars.put(column, cell);
      }
    }
    test.put("vars", vars);
    test.put("assert", asserts);
    if (!metadata.isEmpty()) {
      test.put("metadata", metadata);
    }
    return test;
  }

  /** {@return a CSV {@code __expected} cell as an assertion map}: {@code type: value}, a bare type, or an equals */
  static Map<String, Object> csvAssertion(String cell) {
    Matcher m = CSV_ASSERTION.matcher(cell);
    if (m.matches()) {
      String type = CSV_ALIASES.getOrDefault(m.group(1), m.group(1));
      if (PromptfooAssertions.isType(type)) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type);
        a.put("value", m.group(3));
        if (m.group(2) != null) {
          a.put("threshold", Double.valueOf(m.group(2)));
        }
        return a;
      }
    }
    if (PromptfooAssertions.isType(cell)) {
      return Map.of("type", cell);
    }
    return Map.of("type", "equals", "value", cell);
  }
}
