package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.TrialResult;
import org.junit.platform.engine.UniqueId;

/** One repeat of a case on a model, when the benchmark repeats its cases. */
public final class RepeatDescriptor extends TestNode {
  private final String caseId;
  private final String modelId;
  private final int repeat;

  RepeatDescriptor(UniqueId id, CaseRef ref, String modelId, int repeat) {
    super(id, ref.id() + " #" + repeat + " [" + modelId + "]", ref.source() == null ? null : Sources.of(ref.source()));
    this.caseId = ref.id();
    this.modelId = modelId;
    this.repeat = repeat;
  }

  @Override
  public BenchmarkEngineContext execute(BenchmarkEngineContext context, DynamicTestExecutor executor) throws Exception {
    TrialResult result = Benchmarks.of(this).run().trial(modelId, caseId, repeat);
    TrialOutcomes.report(result, context.config().failOnMissingKey());
    return context;
  }
}
