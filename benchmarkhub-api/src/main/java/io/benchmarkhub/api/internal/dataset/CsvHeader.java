package io.benchmarkhub.api.internal.dataset;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a CSV dataset, and how it maps each row to a case.
 *
 * <p>Columns: {@code id}, {@code input} (required), {@code expected}, {@code tags} (separated by
 * {@code |}), {@code difficulty}; {@code var.<name>} columns become variables and {@code
 * meta.<name>} columns metadata. Any other column is an error. Empty cells mean "absent", except
 * that every row needs an input. Column numbers in messages are 1-based, as in a spreadsheet.
 */
final class CsvHeader {
  private static final List<String> COLUMNS = List.of("id", "input", "expected", "tags",
      "difficulty");
  private static final String VAR = "var.";
  private static final String META = "meta.";
  private static final String KNOWN_COLUMNS = "id, input, expected, tags, difficulty, plus"
      + " var.<name> for a variable and meta.<name> for a metadata entry";
  /** Hints for names that other formats use for something a CSV column spells differently. */
  private static final Map<String, String> OTHER_FORMATS = Map.of(
      "ideal", "name the expected output column 'expected'",
      "target", "name the expected output column 'expected'",
      "messages", "chat messages need a JSONL or JSON dataset; in CSV give the text in 'input'",
      "vars", "give each variable its own column, named var.<name>",
      "variables", "give each variable its own column, named var.<name>",
      "metadata", "give each metadata entry its own column, named meta.<name>");

  private final String resource;
  private final int width;
  private final Map<String, Integer> columns = new HashMap<>();
  private final Map<String, Integer> variables = new LinkedHashMap<>();
  private final Map<String, Integer> metadata = new LinkedHashMap<>();

  private CsvHeader(String resource, int width) {
    this.resource = resource;
    this.width = width;
  }

  /**
   * {@return the header read from the first record}
   *
   * @throws DatasetException naming the first bad column
   */
  static CsvHeader parse(String resource, CsvRecord record) {
    int line = (int) record.getStartingLineNumber();
    CsvHeader header = new CsvHeader(resource, record.getFieldCount());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < record.getFieldCount(); i++) {
      String name = record.getField(i).strip();
      int column = i + 1;
      if (name.isEmpty()) {
        throw new DatasetException(resource, line, column, "column " + column + " of the header"
            + " row has no name. Name every column (" + KNOWN_COLUMNS + "), or remove the empty"
            + " column.");
      }
      Integer earlier = seen.putIfAbsent(name, column);
      if (earlier != null) {
        throw new DatasetException(resource, line, column, "the column '" + name + "' appears"
            + " twice in the header row (columns " + earlier + " and " + column + "). Keep one.");
      }
      if (COLUMNS.contains(name)) {
        header.columns.put(name, i);
      } else if (name.startsWith(VAR) || name.startsWith(META)) {
        String prefix = name.startsWith(VAR) ? VAR : META;
        String key = name.substring(prefix.length());
        if (key.isBlank()) {
          throw new DatasetException(resource, line, column, "the column '" + name + "' (column "
              + column + ") has no name after '" + prefix + "'. Name it like " + prefix
              + "topic.");
        }
        (prefix.equals(VAR) ? header.variables : header.metadata).put(key, i);
      } else {
        throw new DatasetException(resource, line, column, unknownColumn(name, column));
      }
    }
    if (!header.columns.containsKey("input")) {
      throw new DatasetException(resource, line, 0, "the header row has no 'input' column. Add"
          + " one, like id,input,expected; it holds the text sent to the model.");
    }
    return header;
  }

  private static String unknownColumn(String name, int column) {
    return "unknown column '" + name + "' (column " + column + ")." + hint(name)
        + " Known columns: " + KNOWN_COLUMNS + ".";
  }

  private static String hint(String name) {
    String other = OTHER_FORMATS.get(name);
    if (other != null) {
      return " In a CSV dataset, " + other + ".";
    }
    int dot = name.indexOf('.');
    Optional<String> closest = dot < 0
        ? ClosestName.in(COLUMNS, name)
        : ClosestName.in(List.of(VAR, META), name.substring(0, dot + 1))
            .map(prefix -> prefix + name.substring(dot + 1));
    return closest.map(known -> " Did you mean '" + known + "'?").orElse("");
  }

  /**
   * {@return the case in {@code record}}
   *
   * @throws DatasetException when the row has the wrong number of cells or no input
   */
  ParsedCase toCase(CsvRecord record) {
    int line = (int) record.getStartingLineNumber();
    if (record.getFieldCount() != width) {
      throw new DatasetException(resource, line, 0, "this row has " + record.getFieldCount()
          + (record.getFieldCount() == 1 ? " cell" : " cells") + " but the header row has "
          + width + " columns. Give every row one cell per column, and put cells that contain"
          + " commas or line breaks in double quotes, like \"a, b\".");
    }
    int inputColumn = columns.get("input");
    String input = record.getField(inputColumn);
    if (input.isBlank()) {
      throw new DatasetException(resource, line, inputColumn + 1, "the 'input' cell (column "
          + (inputColumn + 1) + ") is empty. Give the text to send to the model, or remove the"
          + " row.");
    }
    TestCase.Builder builder = TestCase.builder()
        .source(new SourceLocation(resource, line))
        .input(input);
    String id = cell(record, "id");
    builder.id(id);
    builder.expected(cell(record, "expected"));
    builder.difficulty(cell(record, "difficulty"));
    String tags = cell(record, "tags");
    if (tags != null) {
      builder.tags(splitTags(tags));
    }
    variables.forEach((name, i) -> {
      if (!record.getField(i).isEmpty()) {
        builder.variable(name, record.getField(i));
      }
    });
    metadata.forEach((name, i) -> {
      if (!record.getField(i).isEmpty()) {
        builder.metadata(name, record.getField(i));
      }
    });
    return new ParsedCase(builder.build(), line, id != null && !id.isBlank());
  }

  private String cell(CsvRecord record, String column) {
    Integer i = columns.get(column);
    if (i == null) {
      return null;
    }
    String value = record.getField(i);
    return value.isEmpty() ? null : value;
  }

  private static List<String> splitTags(String cell) {
    List<String> tags = new ArrayList<>();
    for (String tag : cell.split("\\|")) {
      if (!tag.isBlank()) {
        tags.add(tag.strip());
      }
    }
    return tags;
  }
}
