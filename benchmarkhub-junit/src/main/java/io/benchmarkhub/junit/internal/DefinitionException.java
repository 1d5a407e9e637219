package io.benchmarkhub.junit.internal;

import org.junit.platform.engine.TestSource;

/**
 * A benchmark class that cannot run as written: its message names the class, the element, and
 * where it applies the dataset file and line, and says what to do; its source is where an IDE
 * should point.
 */
public final class DefinitionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient TestSource source;

  DefinitionException(String message, TestSource source, Throwable cause) {
    super(message, cause);
    this.source = source;
  }

  /** {@return where the problem is: the class, or the dataset file and line} */
  public TestSource source() {
    return source;
  }
}
