package io.benchmarkhub.api.internal.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.benchmarkhub.api.DatasetException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV dataset record by record with FastCSV (RFC 4180: quoted cells may hold commas,
 * quotes and line breaks). The first record is the header (see {@link CsvHeader}); each further
 * record is one case, located at the line where the record starts. Blank lines are skipped.
 */
final class CsvCaseIterator extends CaseIterator {
  private static final Pattern RECORD_LINE = Pattern.compile("\\(record starting at line (\\d+)\\)");

  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;
  private CsvHeader header;

  CsvCaseIterator(String resource, Reader text) {
    super(resource, text);
    this.csv = CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .skipEmptyLines(true)
        .ofCsvRecord(text);
    this.records = csv.iterator();
  }

  @Override
  protected ParsedCase readCase() throws IOException {
    try {
      if (header == null) {
        if (!records.hasNext()) {
          return null;
        }
        header = CsvHeader.parse(resource, records.next());
      }
      return records.hasNext() ? header.toCase(records.next()) : null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      throw malformed(e);
    }
  }

  private DatasetException malformed(CsvParseException e) {
    String message = e.getMessage() == null ? "the CSV cannot be parsed" : e.getMessage();
    Matcher m = RECORD_LINE.matcher(message);
    int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
    String problem = RECORD_LINE.matcher(message).replaceAll("").strip();
    return new DatasetException(resource, line, 0, "not valid CSV: " + problem + ". Put cells"
        + " that contain commas, quotes or line breaks in double quotes, write a quote inside"
        + " them as two quotes (\"\"), and close every quoted cell.", e);
  }

  @Override
  protected String noCasesProblem() {
    return header == null
        ? "the file has no cases; add at least one. A CSV dataset has a header row, like"
            + " id,input,expected, and then one row per case."
        : "the file has a header row but no cases; add at least one row below the header.";
  }

  @Override
  public void close() throws IOException {
    try {
      csv.close();
    } finally {
      super.close();
    }
  }
}
