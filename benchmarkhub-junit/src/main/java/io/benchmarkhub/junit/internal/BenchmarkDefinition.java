package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderFactory;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.annotation.Benchmark;
import io.benchmarkhub.api.annotation.Gate;
import io.benchmarkhub.api.annotation.Judge;
import io.benchmarkhub.api.annotation.Model;
import io.benchmarkhub.api.annotation.Models;
import io.benchmarkhub.api.annotation.Prompt;
import io.benchmarkhub.api.annotation.Repeat;
import io.benchmarkhub.api.annotation.Subject;
import io.benchmarkhub.runner.GateCheck;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * A benchmark class as discovery reads it: its annotations checked, its prompt or subject method and
 * its judge methods found, its dataset streamed once for case ids and lines. Reading one is cheap and has no side
 * effects: no network, no key values, no user code runs.
 */
public final class BenchmarkDefinition {
  private final Class<?> type;
  private final String name;
  private final String version;
  private final String datasetLocation;
  private final Dataset dataset;
  private final List<ModelRef> models;
  private final List<CaseRef> cases;
  private final int repeat;
  private final List<GateCheck> gates;
  private final Set<String> knownFailing;
  /** The {@code @Prompt} or the {@code @Subject} method. */
  private final Method evaluated;
  private final List<Method> judges;

  private BenchmarkDefinition(Class<?> type, String name, String version, String datasetLocation, Dataset dataset,
      List<ModelRef> models, List<CaseRef> cases, int repeat, List<GateCheck> gates, Set<String> knownFailing,
      Method evaluated, List<Method> judges) {
    this.type = type;
    this.name = name;
    this.version = version;
    this.datasetLocation = datasetLocation;
    this.dataset = dataset;
    this.models = List.copyOf(models);
    this.cases = List.copyOf(cases);
    this.repeat = repeat;
    this.gates = List.copyOf(gates);
    this.knownFailing = Set.copyOf(knownFailing);
    this.evaluated = evaluated;
    this.judges = List.copyOf(judges);
  }

  /** {@return whether a class is a benchmark the engine runs: annotated, concrete, not an annotation} */
  public static boolean isBenchmarkClass(Class<?> c) {
    try {
      return AnnotationSupport.isAnnotated(c, Benchmark.class) && !c.isAnnotation() && !c.isInterface()
          && !Modifier.isAbstract(c.getModifiers()) && !c.isAnonymousClass() && !c.isLocalClass();
    } catch (LinkageError e) {
      return false;
    }
  }

