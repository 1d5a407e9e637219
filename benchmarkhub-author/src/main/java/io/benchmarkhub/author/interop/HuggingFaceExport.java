package io.benchmarkhub.author.interop;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a dataset as a Hugging Face datasets folder: {@code data/<split>.jsonl} (our JSONL, which the Hub's JSON
 * loader reads as columns) or {@code data/<split>.csv} (our CSV), and a {@code README.md} dataset card (see
 * {@link DatasetCard}) whose features are inferred from the values.
 *
 * <p>A Hugging Face column holds one type, so in JSONL every case's input must be of one kind (all text, or all
 * chat conversations) and a variable or metadata entry must hold one type in every case (whole numbers and
 * decimals mix); otherwise an {@link InteropException} names the case and the field. CSV has the limits of
 * {@link CaseCsvWriter}, and every CSV column is declared a string.
 */
public final class HuggingFaceExport {
  /** The data file's format. */
  public enum Format {
    /** {@code data/<split>.jsonl}. */
    JSONL,
    /** {@code data/<split>.csv}. */
    CSV
  }

  private final Map<String, FeatureType> vars = new LinkedHashMap<>();
  private final Map<String, FeatureType> meta = new LinkedHashMap<>();
  private TestCase firstText;
  private TestCase firstChat;
  private boolean expected;
  private boolean tags;
  private boolean difficulty;

  private HuggingFaceExport() {}

