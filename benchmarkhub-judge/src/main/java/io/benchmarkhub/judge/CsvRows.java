package io.benchmarkhub.judge;

import io.benchmarkhub.api.DatasetException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted cells may hold commas, line breaks and quotes written twice),
 * counting lines, so each record is reported at the line where it starts. Lines end with LF, CR or
 * CRLF; blank lines are skipped. Kept small on purpose: a labels file needs no more.
 */
final class CsvRows {
  private final Reader in;
  private final String resource;
  private int line = 1;
  private int startLine;
  private int pushedBack = NONE;

  private static final int NONE = -2;

  CsvRows(Reader in, String resource) {
    this.in = in;
    this.resource = resource;
  }

  /** {@return the 1-based line the reader has reached} */
  int line() {
    return line;
  }

  /** {@return the 1-based line where the record last returned starts} */
  int startLine() {
    return startLine;
  }

  /**
   * {@return the next record's cells, or null at the end}
   *
   * @throws DatasetException when a quoted cell is never closed
   */
  List<String> next() throws IOException {
    int c;
    while ((c = read()) == '\n' || c == '\r') {
      newline(c);
    }
    if (c == -1) {
      return null;
    }
    unread(c);
    startLine = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    while (true) {
      c = read();
      if (c == '"' && cell.length() == 0 && !quoted) {
        quoted = true;
        readQuoted(cell);
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        quoted = false;
      } else if (c == -1 || c == '\n' || c == '\r') {
        cells.add(cell.toString());
        if (c != -1) {
          newline(c);
        }
        return cells;
      } else {
        cell.append((char) c);
      }
    }
  }

  private void readQuoted(StringBuilder cell) throws IOException {
    int quoteLine = line;
    while (true) {
      int c = read();
      if (c == -1) {
        throw new DatasetException(resource, quoteLine, 0, "a quoted cell that starts on this line is never"
            + " closed. Close it with a double quote, and write a quote inside a cell as two quotes (\"\").");
      }
      if (c == '"') {
        int d = read();
        if (d != '"') {
          unread(d);
          return;
        }
        cell.append('"');
      } else if (c == '\n' || c == '\r') {
        newline(c);
        cell.append('\n');
      } else {
        cell.append((char) c);
      }
    }
  }

  /** Counts a line break, taking the LF of a CRLF with it. */
  private void newline(int c) throws IOException {
    line++;
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        unread(d);
      }
    }
  }

  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
