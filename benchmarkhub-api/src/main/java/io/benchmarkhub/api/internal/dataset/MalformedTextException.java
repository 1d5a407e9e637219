package io.benchmarkhub.api.internal.dataset;

import java.io.IOException;

/**
 * Bytes of a dataset that are not valid text in the file's encoding, with the line and column
 * (counted in decoded characters) where the bad bytes start.
 */
public final class MalformedTextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  MalformedTextException(int line, int column, String problem) {
    super(problem);
    this.line = line;
    this.column = column;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
