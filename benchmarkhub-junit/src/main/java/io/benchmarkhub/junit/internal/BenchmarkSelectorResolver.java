package io.benchmarkhub.junit.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.annotation.Prompt;
import io.benchmarkhub.runner.GateCheck;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves class, method and unique-id selectors into the descriptor tree
 * {@code benchmark -> model -> case [-> repeat] | gate}; package and classpath-root selectors arrive
 * here as class selectors.
 *
 * <p>A class selector expands to every model, a model to its cases and gates. A unique-id selector
 * builds only its own ancestors, so re-running one case runs one trial. A class that is not a valid
 * benchmark becomes a single failing "benchmark definition" test and a WARNING discovery issue (never
 * an ERROR, which would stop every engine under Surefire); a unique id that no longer exists (the
 * dataset was edited) becomes a failing test that says so.
 */
final class BenchmarkSelectorResolver implements SelectorResolver {
  private final DiscoveryIssueReporter issues;
  private final EngineConfig config;
  private final Map<Class<?>, Object> definitions = new HashMap<>();

  BenchmarkSelectorResolver(DiscoveryIssueReporter issues, EngineConfig config) {
    this.issues = issues;
    this.config = config;
  }

  @Override
  public Resolution resolve(ClassSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    if (!BenchmarkDefinition.isBenchmarkClass(type)) {
      return unresolved();
    }
    return benchmark(type, context);
  }

  /**
   * A method of a benchmark class that is its {@code @Prompt}, its {@code @Subject} or one of its {@code @Judge}s (what an
   * IDE sends when that method is run) selects the whole benchmark; any other method is not ours.
   */
  @Override
  public Resolution resolve(MethodSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    Method method = selector.getJavaMethod();
    if (!BenchmarkDefinition.isBenchmarkClass(type) || !(AnnotationSupport.isAnnotated(method, Prompt.class)
        || AnnotationSupport.isAnnotated(method, io.benchmarkhub.api.annotation.Subject.class)
        || AnnotationSupport.isAnnotated(method, io.benchmarkhub.api.annotation.Judge.class))) {
      return unresolved();
    }
    return benchmark(type, context);
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    List<UniqueId.Segment> segments = id.getSegments();
    if (segments.size() < 2 || !segments.get(1).getType().equals(Segments.BENCHMARK)) {
      return unresolved();
    }
    UniqueId.Segment last = id.getLastSegment();
    return switch (last.getType()) {
      case Segments.BENCHMARK -> ReflectionSupport.tryToLoadClass(last.getValue()).toOptional()
          .filter(BenchmarkDefinition::isBenchmarkClass)
          .map(type -> benchmark(type, context))
          .orElse(unresolved());
      case Segments.DEFINITION, Segments.MODEL, Segments.CASE, Segments.REPEAT, Segments.GATE ->
          child(id, context);
      default -> unresolved();
    };
  }

  private Resolution benchmark(Class<?> type, Context context) {
    Optional<BenchmarkDescriptor> added = context.addToParent(parent -> Optional.of(
        newBenchmark(parent.getUniqueId().append(Segments.BENCHMARK, type.getName()), type)));
    return added.map(d -> Resolution.match(Match.exact(d, () -> expand(d)))).orElse(unresolved());
  }

  private Set<? extends DiscoverySelector> expand(BenchmarkDescriptor d) {
    Set<DiscoverySelector> children = new LinkedHashSet<>();
    if (d.definition() == null) {
      children.add(selectUniqueId(d.getUniqueId().append(Segments.DEFINITION, "invalid")));
    } else {
      d.definition().models().forEach(m -> children.add(selectUniqueId(d.getUniqueId().append(Segments.MODEL, m.id()))));
    }
    return children;
  }

  private Resolution child(UniqueId id, Context context) {
    UniqueId parentId = id.removeLastSegment();
    Optional<TestDescriptor> added = context.addToParent(() -> selectUniqueId(parentId), parent -> create(parent, id));
    return added.map(d -> Resolution.match(Match.exact(d, () -> expandChild(d)))).orElse(unresolved());
  }

  private Set<? extends DiscoverySelector> expandChild(TestDescriptor d) {
    Set<DiscoverySelector> children = new LinkedHashSet<>();
    if (d instanceof ModelDescriptor model) {
      BenchmarkDefinition def = Benchmarks.of(model).definition();
      def.cases().forEach(c -> children.add(selectUniqueId(d.getUniqueId().append(Segments.CASE, c.id()))));
      def.gates().forEach(g -> children.add(selectUniqueId(d.getUniqueId().append(Segments.GATE, g.kind().segment()))));
    } else if (d instanceof CaseDescriptor && d.getType() == TestDescriptor.Type.CONTAINER) {
      int repeat = Benchmarks.of(d).definition().repeat();
      for (int r = 1; r <= repeat; r++) {
        children.add(selectUniqueId(d.getUniqueId().append(Segments.REPEAT, Integer.toString(r))));
      }
    }
    return children;
  }