  /**
   * Reads and checks a benchmark class.
   *
   * @throws DefinitionException naming the class, the element and what to do
   */
  static BenchmarkDefinition read(Class<?> type, EngineConfig config) throws DefinitionException {
    String where = type.getName();
    ClassSource classSource = ClassSource.from(type);
    Benchmark benchmark = AnnotationSupport.findAnnotation(type, Benchmark.class).orElseThrow();
    String name = benchmark.name().isBlank() ? type.getSimpleName() : benchmark.name().strip();
    if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      throw problem(where + " is an inner class: make it static (or top-level) so the engine can create it.", classSource);
    }
    try {
      type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw problem(where + " has no constructor without parameters: add one so the engine can create it.", classSource);
    }
    Method evaluated = evaluatedMethod(type, where);
    List<Method> judges = judgeMethods(type, where);
    List<ModelRef> models = models(type, config, where, classSource);
    int repeat = AnnotationSupport.findAnnotation(type, Repeat.class).map(Repeat::value).orElse(1);
    if (repeat < 1) {
      throw problem(where + ": @Repeat(" + repeat + ") must be at least 1.", classSource);
    }
    Optional<Gate> gate = AnnotationSupport.findAnnotation(type, Gate.class);
    List<GateCheck> gates = gate.isPresent() ? gates(gate.get(), where, classSource) : List.of();
    Set<String> knownFailing = new LinkedHashSet<>();
    if (gate.isPresent()) {
      Set<String> ids = new HashSet<>();
      models.forEach(m -> ids.add(m.id()));
      for (String m : gate.get().knownFailing()) {
        if (!ids.contains(m)) {
          throw problem(where + ": @Gate(knownFailing = \"" + m + "\") names a model the benchmark does not run; "
              + "it runs " + ids + ".", classSource);
        }
        knownFailing.add(m);
      }
    }
    String location = AnnotationSupport.findAnnotation(type, io.benchmarkhub.api.annotation.Dataset.class)
        .map(d -> d.value().strip())
        .orElseThrow(() -> problem(where + " has no @Dataset: add @Dataset(\"classpath:cases.jsonl\") or a file path.",
            classSource));
    Dataset dataset;
    try {
      dataset = Dataset.from(location);
    } catch (DatasetException e) {
      throw problem(where + ": @Dataset(\"" + location + "\"): " + e.getMessage(), Sources.of(e), e);
    } catch (BenchmarkException e) {
      throw problem(where + ": @Dataset(\"" + location + "\"): " + e.getMessage(), classSource, e);
    }
    List<CaseRef> cases = cases(dataset, config, where, location, classSource);
    return new BenchmarkDefinition(type, name, benchmark.version(), location, dataset, models, cases, repeat, gates,
        knownFailing, evaluated, judges);
  }

  /** {@return the {@code @Prompt} or {@code @Subject} method}, checking there is exactly one of them */
  private static Method evaluatedMethod(Class<?> type, String where) throws DefinitionException {
    List<Method> prompts = AnnotationSupport.findAnnotatedMethods(type, Prompt.class, HierarchyTraversalMode.TOP_DOWN);
    List<Method> subjects = AnnotationSupport.findAnnotatedMethods(type, Subject.class, HierarchyTraversalMode.TOP_DOWN);
    if (!prompts.isEmpty() && !subjects.isEmpty()) {
      throw problem(where + " has both @Prompt " + names(prompts) + " and @Subject " + names(subjects) + "; a "
          + "benchmark evaluates either a prompt or your own code: remove one, or make two benchmarks.",
          MethodSource.from(subjects.get(0)));
    }
    if (!subjects.isEmpty()) {
      return subjectMethod(subjects, where);
    }
    if (prompts.isEmpty()) {
      throw problem(where + " has no @Prompt or @Subject method: add `@Prompt String prompt(TestCase c)` returning "
          + "what each model is asked, or `@Subject String answer(TestCase c, ModelHandle model)` calling your own "
          + "code.", ClassSource.from(type));
    }
    if (prompts.size() > 1) {
      throw problem(where + " has " + prompts.size() + " @Prompt methods (" + names(prompts) + "); a benchmark has "
          + "exactly one: remove the others or turn them into separate benchmarks.", MethodSource.from(prompts.get(1)));
    }
    Method m = prompts.get(0);
    Class<?> r = m.getReturnType();
    if (m.getParameterCount() != 1 || m.getParameterTypes()[0] != TestCase.class
        || !(r == String.class || List.class.isAssignableFrom(r))) {
      throw problem(where + "." + m.getName() + ": a @Prompt method takes one TestCase and returns a String or a "
          + "List<Message>, e.g. `@Prompt String prompt(TestCase c)`.", MethodSource.from(m));
    }
    return m;
  }

  private static Method subjectMethod(List<Method> subjects, String where) throws DefinitionException {
    if (subjects.size() > 1) {
      throw problem(where + " has " + subjects.size() + " @Subject methods (" + names(subjects) + "); a benchmark "
          + "has exactly one: remove the others or turn them into separate benchmarks.",
          MethodSource.from(subjects.get(1)));
    }
    Method m = subjects.get(0);
    Class<?>[] p = m.getParameterTypes();
    if (p.length != 2 || p[0] != TestCase.class || p[1] != ModelHandle.class || m.getReturnType() != String.class) {
      throw problem(where + "." + m.getName() + ": a @Subject method takes a TestCase and a ModelHandle and returns "
          + "the answer as a String, e.g. `@Subject String answer(TestCase c, ModelHandle model)`.",
          MethodSource.from(m));
    }
    return m;
  }

  private static List<Method> judgeMethods(Class<?> type, String where) throws DefinitionException {
    List<Method> judges = AnnotationSupport.findAnnotatedMethods(type, Judge.class, HierarchyTraversalMode.TOP_DOWN);
    if (judges.isEmpty()) {
      throw problem(where + " has no @Judge method: add one returning a judge, e.g. "
          + "`@Judge ExactMatchJudge answer() { return Judges.exactMatch(); }`. BenchmarkHub never picks a judge for you.",
          ClassSource.from(type));
    }
    for (Method m : judges) {
      if (m.getParameterCount() != 0 || !io.benchmarkhub.api.Judge.class.isAssignableFrom(m.getReturnType())) {
        throw problem(where + "." + m.getName() + ": a @Judge method takes no parameters and returns an "
            + "io.benchmarkhub.api.Judge (for example Judges.exactMatch()).", MethodSource.from(m));
      }
    }
    return judges;
  }

  private static List<ModelRef> models(Class<?> type, EngineConfig config, String where, TestSource source)
      throws DefinitionException {
    Map<String, ModelRef> declared = new LinkedHashMap<>();
    for (String ref : AnnotationSupport.findAnnotation(type, Models.class).map(m -> List.of(m.value())).orElse(List.of())) {
      put(declared, parse(ref, "@Models", where, source), "@Models", where, source);
    }
    for (Model m : AnnotationSupport.findRepeatableAnnotations(type, Model.class)) {
      put(declared, withParams(parse(m.value(), "@Model", where, source), m, where, source), "@Model", where, source);
    }
    List<String> overridden = config.list(EngineConfig.PREFIX + "models");
    List<ModelRef> models = new ArrayList<>();
    if (overridden.isEmpty()) {
      models.addAll(declared.values());
    } else {
      Map<String, ModelRef> chosen = new LinkedHashMap<>();
      for (String ref : overridden) {
        Optional<ModelRef> known = declared.values().stream()
            .filter(d -> d.id().equals(ref) || (d.provider() + ":" + d.model()).equals(ref)).findFirst();
        put(chosen, known.isPresent() ? known.get() : parse(ref, "benchmarkhub.models", where, source),
            "benchmarkhub.models", where, source);
      }
      models.addAll(chosen.values());
    }
    if (models.isEmpty()) {
      throw problem(where + " has no model: add @Models({\"openai:gpt-4o-mini\"}) or @Model(...), "
          + "or set benchmarkhub.models.", source);
    }
    Set<String> known = new TreeSet<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (ProviderFactory f : ServiceLoader.load(ProviderFactory.class, loader)) {
      known.add(f.id());
    }
    for (ModelRef m : models) {
      if (!known.contains(m.provider())) {
        throw problem(where + ": model '" + m.provider() + ":" + m.model() + "' names unknown provider '" + m.provider()
            + "'. Known providers: " + String.join(", ", known) + ".", source);
      }
    }
    return models;
  }

  private static ModelRef parse(String ref, String origin, String where, TestSource source) throws DefinitionException {
    try {
      return ModelRef.parse(ref);
    } catch (BenchmarkException e) {
      throw problem(where + ": " + origin + ": " + e.getMessage(), source, e);
    }
  }

  private static void put(Map<String, ModelRef> models, ModelRef m, String origin, String where, TestSource source)
      throws DefinitionException {
    if (models.putIfAbsent(m.id(), m) != null) {
      throw problem(where + ": " + origin + " lists '" + m.id() + "' twice: remove one, or give one a label.", source);
    }
  }

  private static ModelRef withParams(ModelRef ref, Model m, String where, TestSource source) throws DefinitionException {
    ModelParams p = ModelParams.defaults();
    try {
      if (m.temperature() >= 0) {
        p = p.withTemperature(m.temperature());
      }
      if (m.topP() > 0) {
        p = p.withTopP(m.topP());
      }
      if (m.maxTokens() > 0) {
        p = p.withMaxTokens(m.maxTokens());
      }
      if (m.seed() != Long.MIN_VALUE) {
        p = p.withSeed(m.seed());
      }
      if (!m.systemPrompt().isEmpty()) {
        p = p.withSystemPrompt(m.systemPrompt());
      }
    } catch (IllegalArgumentException e) {
      throw problem(where + ": @Model(\"" + m.value() + "\"): " + e.getMessage() + ".", source, e);
    }
    ModelRef out = ref.withParams(p);
    return m.label().isBlank() ? out : out.withLabel(m.label().strip());
  }

  private static List<GateCheck> gates(Gate g, String where, TestSource source) throws DefinitionException {
    List<GateCheck> rules = new ArrayList<>();
    if (g.passRate() >= 0) {
      rules.add(new GateCheck(GateCheck.Kind.PASS_RATE, fraction(g.passRate(), "passRate", where, source), g.pointEstimate()));
    }
    if (g.meanScore() >= 0) {
      rules.add(new GateCheck(GateCheck.Kind.MEAN_SCORE, fraction(g.meanScore(), "meanScore", where, source),
          g.pointEstimate()));
    }
    if (g.maxCost() >= 0) {
      rules.add(new GateCheck(GateCheck.Kind.MAX_COST, g.maxCost(), false));
    }
    if (g.maxP95LatencyMs() > 0) {
      rules.add(new GateCheck(GateCheck.Kind.P95_LATENCY, g.maxP95LatencyMs(), false));
    }
    if (rules.isEmpty()) {
      throw problem(where + ": @Gate sets no threshold: set passRate, meanScore, maxCost or maxP95LatencyMs.", source);
    }
    return rules;
  }

  private static double fraction(double v, String element, String where, TestSource source) throws DefinitionException {
    if (v > 1 || Double.isNaN(v)) {
      throw problem(where + ": @Gate(" + element + " = " + v + ") is out of range: use a fraction within [0, 1], "
          + "e.g. 0.85 for 85%.", source);
    }
    return v;
  }

  private static List<CaseRef> cases(Dataset dataset, EngineConfig config, String where, String location,
      TestSource classSource) throws DefinitionException {
    Set<String> tags = new HashSet<>(config.list(EngineConfig.PREFIX + "tags"));
    Set<String> ids = new LinkedHashSet<>(config.list(EngineConfig.PREFIX + "cases"));
    int limit;
    try {
      limit = config.positiveInt(EngineConfig.PREFIX + "limit").orElse(Integer.MAX_VALUE);
    } catch (BenchmarkException e) {
      throw problem(where + ": " + e.getMessage(), classSource, e);
    }
    List<CaseRef> out = new ArrayList<>();
    try (Stream<TestCase> stream = dataset.cases()) {
      for (Iterator<TestCase> it = stream.iterator(); it.hasNext() && out.size() < limit; ) {
        TestCase c = it.next();
        if ((tags.isEmpty() || c.tags().stream().anyMatch(tags::contains)) && (ids.isEmpty() || ids.contains(c.id()))) {
          out.add(new CaseRef(c.id(), c.source().orElse(null), c.tags()));
        }
      }
    } catch (DatasetException e) {
      throw problem(where + ": @Dataset(\"" + location + "\"): " + e.getMessage(), Sources.of(e), e);
    } catch (BenchmarkException e) {
      throw problem(where + ": @Dataset(\"" + location + "\"): " + e.getMessage(), classSource, e);
    }
    if (out.isEmpty()) {
      throw problem(where + ": no case of " + location + " is selected (benchmarkhub.tags=" + tags
          + ", benchmarkhub.cases=" + ids + "): widen the selection.", classSource);
    }
    return out;
  }

  private static String names(List<Method> methods) {
    return String.join(", ", methods.stream().map(Method::getName).sorted().toList());
  }

  private static DefinitionException problem(String message, TestSource source) {
    return new DefinitionException(message, source, null);
  }

  private static DefinitionException problem(String message, TestSource source, Throwable cause) {
    return new DefinitionException(message, source, cause);
  }

  /** {@return the benchmark class} */
  public Class<?> type() {
    return type;
  }

  /** {@return the benchmark's name} */
  public String name() {
    return name;
  }

  /** {@return the benchmark's version} */
  public String version() {
    return version;
  }

  /** {@return where the dataset is} */
  public String datasetLocation() {
    return datasetLocation;
  }

  /** {@return the dataset} */
  public Dataset dataset() {
    return dataset;
  }

  /** {@return the models, in declaration order} */
  public List<ModelRef> models() {
    return models;
  }

  /** {@return the model with this id, when the benchmark runs it} */
  public Optional<ModelRef> model(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** {@return the selected cases, in dataset order} */
  public List<CaseRef> cases() {
    return cases;
  }

  /** {@return the case with this id, when selected} */
  public Optional<CaseRef> testCase(String id) {
    return cases.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** {@return how many times each case runs on each model} */
  public int repeat() {
    return repeat;
  }

  /** {@return the gate thresholds} */
  public List<GateCheck> gates() {
    return gates;
  }

  /** {@return the gate of this kind, when set} */
  public Optional<GateCheck> gate(GateCheck.Kind kind) {
    return gates.stream().filter(g -> g.kind() == kind).findFirst();
  }

  /** {@return whether a model is known to fail the gates} */
  public boolean knownFailing(String modelId) {
    return knownFailing.contains(modelId);
  }

  /** {@return the {@code @Prompt} method, or null when the benchmark has a {@code @Subject}} */
  public Method prompt() {
    return subject() == null ? evaluated : null;
  }

  /** {@return the {@code @Subject} method, or null when the benchmark has a {@code @Prompt}} */
  public Method subject() {
    return AnnotationSupport.isAnnotated(evaluated, Subject.class) ? evaluated : null;
  }

  /** {@return the judge methods} */
  public List<Method> judges() {
    return judges;
  }
}
