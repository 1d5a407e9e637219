package io.benchmarkhub.api;

import java.util.Objects;

/**
 * Where something was read from: a file path or {@code classpath:} resource, and a 1-based line
 * (0 when unknown).
 *
 * @param resource a file path or {@code classpath:name}
 * @param line the 1-based line, or 0 when unknown
 */
public record SourceLocation(String resource, int line) {

  /** Checks the values. */
  public SourceLocation {
    Objects.requireNonNull(resource, "resource");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** {@return whether the resource is on the classpath rather than a file} */
  public boolean isClasspath() {
    return resource.startsWith("classpath:");
  }

  /** {@return "resource:line", or just the resource when the line is unknown} */
  @Override
  public String toString() {
    return line > 0 ? resource + ":" + line : resource;
  }
}
