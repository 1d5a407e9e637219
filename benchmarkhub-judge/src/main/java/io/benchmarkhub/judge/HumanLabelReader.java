package io.benchmarkhub.judge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.internal.dataset.DatasetTextReader;
import io.benchmarkhub.api.internal.dataset.MalformedTextException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a labels file line by line (see {@link HumanLabels} for the format), checking each label as
 * it is read; the first problem stops the read with a {@link DatasetException} at its line.
 */
final class HumanLabelReader {
  private static final JsonFactory JSON = new JsonFactory();

  static final List<String> FIELDS = List.of("case", "model", "repeat", "pass", "score", "judge", "note");
  private static final String KNOWN = String.join(", ", FIELDS);
  /** Names people reach for, and the field they mean. */
  private static final Map<String, String> OTHER_NAMES = Map.ofEntries(
      Map.entry("id", "case"), Map.entry("case_id", "case"), Map.entry("caseid", "case"),
      Map.entry("label", "pass"), Map.entry("verdict", "pass"), Map.entry("passed", "pass"),
      Map.entry("human", "pass"), Map.entry("grade", "score"), Map.entry("rating", "score"),
      Map.entry("comment", "note"), Map.entry("notes", "note"), Map.entry("repeats", "repeat"));

  private static final String ONE_PER_LINE = "Each line must be one label object, like"
      + " {\"case\": \"refund-7\", \"pass\": true}.";

  private final String resource;
  private final HumanLabels.Collector collector = new HumanLabels.Collector();
  /** The line being read, for bytes that are not UTF-8. */
  private int line;
  /** The CSV reader, which knows its line better than {@link #line} within a record. */
  private CsvRows csv;

  private HumanLabelReader(String resource) {
    this.resource = resource;
  }

  static HumanLabels read(LabelSource source, HumanLabels.Format format) {
    HumanLabelReader reader = new HumanLabelReader(source.name());
    try (InputStream in = source.open(); Reader text = new DatasetTextReader(in)) {
      if (format == HumanLabels.Format.JSONL) {
        reader.readJsonLines(new BufferedReader(text));
      } else {
        reader.readCsv(new CsvRows(new BufferedReader(text), source.name()));
      }
    } catch (MalformedTextException e) {
      int at = reader.csv == null ? reader.line : reader.csv.line();
      throw new DatasetException(source.name(), at, 0, "the text is not valid UTF-8. Labels files are read"
          + " as UTF-8: re-save the file as UTF-8 (in most editors: Save As, encoding UTF-8).", e);
    } catch (IOException e) {
      throw new DatasetException(source.name(), reader.line, 0, "the labels could not be read (" + e
          + "). Check that the file is readable.", e);
    }
    return reader.collector.finish(source.name());
  }

  // ---------------------------------------------------------------- JSONL

  private void readJsonLines(BufferedReader lines) throws IOException {
    int read = 0;
    String text;
    while (true) {
      line = read + 1;
      text = lines.readLine();
      if (text == null) {
        break;
      }
      read++;
      if (!text.isBlank()) {
        add(parseJson(text), true);
      }
    }
    if (collector.isEmpty()) {
      throw error(0, "the file has no labels; add at least one. A JSONL labels file has one JSON object per"
          + " line, like {\"case\": \"refund-7\", \"pass\": true}.");
    }
  }

