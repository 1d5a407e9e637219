package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.junit.BenchmarkTrialError;
import io.benchmarkhub.runner.GateCheck;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One gate threshold on one model: passes when the model's summary meets it, fails the build when
 * not, and is skipped with its numbers for a model declared {@code knownFailing} (which fails once
 * the gate starts to pass, so the declaration cannot go stale).
 */
public final class GateDescriptor extends TestNode {
  private final GateCheck rule;
  private final String modelId;
  private final boolean knownFailing;

  GateDescriptor(UniqueId id, GateCheck rule, String modelId, boolean knownFailing) {
    super(id, "gate " + rule.describe() + " [" + modelId + "]", null);
    this.rule = rule;
    this.modelId = modelId;
    this.knownFailing = knownFailing;
  }

  @Override
  public Set<TestTag> getTags() {
    return Set.of(TestTag.create("gate"));
  }

  @Override
  public BenchmarkEngineContext execute(BenchmarkEngineContext context, DynamicTestExecutor executor) throws Exception {
    ModelSummary summary = Benchmarks.of(this).run().summary(modelId);
    if (summary.trials() > 0 && summary.skipped() == summary.trials()) {
      String why = "gate " + rule.describe() + " not checked: no trial of " + modelId + " was run (see its cases)";
      if (context.config().failOnMissingKey()) {
        throw new BenchmarkTrialError(why + " (benchmarkhub.missing-key=fail)");
      }
      throw new TestAbortedException(why);
    }
    String violation = rule.violation(summary).orElse(null);
    if (violation == null && knownFailing) {
      throw new AssertionFailedError("gate " + rule.describe() + " now passes for " + modelId
          + ", which @Gate(knownFailing) declares failing: remove it from knownFailing.");
    }
    if (violation != null && knownFailing) {
      throw new TestAbortedException("known failing (declared in @Gate(knownFailing)): " + violation);
    }
    if (violation != null) {
      throw new AssertionFailedError("gate " + rule.describe() + " failed: " + violation);
    }
    return context;
  }
}
