package io.benchmarkhub.api;

/**
 * A dataset that cannot be read: a missing file, bad JSON, a missing {@code input}, an unknown
 * column, a duplicate id, an empty file, bytes that are not UTF-8.
 *
 * <p>The message reads {@code file:line:column: what is wrong. What to do.} so that it can be
 * clicked in an IDE console; {@link #resource()}, {@link #line()} and {@link #column()} give the
 * parts (0 when unknown).
 */
public class DatasetException extends BenchmarkException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param resource the file path or {@code classpath:} resource
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param problem what is wrong and what to do, as full sentences
   */
  public DatasetException(String resource, int line, int column, String problem) {
    this(resource, line, column, problem, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param resource the file path or {@code classpath:} resource
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param problem what is wrong and what to do, as full sentences
   * @param cause the underlying error, or null
   */
  public DatasetException(String resource, int line, int column, String problem, Throwable cause) {
    super(location(resource, line, column) + ": " + problem, cause);
    this.resource = resource;
    this.line = line;
    this.column = column;
  }

  private static String location(String resource, int line, int column) {
    StringBuilder sb = new StringBuilder(resource);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  /** {@return the file path or {@code classpath:} resource} */
  public String resource() {
    return resource;
  }

  /** {@return the 1-based line, or 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column, or 0 when unknown} */
  public int column() {
    return column;
  }
}
