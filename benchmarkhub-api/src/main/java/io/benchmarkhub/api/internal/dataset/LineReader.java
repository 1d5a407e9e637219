package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.DatasetException;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line (lines end with LF, CR or CRLF), counting lines, and refuses a line
 * longer than a limit, so that a file without line breaks (say a minified JSON array named
 * {@code .jsonl}) is reported instead of being read into memory whole.
 */
final class LineReader {
  private final Reader in;
  private final String resource;
  private final int maxChars;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private boolean skipLineFeed;
  private int lineNumber;

  LineReader(Reader in, String resource, int maxChars) {
    this.in = in;
    this.resource = resource;
    this.maxChars = maxChars;
  }

  /** {@return the 1-based number of the line last returned} */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * {@return the next line without its line break, or null at the end of the text}
   *
   * @throws DatasetException when the line is longer than the limit
   */
  String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit) {
        limit = Math.max(0, in.read(buffer, 0, buffer.length));
        position = 0;
        if (limit == 0) {
          if (line == null) {
            return null;
          }
          lineNumber++;
          return line.toString();
        }
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      if (line == null) {
        line = new StringBuilder(Math.max(128, position - start));
      }
      if ((long) line.length() + (position - start) > maxChars) {
        throw new DatasetException(resource, lineNumber + 1, 0, "the line is longer than "
            + String.format("%,d", maxChars) + " characters. A JSONL line holds one case; if the"
            + " file is one JSON array of cases, name it .json.");
      }
      line.append(buffer, start, position - start);
      if (position < limit) {
        skipLineFeed = buffer[position++] == '\r';
        lineNumber++;
        return line.toString();
      }
    }
  }
}