  private Fields parseJson(String text) throws IOException {
    Fields fields = new Fields(line);
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw error(line, "the line is " + kind(first) + ", not a JSON object. " + ONE_PER_LINE);
      }
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!FIELDS.contains(name)) {
          throw error(line, "unknown field '" + name + "'." + hint(name) + " A label may have: " + KNOWN + ".");
        }
        if (!seen.add(name)) {
          throw error(line, "the field '" + name + "' appears twice in this label. Keep one.");
        }
        fields.set(name, value(p, p.nextToken()));
      }
      if (p.nextToken() != null) {
        throw error(line, "the line goes on after the label object ends. " + ONE_PER_LINE);
      }
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage().replace('\n', ' ').strip();
      throw new DatasetException(resource, line, 0, "not valid JSON: " + detail + (detail.endsWith(".") ? " " : ". ")
          + ONE_PER_LINE, e);
    }
    return fields;
  }

  private static Value value(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> new Value(Kind.STRING, p.getText());
      case VALUE_NUMBER_INT -> new Value(Kind.INTEGER, p.getText());
      case VALUE_NUMBER_FLOAT -> new Value(Kind.NUMBER, p.getText());
      case VALUE_TRUE, VALUE_FALSE -> new Value(Kind.BOOLEAN, p.getText());
      case VALUE_NULL -> new Value(Kind.NULL, "null");
      default -> {
        p.skipChildren();
        yield new Value(Kind.OTHER, t == JsonToken.START_ARRAY ? "an array" : "an object");
      }
    };
  }

  private static String kind(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "not a value";
    };
  }

  // ---------------------------------------------------------------- CSV

  private void readCsv(CsvRows rows) throws IOException {
    csv = rows;
    List<String> header = rows.next();
    if (header == null) {
      throw error(0, "the file has no labels; add at least one. A CSV labels file has a header row, like"
          + " case,model,pass, and then one row per label.");
    }
    int headerLine = rows.startLine();
    Map<String, Integer> seen = new HashMap<>();
    String[] names = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      int column = i + 1;
      if (name.isEmpty()) {
        throw error(headerLine, "column " + column + " of the header row has no name. Name every column (" + KNOWN
            + "), or remove the empty column.");
      }
      if (!FIELDS.contains(name)) {
        throw error(headerLine, "unknown column '" + name + "' (column " + column + ")." + hint(name)
            + " Known columns: " + KNOWN + ".");
      }
      Integer earlier = seen.putIfAbsent(name, column);
      if (earlier != null) {
        throw error(headerLine, "the column '" + name + "' appears twice in the header row (columns " + earlier
            + " and " + column + "). Keep one.");
      }
      names[i] = name;
    }
    if (!seen.containsKey("case")) {
      throw error(headerLine, "the header row has no 'case' column. Add one, like case,model,pass; it holds the"
          + " id of the case the person judged.");
    }
    if (!seen.containsKey("pass")) {
      throw error(headerLine, "the header row has no 'pass' column. Add one, like case,model,pass; it holds the"
          + " person's verdict, true or false.");
    }
    List<String> cells;
    while (true) {
      cells = rows.next();
      if (cells == null) {
        break;
      }
      line = rows.startLine();
      if (cells.size() == 1 && cells.get(0).isBlank() && names.length > 1) {
        continue;
      }
      if (cells.size() != names.length) {
        throw error(line, "this row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
            + " but the header row has " + names.length + " columns. Give every row one cell per column, and put"
            + " cells that contain commas in double quotes, like \"a, b\".");
      }
      Fields fields = new Fields(line);
      for (int i = 0; i < names.length; i++) {
        String cell = cells.get(i);
        fields.set(names[i], cell.isBlank() ? new Value(Kind.NULL, "") : new Value(Kind.STRING, cell.strip()));
      }
      add(fields, false);
    }
    if (collector.isEmpty()) {
      throw error(0, "the file has a header row but no labels; add at least one row below the header.");
    }
  }

  // ---------------------------------------------------------------- both

  private void add(Fields fields, boolean json) {
    if (fields.caseId == null) {
      throw error(fields.line, json
          ? "this label has no 'case'. Give the id of the case the person judged, like \"case\": \"refund-7\"."
          : "the 'case' cell is empty. Give the id of the case the person judged, or remove the row.");
    }
    if (fields.pass == null) {
      throw error(fields.line, json
          ? "this label has no 'pass'. Give the person's verdict, like \"pass\": true or \"pass\": \"fail\"."
          : "the 'pass' cell is empty. Give the person's verdict, true or false (or pass or fail), or remove the"
              + " row.");
    }
    HumanLabel label = new HumanLabel(fields.caseId, fields.model, fields.repeat, fields.pass, fields.score,
        fields.judge, new SourceLocation(resource, fields.line));
    String problem = collector.add(label);
    if (problem != null) {
      throw error(fields.line, problem);
    }
  }

  private DatasetException error(int at, String problem) {
    return new DatasetException(resource, at, 0, problem);
  }

  private static String hint(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String meant = OTHER_NAMES.get(lower);
    if (meant == null) {
      meant = closest(lower);
    }
    return meant == null ? "" : " Did you mean '" + meant + "'?";
  }

  /** {@return the known field within one edit per three letters (one to three) of {@code name}, or null} */
  private static String closest(String name) {
    int allowed = Math.max(1, Math.min(3, name.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : FIELDS) {
      int d = distance(name, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? best : null;
  }

  /** The Levenshtein distance between two strings. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The kinds of value a field can have; CSV cells are all strings (or null when empty). */
  private enum Kind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    NULL,
    OTHER
  }

  /** A field's value as written. */
  private record Value(Kind kind, String text) {
    /** {@return the value as a person would recognise it in the file} */
    String shown() {
      return switch (kind) {
        case STRING -> "\"" + text + "\"";
        case INTEGER, NUMBER -> "the number " + text;
        default -> text;
      };
    }
  }

  /** One label's fields as they are read, checked field by field. */
  private final class Fields {
    final int line;
    String caseId;
    String model;
    int repeat = 1;
    Boolean pass;
    double score = Double.NaN;
    String judge;

    Fields(int line) {
      this.line = line;
    }

    void set(String name, Value v) {
      if (v.kind == Kind.NULL || (v.kind == Kind.STRING && v.text.isBlank())) {
        return;
      }
      switch (name) {
        case "case" -> {
          if (v.kind != Kind.STRING && v.kind != Kind.INTEGER && v.kind != Kind.NUMBER) {
            throw error(line, "'case' is " + v.shown() + ", not a case id. Give the id of the case the person"
                + " judged, a string or a number.");
          }
          caseId = v.text.strip();
        }
        case "model" -> model = text(v, "model", "the model's id as the run names it, like \"openai:gpt-4o-mini\"");
        case "judge" -> judge = text(v, "judge", "the judge's name as its verdicts carry it");
        case "repeat" -> repeat = repeat(v);
        case "pass" -> pass = pass(v);
        case "score" -> score = score(v);
        case "note" -> { }
        default -> throw new IllegalStateException("unhandled field " + name);
      }
    }

    private String text(Value v, String name, String what) {
      if (v.kind != Kind.STRING) {
        throw error(line, "'" + name + "' is " + v.shown() + ", not text. Give " + what + ", or leave it out.");
      }
      return v.text.strip();
    }

    private int repeat(Value v) {
      String text = v.text.strip();
      if (v.kind == Kind.STRING && text.equalsIgnoreCase("all")) {
        return HumanLabel.EVERY_REPEAT;
      }
      if (v.kind == Kind.INTEGER || (v.kind == Kind.STRING && text.matches("[0-9]{1,9}"))) {
        long n = text.length() > 9 ? 0 : Long.parseLong(text);
        if (n >= 1) {
          return (int) n;
        }
      }
      throw error(line, "'repeat' is " + v.shown() + ", not a repeat. Give the 1-based repeat number, or \"all\""
          + " for every repeat; leave it out for repeat 1.");
    }

    private boolean pass(Value v) {
      if (v.kind == Kind.BOOLEAN) {
        return Boolean.parseBoolean(v.text);
      }
      if (v.kind == Kind.STRING) {
        switch (v.text.strip().toLowerCase(Locale.ROOT)) {
          case "true", "pass" -> {
            return true;
          }
          case "false", "fail" -> {
            return false;
          }
          default -> { }
        }
      }
      throw error(line, "'pass' is " + v.shown() + ", not a verdict. Write true or false, or \"pass\" or \"fail\".");
    }

    private double score(Value v) {
      double value;
      if (v.kind == Kind.INTEGER || v.kind == Kind.NUMBER) {
        value = Double.parseDouble(v.text);
      } else if (v.kind == Kind.STRING && v.text.strip().matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
        value = Double.parseDouble(v.text.strip());
      } else {
        throw error(line, "'score' is " + v.shown() + ", not a number. Give a score from 0 (worst) to 1 (best), or"
            + " leave it out.");
      }
      if (!(value >= 0 && value <= 1)) {
        throw error(line, "'score' is " + v.text.strip() + ", outside [0, 1]. Give a score from 0 (worst) to 1"
            + " (best), or leave it out.");
      }
      return value;
    }
  }
}
