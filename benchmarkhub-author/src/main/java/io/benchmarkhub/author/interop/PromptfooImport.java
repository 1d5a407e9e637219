package io.benchmarkhub.author.interop;

import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a promptfoo config ({@code promptfooconfig.yaml}) as cases and a benchmark file.
 *
 * <ul>
 *   <li><b>Cases</b>: one per test. Its variables are the test's {@code vars} over {@code defaultTest.vars}
 *       ({@code file://} values are read as text); its input is the variable {@code input} when there is one, else
 *       the first prompt filled in with the variables; its expected answer comes from an {@code equals} assertion
 *       (see {@link JudgePlan}); {@code description} and {@code metadata} become metadata. Ids are derived from
 *       the content.
 *   <li><b>Benchmark file</b>: {@code name} from the config's {@code description} (else the folder's name), the
 *       first prompt as {@code prompt} (or {@code messages} for a JSON chat prompt), {@code providers} as
 *       {@code models} (see {@link PromptfooProviders}), the assertions as {@code judges} (see
 *       {@link PromptfooAssertions} and {@link JudgePlan}), {@code evaluateOptions.repeat} and
 *       {@code maxConcurrency} as {@code repeat} and {@code concurrency}; {@code taskType} is
 *       {@code question-answering} when the cases have expected answers, else {@code generation}.
 * </ul>
 * What cannot be carried over is a note of the result; unmapped notes (grading would differ) make
 * {@link ImportResult#requireMapped()} fail.
 */
public final class PromptfooImport {
  private static final String FILE = "file://";
  private static final Set<String> KNOWN = Set.of("description", "prompts", "providers", "tests", "defaultTest",
      "evaluateOptions", "outputPath", "sharing", "env", "writeLatestResults", "tags", "metadata", "scenarios",
      "redteam", "derivedMetrics", "nunjucksFilters", "extensions", "commandLineOptions", "$schema");

  private final Path config;
  private final Path dir;
  private final String judgeOverride;
  private final List<ImportNote> notes = new ArrayList<>();

  private PromptfooImport(Path config, String judgeModel) {
    this.config = config;
    this.dir = Optional.ofNullable(config.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    this.judgeOverride = judgeModel;
  }

  /**
   * {@return the cases and benchmark file of a promptfoo config}
   *
   * @param config the {@code promptfooconfig.yaml} (or {@code .json})
   * @param judgeModel the {@code provider:model} that grades every model-graded assertion (as promptfoo's
   *     {@code --grader}), or null to take the assertion's {@code provider}, else {@code defaultTest.options.provider}
   * @throws InteropException naming file, line and field for a malformed config or tests file
   */
  public static ImportResult read(Path config, String judgeModel) {
    Objects.requireNonNull(config, "config");
    return new PromptfooImport(config, judgeModel).read();
  }

  private ImportResult read() {
    ConfigNode root = ConfigNode.read(config);
    if (!root.isMap()) {
      throw root.error("a promptfoo config is a map with prompts, providers and tests, was " + root.kind());
    }
    root.fields().forEach((key, value) -> {
      if (key.equals("scenarios")) {
        notes.add(new ImportNote(value.location(), "scenarios are not imported: their tests are left out", true));
      } else if (!KNOWN.contains(key)) {
        notes.add(new ImportNote(value.location(), "unknown field '" + key + "' left out", false));
      }
    });
    ConfigNode promptsNode = root.field("prompts").orElseThrow(() -> root.error("the config has no prompts"));
    List<PromptfooPrompt> prompts = PromptfooPrompts.read(promptsNode, dir, notes);
    for (int i = 1; i < prompts.size(); i++) {
      notes.add(new ImportNote(prompts.get(i).node().location(), "a benchmark file has one prompt; the first was"
          + " used and this one left out (import again with it first to benchmark it)", false));
    }
    ConfigNode defaults = root.field("defaultTest").orElse(ConfigNode.of(config.toString(), "defaultTest", 0,
        Map.of()));
    String judgeDefault = grader(defaults);
    List<ConfigNode> tests = new PromptfooTests(dir).read(root.field("tests").orElseThrow(() -> root.error(
        "the config has no tests")));
    List<TestCase.Builder> builders = new ArrayList<>();
    List<JudgePlan.TestAssertions> asserted = new ArrayList<>();
    PromptfooPrompt prompt = prompts.isEmpty() ? null : prompts.get(0);
    for (ConfigNode test : tests) {
      Map<String, Object> vars = vars(defaults, test);
      builders.add(caseOf(test, vars, prompt));
      String grader = test.field("options").flatMap(o -> o.field("provider")).map(this::providerId)
          .orElse(judgeDefault);
      PromptfooAssertions mapper = new PromptfooAssertions(judgeOverride, grader);
      List<PromptfooAssertion> mapped = new ArrayList<>();
      for (ConfigNode list : List.of(defaults, test)) {
        list.field("assert").ifPresent(a -> a.items().forEach(entry -> mapped.add(mapper.map(entry, t -> render(t,
            vars, entry), notes).orElseGet(() -> PromptfooAssertion.unmapped(entry)))));
      }
      Double threshold = test.field("threshold").or(() -> defaults.field("threshold")).map(ConfigNode::number)
          .orElse(null);
      asserted.add(new JudgePlan.TestAssertions(test, mapped, threshold));
      test.field("providers").ifPresent(p -> notes.add(new ImportNote(p.location(), "a test's providers filter is"
          + " not carried over: every model runs every case", false)));
    }
    JudgePlan plan = JudgePlan.of(asserted, notes);
    List<TestCase> cases = new ArrayList<>();
    UniqueIds ids = new UniqueIds(notes);
    for (int i = 0; i < builders.size(); i++) {
      cases.add(ids.add(builders.get(i).expected(plan.expected(i)).build(), tests.get(i).location()));
    }
    return new ImportResult(config.toString(), cases, benchmark(root, prompt, plan, cases), notes);
  }

  /** {@return our id of defaultTest's grading provider}, or null */
  private String grader(ConfigNode defaults) {
    return defaults.field("options").flatMap(o -> o.field("provider")).map(this::providerId).orElse(null);
  }

  private String providerId(ConfigNode provider) {
    ConfigNode idNode = provider.isMap() ? provider.field("id").orElseThrow(() -> provider.error("a grading"
        + " provider needs an id")) : provider;
    String id = idNode.text();
    return PromptfooProviders.id(id).orElseGet(() -> {
      notes.add(new ImportNote(provider.location(), "grading provider '" + id + "' has no BenchmarkHub provider;"
          + " give --judge-model provider:model", true));
      return null;
    });
  }

  private Map<String, Object> vars(ConfigNode defaults, ConfigNode test) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (ConfigNode source : List.of(defaults, test)) {
      source.field("vars").ifPresent(v -> {
        if (!v.isMap()) {
          throw v.error("vars is a map of variable names to values, was " + v.kind());
        }
        v.fields().forEach((name, value) -> {
          if (value.isList()) {
            throw value.error("a list of values makes promptfoo run the test once per value; write one test per"
                + " value to import it");
          }
          if (!value.isNull()) {
            vars.put(name, value.isText() && value.text().startsWith(FILE) ? fileVar(value) : value.plain());
          }
        });
      });
    }
    return vars;
  }

  private String fileVar(ConfigNode value) {
    Path file = dir.resolve(value.text().substring(FILE.length())).normalize();
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw value.error("cannot read " + file + " (a path is relative to the config's folder): " + e.getMessage());
    }
  }

  private TestCase.Builder caseOf(ConfigNode test, Map<String, Object> vars, PromptfooPrompt prompt) {
    TestCase.Builder b = TestCase.builder().source(new SourceLocation(test.file(), test.line()));
    Object input = vars.get("input");
    if (input != null) {
      b.input(String.valueOf(input));
    } else if (prompt != null) {
      b.input(render(prompt, vars, test));
    } else {
      throw test.error("neither a usable prompt nor a variable 'input' gives this test an input");
    }
    vars.forEach((name, value) -> {
      if (!name.equals("input")) {
        b.variable(name, value);
      }
    });
    test.field("description").ifPresent(d -> b.metadata("description", d.text()));
    test.field("metadata").ifPresent(m -> m.fields().forEach((k, v) -> b.metadata(k, v.plain())));
    return b;
  }

  private static String render(PromptfooPrompt prompt, Map<String, Object> vars, ConfigNode test) {
    return prompt.render(name -> {
      Object v = vars.get(name);
      if (v == null) {
        throw test.error("has no variable '" + name + "', which the prompt at " + prompt.node().location()
            + " uses");
      }
      return String.valueOf(v);
    });
  }

  private static String render(String text, Map<String, Object> vars, ConfigNode entry) {
    return new PromptfooPrompt(text, null, entry).render(name -> {
      Object v = vars.get(name);
      if (v == null) {
        throw entry.error("uses {{" + name + "}}, but the test has no such variable");
      }
      return String.valueOf(v);
    });
  }

  /** {@return the benchmark file's fields}, or null (with a note) when it would lack a prompt, models or judges */
  private Map<String, Object> benchmark(ConfigNode root, PromptfooPrompt prompt, JudgePlan plan,
      List<TestCase> cases) {
    List<Object> models = new ArrayList<>();
    root.field("providers").ifPresent(p -> (p.isList() ? p.items() : List.of(p)).forEach(entry ->
        PromptfooProviders.model(entry, notes).ifPresent(models::add)));
    String missing = prompt == null ? "no prompt could be imported" : models.isEmpty()
        ? "no provider maps to a BenchmarkHub model" : plan.judges().isEmpty() ? "no assertion maps to a judge"
        : null;
    if (missing != null) {
      notes.add(new ImportNote(config.toString(), "no benchmark file: " + missing, false));
      return null;
    }
    Map<String, Object> b = new LinkedHashMap<>();
    String description = root.field("description").map(ConfigNode::text).orElse("");
    b.put("name", slug(description.isBlank() ? dir.getFileName().toString() : description));
    b.put("version", "1.0.0");
    if (!description.isBlank()) {
      b.put("description", description);
    }
    boolean expected = cases.stream().anyMatch(c -> c.expected().isPresent());
    b.put("taskType", expected ? "question-answering" : "generation");
    b.putAll(prompt.benchmarkFields());
    b.put("models", models);
    b.put("judges", plan.judges());
    root.field("evaluateOptions").ifPresent(o -> {
      o.field("repeat").ifPresent(r -> b.put("repeat", (long) r.number()));
      o.field("maxConcurrency").ifPresent(c -> b.put("concurrency", (long) c.number()));
    });
    return b;
  }

  /** {@return a benchmark name made of the text: lower case, dashes, at most 60 characters} */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    s = s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    return s.isEmpty() ? "imported" : s;
  }
}
