package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.SourceLocation;
import java.io.File;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Turns dataset locations into JUnit test sources an IDE can open at the line. */
final class Sources {
  private static final String CLASSPATH = "classpath:";

  private Sources() {}

  /** {@return the source of a dataset line: a file, or a classpath resource, with the line when known} */
  static TestSource of(SourceLocation location) {
    return of(location.resource(), location.line(), 0);
  }

  /** {@return the source a dataset error points at} */
  static TestSource of(DatasetException e) {
    return of(e.resource(), e.line(), e.column());
  }

  private static TestSource of(String resource, int line, int column) {
    FilePosition position = line <= 0 ? null : column > 0 ? FilePosition.from(line, column) : FilePosition.from(line);
    if (resource.startsWith(CLASSPATH)) {
      String name = resource.substring(CLASSPATH.length());
      return ClasspathResourceSource.from(name.startsWith("/") ? name.substring(1) : name, position);
    }
    return FileSource.from(new File(resource), position);
  }
}
