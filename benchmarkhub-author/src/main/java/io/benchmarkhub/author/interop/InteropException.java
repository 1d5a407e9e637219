package io.benchmarkhub.author.interop;

import io.benchmarkhub.api.BenchmarkException;

/**
 * A foreign file that cannot be imported, or a case that an export format cannot hold, with where and why:
 * {@code promptfooconfig.yaml:23: tests[1].assert[0]: unknown assertion type 'equal' ...} or
 * {@code samples.jsonl:7: 'ideal' is missing ...}. The message starts with the file and line (when known), then
 * the field's path (when there is one), then what to do.
 */
public final class InteropException extends BenchmarkException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Makes the exception.
   *
   * @param file the file as the user named it
   * @param line the 1-based line, 0 when unknown
   * @param field the field's path such as {@code tests[2].assert[0]}, empty for the whole line or file
   * @param problem what is wrong and what to do
   */
  public InteropException(String file, int line, String field, String problem) {
    this(file, line, field, problem, null);
  }

  /**
   * Makes the exception with its cause.
   *
   * @param file the file as the user named it
   * @param line the 1-based line, 0 when unknown
   * @param field the field's path, empty for the whole line or file
   * @param problem what is wrong and what to do
   * @param cause the underlying exception, or null
   */
  public InteropException(String file, int line, String field, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** {@return the file as the user named it} */
  public String file() {
    return file;
  }

  /** {@return the 1-based line, 0 when unknown} */
  public int line() {
    return line;
  }
}