  /**
   * Writes the folder, replacing the data file and card when they exist.
   *
   * @param dataset the cases
   * @param dir the folder, created when missing
   * @param split the split's name, e.g. {@code test}
   * @param format the data file's format
   * @param info what the card says beyond the rows
   * @return the number of cases written
   * @throws InteropException naming the first case the format cannot hold
   * @throws UncheckedIOException naming a file that cannot be written
   */
  public static long write(Dataset dataset, Path dir, String split, Format format, DatasetCardInfo info) {
    Objects.requireNonNull(info, "info");
    if (!split.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("split '" + split + "' must be letters, digits, '_', '.' or '-'");
    }
    String dataPath = "data/" + split + (format == Format.CSV ? ".csv" : ".jsonl");
    Path data = dir.resolve(dataPath);
    List<DatasetCard.Column> columns;
    long rows;
    if (format == Format.CSV) {
      rows = CaseCsvWriter.write(dataset, data);
      columns = csvColumns(data);
    } else {
      HuggingFaceExport export = new HuggingFaceExport();
      try {
        rows = JsonlExport.write(dataset, data, export::see);
      } catch (InteropException e) {
        deletePartial(data);
        throw e;
      }
      columns = export.columns();
    }
    try {
      Files.writeString(dir.resolve("README.md"), DatasetCard.text(info, columns, split, dataPath, rows),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve("README.md") + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** Removes a data file left half written by a case the format cannot hold. */
  private static void deletePartial(Path data) {
    try {
      Files.deleteIfExists(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the partial " + data + ": " + e.getMessage(), e);
    }
  }

  private void see(TestCase c) {
    if (c.isChat()) {
      firstChat = firstChat == null ? c : firstChat;
    } else {
      firstText = firstText == null ? c : firstText;
    }
    if (firstChat != null && firstText != null) {
      TestCase other = c.isChat() ? firstText : firstChat;
      throw cannot(c, "has " + (c.isChat() ? "a chat conversation" : "a text") + " input, but case " + other.id()
          + " has " + (c.isChat() ? "a text" : "a chat") + " one; a Hugging Face column holds one type: export"
          + " text and chat cases as two datasets");
    }
    expected |= c.expected().isPresent();
    tags |= !c.tags().isEmpty();
    difficulty |= c.difficulty().isPresent();
    merge(c, "variable", c.variables(), vars);
    merge(c, "metadata entry", c.metadata(), meta);
  }

  private static void merge(TestCase c, String kind, Map<String, Object> values, Map<String, FeatureType> types) {
    values.forEach((key, value) -> {
      FeatureType type = FeatureType.of(value);
      if (type == null) {
        throw cannot(c, "has the " + kind + " '" + key + "', a list mixing types, which a Hugging Face column"
            + " cannot hold");
      }
      FeatureType before = types.getOrDefault(key, FeatureType.UNKNOWN);
      FeatureType both = before.merge(type);
      if (both == null) {
        throw cannot(c, "has the " + kind + " '" + key + "' as " + type.describe() + ", but earlier cases have it"
            + " as " + before.describe() + "; a Hugging Face column holds one type");
      }
      types.put(key, both);
    });
  }

  private List<DatasetCard.Column> columns() {
    List<DatasetCard.Column> out = new ArrayList<>();
    out.add(new DatasetCard.Column(FeatureType.STRING.feature("id"), "the case's stable id"));
    if (firstChat != null) {
      Map<String, Object> roleAndContent = new LinkedHashMap<>();
      roleAndContent.put("role", "");
      roleAndContent.put("content", "");
      FeatureType message = FeatureType.of(roleAndContent);
      out.add(new DatasetCard.Column(FeatureType.sequence(message).feature("input"),
          "the conversation sent to the model: `role` (system, user, assistant) and `content`"));
    } else {
      out.add(new DatasetCard.Column(FeatureType.STRING.feature("input"), "the text sent to the model"));
    }
    if (expected) {
      out.add(new DatasetCard.Column(FeatureType.STRING.feature("expected"), "the expected answer (null when none)"));
    }
    if (!vars.isEmpty()) {
      out.add(struct("vars", vars, "variables for prompt templates: "));
    }
    if (tags) {
      out.add(new DatasetCard.Column(FeatureType.sequence(FeatureType.STRING).feature("tags"), "tags for filtering"));
    }
    if (difficulty) {
      out.add(new DatasetCard.Column(FeatureType.STRING.feature("difficulty"), "the declared difficulty"));
    }
    if (!meta.isEmpty()) {
      out.add(struct("metadata", meta, "metadata: "));
    }
    return out;
  }

  private static DatasetCard.Column struct(String name, Map<String, FeatureType> fields, String meaning) {
    Map<String, Object> plain = new LinkedHashMap<>();
    fields.forEach((k, t) -> plain.put(k, null));
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("name", name);
    List<Map<String, Object>> members = new ArrayList<>();
    fields.forEach((k, t) -> members.add(t == FeatureType.UNKNOWN ? FeatureType.STRING.feature(k) : t.feature(k)));
    feature.put("struct", members);
    return new DatasetCard.Column(feature, meaning + String.join(", ", plain.keySet().stream()
        .map(k -> "`" + k + "`").toList()));
  }

  private static List<DatasetCard.Column> csvColumns(Path data) {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(data, StandardCharsets.UTF_8)) {
      CsvRecord header = csv.iterator().next();
      List<DatasetCard.Column> out = new ArrayList<>();
      for (String name : header.getFields()) {
        out.add(new DatasetCard.Column(FeatureType.STRING.feature(name), csvMeaning(name)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back " + data + ": " + e.getMessage(), e);
    }
  }

  private static String csvMeaning(String column) {
    return switch (column) {
      case "id" -> "the case's stable id";
      case "input" -> "the text sent to the model";
      case "expected" -> "the expected answer (empty when none)";
      case "tags" -> "tags separated by `|`";
      case "difficulty" -> "the declared difficulty";
      default -> column.startsWith("var.") ? "the variable `" + column.substring(4) + "`"
          : "the metadata entry `" + column.substring(5) + "`";
    };
  }

  private static InteropException cannot(TestCase c, String problem) {
    return new InteropException(c.source().map(s -> s.resource()).orElse("dataset"),
        c.source().map(s -> s.line()).orElse(0), "", "case " + c.id() + " " + problem);
  }
}
