package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.TrialResult;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * One case on one model: a test whose outcome is the trial's (or, when the benchmark repeats, the
 * container of one test per repeat). Its source is the dataset line, so an IDE opens the case.
 */
public final class CaseDescriptor extends TestNode {
  private final String caseId;
  private final String modelId;
  private final boolean repeated;
  private final Set<TestTag> tags = new LinkedHashSet<>();

  CaseDescriptor(UniqueId id, CaseRef ref, String modelId, boolean repeated) {
    super(id, ref.id() + " [" + modelId + "]", ref.source() == null ? null : Sources.of(ref.source()));
    this.caseId = ref.id();
    this.modelId = modelId;
    this.repeated = repeated;
    ref.tags().forEach(t -> Tags.add(tags, t));
  }

  String caseId() {
    return caseId;
  }

  @Override
  public Type getType() {
    return repeated ? Type.CONTAINER : Type.TEST;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  @Override
  public BenchmarkEngineContext execute(BenchmarkEngineContext context, DynamicTestExecutor executor) throws Exception {
    if (!repeated) {
      TrialResult result = Benchmarks.of(this).run().trial(modelId, caseId, 1);
      TrialOutcomes.report(result, context.config().failOnMissingKey());
    }
    return context;
  }
}
