package io.benchmarkhub.junit.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A benchmark class: the container of its models (or of the failing "benchmark definition" test
 * when the class is not a valid benchmark). Before its children run it works out which trials the
 * remaining tree asks for and starts them; after them it waits for the run to end.
 */
public final class BenchmarkDescriptor extends AbstractTestDescriptor implements Node<BenchmarkEngineContext> {
  private final Class<?> type;
  private final BenchmarkDefinition definition;
  private final DefinitionException problem;
  private BenchmarkRun run;

  BenchmarkDescriptor(UniqueId id, Class<?> type, BenchmarkDefinition definition, DefinitionException problem) {
    super(id, definition != null ? definition.name() : type.getSimpleName(), ClassSource.from(type));
    this.type = type;
    this.definition = definition;
    this.problem = problem;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  /** {@return the class name, which Surefire and Gradle use as the report's class name} */
  @Override
  public String getLegacyReportingName() {
    return type.getName();
  }

  Class<?> type() {
    return type;
  }

  /** {@return the definition, or null when the class is not a valid benchmark} */
  BenchmarkDefinition definition() {
    return definition;
  }

  /** {@return why the class is not a valid benchmark, or null} */
  DefinitionException problem() {
    return problem;
  }

  /** {@return the run feeding this benchmark's tests; set once {@code before} has run} */
  BenchmarkRun run() {
    return run;
  }

  @Override
  public BenchmarkEngineContext before(BenchmarkEngineContext context) {
    if (definition == null) {
      return context;
    }
    Map<String, Set<String>> casesByModel = new LinkedHashMap<>();
    for (TestDescriptor child : getChildren()) {
      if (child instanceof ModelDescriptor model) {
        Set<String> ids = new LinkedHashSet<>();
        boolean gated = model.getChildren().stream().anyMatch(GateDescriptor.class::isInstance);
        if (gated) {
          definition.cases().forEach(c -> ids.add(c.id()));
        } else {
          model.getChildren().stream().filter(CaseDescriptor.class::isInstance)
              .forEach(c -> ids.add(((CaseDescriptor) c).caseId()));
        }
        if (!ids.isEmpty()) {
          casesByModel.put(model.modelId(), ids);
        }
      }
    }
    run = BenchmarkRun.start(definition, casesByModel, context.config(), context.cancellation());
    return context;
  }

  /** Waits for the run to end and publishes each model's figures as a report entry. */
  @Override
  public void after(BenchmarkEngineContext context) {
    if (run != null) {
      for (ReportEntry entry : run.awaitEnd()) {
        context.listener().reportingEntryPublished(this, entry);
      }
    }
  }
}
