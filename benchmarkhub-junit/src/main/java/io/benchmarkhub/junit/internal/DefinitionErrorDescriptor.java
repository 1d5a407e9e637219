package io.benchmarkhub.junit.internal;

import io.benchmarkhub.junit.BenchmarkDefinitionException;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * The one test of a benchmark class that is not a valid benchmark (or of a selection that no longer
 * exists): it fails with the message that says what is wrong and what to do, so the build shows it
 * while every other benchmark still runs.
 */
public final class DefinitionErrorDescriptor extends TestNode {
  private final String message;
  private final Throwable cause;

  DefinitionErrorDescriptor(UniqueId id, String displayName, TestSource source, String message, Throwable cause) {
    super(id, displayName, source);
    this.message = message;
    this.cause = cause;
  }

  @Override
  public BenchmarkEngineContext execute(BenchmarkEngineContext context, DynamicTestExecutor executor) {
    throw new BenchmarkDefinitionException(message, cause);
  }
}
