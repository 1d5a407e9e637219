package io.benchmarkhub.junit.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One model of a benchmark: the container of its cases and gates, tagged with its provider and id. */
public final class ModelDescriptor extends AbstractTestDescriptor implements Node<BenchmarkEngineContext> {
  private final String modelId;
  private final Set<TestTag> tags = new LinkedHashSet<>();

  ModelDescriptor(UniqueId id, String modelId, String provider) {
    super(id, modelId);
    this.modelId = modelId;
    Tags.add(tags, "provider:" + provider);
    Tags.add(tags, "model:" + modelId);
  }

  String modelId() {
    return modelId;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }
}