  /** Creates the descriptor a unique id names under its parent, or a failing one saying it no longer exists. */
  private Optional<TestDescriptor> create(TestDescriptor parent, UniqueId id) {
    if (parent instanceof DefinitionErrorDescriptor) {
      // Below a model that no longer exists: that failing test already says so.
      return Optional.of(parent);
    }
    UniqueId.Segment last = id.getLastSegment();
    String value = last.getValue();
    BenchmarkDescriptor benchmark;
    try {
      benchmark = Benchmarks.of(parent);
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
    BenchmarkDefinition def = benchmark.definition();
    if (def == null) {
      UniqueId errorId = benchmark.getUniqueId().append(Segments.DEFINITION, "invalid");
      DefinitionException p = benchmark.problem();
      return Optional.of(new DefinitionErrorDescriptor(errorId, "benchmark definition", p.source(), p.getMessage(),
          p.getCause()));
    }
    String where = def.type().getName();
    switch (last.getType()) {
      case Segments.MODEL -> {
        Optional<ModelRef> model = def.model(value);
        return Optional.of(model.<TestDescriptor>map(m -> new ModelDescriptor(id, m.id(), m.provider()))
            .orElseGet(() -> stale(id, "model " + value, where + " no longer runs model '" + value + "'; it runs "
                + def.models().stream().map(ModelRef::id).toList() + ". Re-run the whole class.")));
      }
      case Segments.CASE -> {
        if (!(parent instanceof ModelDescriptor model)) {
          return Optional.empty();
        }
        return Optional.of(def.testCase(value).<TestDescriptor>map(c -> new CaseDescriptor(id, c, model.modelId(),
                def.repeat() > 1))
            .orElseGet(() -> stale(id, value + " [" + model.modelId() + "]", "case " + value + " is no longer in "
                + def.datasetLocation() + " (or is not selected): re-run the whole class.")));
      }
      case Segments.REPEAT -> {
        if (parent instanceof CaseDescriptor c && c.getType() == TestDescriptor.Type.TEST) {
          // The benchmark no longer repeats its cases: run the case itself.
          return Optional.of(parent);
        }
        if (!(parent instanceof CaseDescriptor c)) {
          return Optional.empty();
        }
        int n = parseRepeat(value);
        String modelId = ((ModelDescriptor) c.getParent().orElseThrow()).modelId();
        CaseRef ref = def.testCase(c.caseId()).orElseThrow();
        return Optional.of(n >= 1 && n <= def.repeat() ? new RepeatDescriptor(id, ref, modelId, n)
            : stale(id, c.caseId() + " #" + value + " [" + modelId + "]", where + " repeats each case "
                + def.repeat() + " times; there is no repeat " + value + ": re-run the whole class."));
      }
      case Segments.GATE -> {
        if (!(parent instanceof ModelDescriptor model)) {
          return Optional.empty();
        }
        Optional<GateCheck> rule = GateCheck.Kind.ofSegment(value).flatMap(def::gate);
        return Optional.of(rule.<TestDescriptor>map(g -> new GateDescriptor(id, g, model.modelId(),
                def.knownFailing(model.modelId())))
            .orElseGet(() -> stale(id, "gate " + value + " [" + model.modelId() + "]", where + " has no gate '"
                + value + "' any more: re-run the whole class.")));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static int parseRepeat(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static TestDescriptor stale(UniqueId id, String displayName, String message) {
    return new DefinitionErrorDescriptor(id, displayName, null, message, null);
  }

  private BenchmarkDescriptor newBenchmark(UniqueId id, Class<?> type) {
    Object known = definitions.computeIfAbsent(type, this::read);
    if (known instanceof DefinitionException problem) {
      return new BenchmarkDescriptor(id, type, null, problem);
    }
    return new BenchmarkDescriptor(id, type, (BenchmarkDefinition) known, null);
  }

  /** Reads a class once per discovery; a problem is reported as a WARNING issue, once. */
  private Object read(Class<?> type) {
    try {
      return BenchmarkDefinition.read(type, config);
    } catch (DefinitionException e) {
      issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, e.getMessage())
          .source(e.source() != null ? e.source() : ClassSource.from(type))
          .cause(Optional.ofNullable(e.getCause())));
      return e;
    } catch (RuntimeException | LinkageError e) {
      DefinitionException wrapped = new DefinitionException(type.getName() + " cannot be read as a benchmark: " + e,
          ClassSource.from(type), e);
      issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, wrapped.getMessage())
          .source(ClassSource.from(type)).cause(e));
      return wrapped;
    }
  }
}
