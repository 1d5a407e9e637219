package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.BenchmarkException;
import java.util.Optional;

/**
 * A benchmark file that cannot be used, with where and why: {@code support-intent.yaml:14:7: judges[1]:
 * unknown judge 'exactt'; known judges: exact, contains, ...}. The message starts with the file, line and
 * column, then the field's path (absent for a problem with the whole file), then what to do.
 */
public final class BenchmarkFileException extends BenchmarkException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;

  /**
   * Makes the exception.
   *
   * @param file the file as the user named it
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param field the field's path such as {@code judges[1].llmRubric.model}, empty for the whole file
   * @param problem what is wrong and what to do
   * @param cause the underlying exception, or null
   */
  public BenchmarkFileException(String file, int line, int column, String field, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
        + (field.isEmpty() ? "" : field + ": ") + problem, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
  }

  /** {@return the file as the user named it} */
  public String file() {
    return file;
  }

  /** {@return the 1-based line, 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column, 0 when unknown} */
  public int column() {
    return column;
  }

  /** {@return the path of the field at fault, e.g. {@code gates.passRate}, when the problem is one field's} */
  public Optional<String> field() {
    return field.isEmpty() ? Optional.empty() : Optional.of(field);
  }
}
