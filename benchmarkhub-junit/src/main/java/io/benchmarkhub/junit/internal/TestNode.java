package io.benchmarkhub.junit.internal;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A test of a benchmark (a case, a repeat, a gate, a definition error): its report name is its
 * display name, which names the model, so Surefire's XML and its re-run logic tell tests apart.
 */
abstract class TestNode extends AbstractTestDescriptor implements Node<BenchmarkEngineContext> {

  TestNode(UniqueId id, String displayName, TestSource source) {
    super(id, displayName, source);
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public String getLegacyReportingName() {
    return getDisplayName();
  }
}
