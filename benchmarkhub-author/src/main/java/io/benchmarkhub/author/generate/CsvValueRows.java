package io.benchmarkhub.author.generate;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.author.generate.TemplateExpander.ValueRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV file of template values: the header row names the variables, each further row is one
 * binding ({@link ValueRow}) whose source is {@code file:line}. Empty lines are skipped; a row whose
 * field count differs from the header's is an error naming its line.
 */
public final class CsvValueRows {
  private CsvValueRows() {}

  /**
   * {@return the rows of the file, in order}
   *
   * @throws BenchmarkException naming the file (and line) when it is missing, empty, has a blank or
   *     repeated column name, a row of the wrong width, or no row after the header
   */
  public static List<ValueRow> read(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new BenchmarkException(name + ": no such CSV file");
    }
    List<ValueRow> out = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      for (CsvRecord r : csv) {
        long line = r.getStartingLineNumber();
        if (header == null) {
          header = header(r, name);
          continue;
        }
        if (r.getFieldCount() != header.size()) {
          throw new BenchmarkException(name + ":" + line + ": " + r.getFieldCount() + " fields, but the header has "
              + header.size() + " (" + String.join(", ", header) + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), r.getField(i));
        }
        out.add(new ValueRow(values, name + ":" + line));
      }
      if (header == null) {
        throw new BenchmarkException(name + ": empty: the first row must name the variables");
      }
    } catch (CsvParseException e) {
      throw new BenchmarkException(name + ": not valid CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new BenchmarkException(name + ": cannot be read as UTF-8 CSV: " + e.getCause().getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new BenchmarkException(name + ": no rows after the header");
    }
    return out;
  }

  private static List<String> header(CsvRecord r, String name) {
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < r.getFieldCount(); i++) {
      String column = r.getField(i).strip();
      if (i == 0 && column.startsWith("\uFEFF")) {
        column = column.substring(1);
      }
      if (column.isEmpty()) {
        throw new BenchmarkException(name + ":" + r.getStartingLineNumber() + ": column " + (i + 1)
            + " of the header has no name");
      }
      if (!seen.add(column)) {
        throw new BenchmarkException(name + ":" + r.getStartingLineNumber() + ": column '" + column
            + "' appears twice in the header");
      }
      header.add(column);
    }
    return header;
  }
}
