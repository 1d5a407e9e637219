package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.PairJudge;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A benchmark defined in a YAML or JSON file, no Java needed: its design (task type, concepts, difficulty
 * levels, labels), how to run it (dataset, prompt, models, judges) and its gates.
 *
 * <pre>{@code
 * name: support-intent
 * taskType: classification
 * dataset: support-intent.jsonl          # relative to this file, or classpath:..., or library:NAME@VERSION
 * prompt: "Classify the intent of this message: {{input}}"
 * models: [openai:gpt-4o-mini]
 * judges:
 *   - exact: { ignoreCase: true, trim: true }
 * gates: { passRate: 0.85 }
 * }</pre>
 *
 * <p>The fields are described by the JSON Schema {@value #SCHEMA_RESOURCE} in this jar. Every problem is a
 * {@link BenchmarkFileException} naming the file, line, column and field.
 */
public final class BenchmarkFile {
  /** The classpath resource of the file format's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "io/benchmarkhub/author/spec/benchmark-file.schema.json";

  private static final String[] FIELDS = {"$schema", "name", "version", "description", "taskType", "dataset",
      "concepts", "difficulties", "labels", "system", "prompt", "messages", "models", "judges", "pairwise", "gates",
      "repeat", "concurrency", "maxCost", "settings", "tools", "toolChoice"};

  private final Path file;
  private final String name;
  private final String version;
  private final String description;
  private final BenchmarkDesign design;
  private final Dataset dataset;
  private final Function<TestCase, List<Message>> prompt;
  private final List<ModelRef> models;
  private final String system;
  private final List<Judge> judges;
  private final PairJudge pairJudge;
  private final BenchmarkGates gates;
  private final int repeat;
  private final int concurrency;
  private final OptionalDouble maxCost;
  private final Map<String, String> settings;
  private final List<ToolDefinition> tools;
  private final ToolChoice toolChoice;

  private BenchmarkFile(Path file, SpecNode root) {
    this.file = file;
    Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    root.allowOnly(FIELDS);
    this.name = root.require("name", "the benchmark's name, e.g. name: support-intent").nonBlankText().strip();
    this.version = root.field("version").map(v -> v.scalarText().strip()).orElse("1.0.0");
    this.description = root.field("description").map(SpecNode::text).orElse("");
    this.design = design(root);
    SpecNode datasetField = root.require("dataset", "the cases, a .jsonl, .csv or .json file relative to this file, "
        + "classpath:<resource>, or library:NAME@VERSION");
    this.dataset = dataset(datasetField, dir);
    this.system = root.field("system").map(SpecNode::text).orElse(null);
    Optional<SpecNode> promptField = root.field("prompt");
    Optional<SpecNode> messagesField = root.field("messages");
    if (promptField.isPresent() && messagesField.isPresent()) {
      throw messagesField.get().error("give either prompt (one user message) or messages (a conversation), not both");
    }
    List<PromptTemplate> templates = new ArrayList<>();
    this.prompt = promptField.map(p -> textPrompt(p, templates))
        .or(() -> messagesField.map(m -> chatPrompt(m, templates))).orElse(TestCase::messages);
    this.models = ModelSpecs.list(root.require("models", "the models to run, e.g. [openai:gpt-4o-mini]"), system);
    this.judges = JudgeSpecs.list(root.require("judges", "how answers are graded, e.g. - exact: { trim: true }"), dir);
    this.pairJudge = root.field("pairwise").map(JudgeSpecs::pairwise).orElse(null);
    if (pairJudge != null && models.size() < 2) {
      throw root.field("pairwise").get().error("compares two models' answers, but the file has one model");
    }
    this.gates = root.field("gates").map(g -> GateSpecs.gates(g, models)).orElse(BenchmarkGates.NONE);
    this.repeat = root.field("repeat").map(r -> r.atLeast(1)).orElse(1);
    this.concurrency = root.field("concurrency").map(c -> c.atLeast(1)).orElse(0);
    this.maxCost = root.field("maxCost").map(BenchmarkFile::budget).orElse(OptionalDouble.empty());
    this.settings = settings(root.field("settings"), dir);
    this.tools = root.field("tools").map(ToolSpecs::list).orElse(List.of());
    this.toolChoice = root.field("toolChoice").map(c -> ToolSpecs.choice(c, tools)).orElse(null);
    checkFirstCase(templates);
  }

  /**
   * {@return the benchmark file at {@code path}}, checked: every field, every judge and model, the dataset's
   * presence, and the prompt's placeholders against the first case
   *
   * @throws BenchmarkFileException naming the file, line, column and field of the first problem
   * @throws DatasetException when the dataset's first case is malformed (naming the dataset's file and line)
   */
  public static BenchmarkFile load(Path path) {
    Objects.requireNonNull(path, "path");
    SpecNode root = SpecReader.read(path);
    if (!root.isObject()) {
      throw root.error("a benchmark file is an object of fields such as name, dataset, prompt, models and judges, "
          + "found " + root.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    return new BenchmarkFile(path, root);
  }

  /** {@return the file this benchmark was read from} */
  public Path file() {
    return file;
  }

  /** {@return the benchmark's name} */
  public String name() {
    return name;
  }

  /** {@return the benchmark's version; 1.0.0 when the file gives none} */
  public String version() {
    return version;
  }

  /** {@return the file's description, empty when it has none} */
  public String description() {
    return description;
  }

  /** {@return what the benchmark is meant to cover: task type, concepts, difficulty levels, labels} */
  public BenchmarkDesign design() {
    return design;
  }

  /** {@return the dataset the file names} */
  public Dataset dataset() {
    return dataset;
  }

  /** {@return the gates every model must meet} */
  public BenchmarkGates gates() {
    return gates;
  }

  /** {@return the benchmark as the file defines it} */
  public Benchmark benchmark() {
    return builder(RunOptions.NONE).build();
  }

  /**
   * {@return a builder holding the file's benchmark with {@code options} applied}, to add what a file cannot
   * say (secrets, providers, listeners) before {@link Benchmark.Builder#build()}
   *
   * @throws BenchmarkException when an option names a model that is not {@code provider:model}
   */
  public Benchmark.Builder builder(RunOptions options) {
    Benchmark.Builder b = Benchmark.builder(name).version(version)
        .dataset(options.limit() > 0 ? new FirstCases(dataset, options.limit()) : dataset)
        .chatPrompt(prompt)
        .models(options.models().isEmpty() ? models : options.models().stream().map(this::model).toList())
        .repeat(repeat);
    judges.forEach(b::judge);
    if (pairJudge != null) {
      b.pairwise(pairJudge);
    }
    if (concurrency > 0) {
      b.concurrency(concurrency);
    }
    maxCost.ifPresent(b::maxCost);
    b.tools(tools.toArray(ToolDefinition[]::new));
    if (toolChoice != null) {
      b.toolChoice(toolChoice);
    }
    settings.forEach(b::setting);
    options.settings().forEach(b::setting);
    return b;
  }

  /** {@return the file's model with this id or {@code provider:model}, else a new model with the file's system prompt} */
  private ModelRef model(String id) {
    for (ModelRef m : models) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    for (ModelRef m : models) {
      if ((m.provider() + ":" + m.model()).equals(id)) {
        return m;
      }
    }
    ModelRef ref = ModelRef.parse(id);
    return system == null ? ref : ref.withParams(ref.params().withSystemPrompt(system));
  }

  private static BenchmarkDesign design(SpecNode root) {
    SpecNode type = root.require("taskType", "classification, multiple-choice, question-answering, extraction or "
        + "generation");
    TaskType taskType;
    try {
      taskType = TaskType.parse(type.text());
    } catch (IllegalArgumentException e) {
      throw type.error(e.getMessage(), e);
    }
    return new BenchmarkDesign(taskType, texts(root, "concepts"), texts(root, "difficulties"), texts(root, "labels"));
  }

  private static List<String> texts(SpecNode root, String field) {
    return root.field(field).map(SpecNode::texts).orElse(List.of());
  }

  private static Dataset dataset(SpecNode field, Path dir) {
    String location = field.nonBlankText().strip();
    try {
      if (location.startsWith("classpath:") || location.startsWith("library:")) {
        return Dataset.from(location);
      }
      Path resolved = dir.resolve(location).normalize();
      if (!Files.isRegularFile(resolved)) {
        throw field.error("dataset file " + resolved + " not found (a path is relative to the benchmark file's "
            + "folder)");
      }
      return Dataset.from(resolved.toString());
    } catch (DatasetException e) {
      throw field.error(e.getMessage(), e);
    }
  }

  private static Function<TestCase, List<Message>> textPrompt(SpecNode field, List<PromptTemplate> templates) {
    PromptTemplate template = PromptTemplate.of(field);
    templates.add(template);
    return c -> List.of(Message.user(template.render(c)));
  }

  private static Function<TestCase, List<Message>> chatPrompt(SpecNode field, List<PromptTemplate> templates) {
    if (field.items().isEmpty()) {
      throw field.error("is empty: give the conversation, e.g. - { role: user, content: \"{{input}}\" }");
    }
    List<Message.Role> roles = new ArrayList<>();
    List<PromptTemplate> contents = new ArrayList<>();
    for (SpecNode m : field.items()) {
      m.object().allowOnly("role", "content");
      SpecNode role = m.require("role", "system, user or assistant");
      try {
        roles.add(Message.Role.parse(role.text()));
      } catch (IllegalArgumentException e) {
        throw role.error(e.getMessage(), e);
      }
      contents.add(PromptTemplate.of(m.require("content", "the message's text, with {{input}} where the case goes")));
      templates.add(contents.get(contents.size() - 1));
    }
    return c -> {
      List<Message> out = new ArrayList<>();
      for (int i = 0; i < roles.size(); i++) {
        out.add(Message.of(roles.get(i), contents.get(i).render(c)));
      }
      return out;
    };
  }

  private static OptionalDouble budget(SpecNode field) {
    double usd = field.number();
    if (!(usd > 0) || Double.isInfinite(usd)) {
      throw field.error("must be a positive number of US dollars, was " + usd);
    }
    return OptionalDouble.of(usd);
  }

  /**
   * The file's settings; a relative {@code cassette-dir} is resolved against the file's folder, so a
   * benchmark shipped with its cassettes replays wherever it is run from.
   */
  private static Map<String, String> settings(Optional<SpecNode> field, Path dir) {
    Map<String, String> out = new LinkedHashMap<>();
    field.ifPresent(s -> s.fields().forEach((k, v) -> {
      String value = v.scalarText();
      if (k.equals(CASSETTE_DIR) && !Path.of(value).isAbsolute()) {
        value = dir.resolve(value).normalize().toString();
      }
      out.put(k, value);
    }));
    return out;
  }

  private static final String CASSETTE_DIR = "cassette-dir";

  /** Renders the prompt templates for the first case, so that an unknown placeholder stops the file at once. */
  private void checkFirstCase(List<PromptTemplate> templates) {
    if (templates.isEmpty()) {
      return;
    }
    Optional<TestCase> first;
    try (Stream<TestCase> cases = dataset.cases()) {
      first = cases.findFirst();
    }
    first.ifPresent(c -> templates.forEach(t -> t.render(c)));
  }

  @Override
  public String toString() {
    return "BenchmarkFile[" + file + ": " + name + " " + version + "]";
  }
}
