package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.Counterfactuals;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.generate.CaseJsonlWriter;
import io.benchmarkhub.author.generate.GenerationReport;
import io.benchmarkhub.author.generate.GenerationResult;
import io.benchmarkhub.author.generate.LlmCaseGenerator;
import io.benchmarkhub.author.generate.TemplateSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub generate}: writes test cases as JSONL, either by expanding a template spec
 * ({@code --template spec.yaml}, no model) or with a generator model ({@code --domain ... --model
 * provider:model}), stratified across concept x difficulty, with edge cases, checks and near-duplicate
 * removal (see {@link LlmCaseGenerator}), or the counterfactual twins of a dataset's cases
 * ({@code --counterfactuals-of}, see {@link Counterfactuals}). Keys come from the environment as for every run. Exit codes:
 * 0 done, 1 a run problem (missing key, bad spec or dataset line, unwritable file), 2 bad usage, 3 with
 * {@code --fail-on-shortfall} when fewer cases were accepted than asked for.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    sortOptions = false,
    description = {"Writes test cases as JSONL: from a template spec (--template, no model), or with a generator "
        + "model (--domain and --model), stratified across concept x difficulty, with edge cases derived from the "
        + "accepted ones, each case checked and near duplicates removed.",
        "",
        "  benchmarkhub generate --template capitals.yaml --out cases.jsonl",
        "  benchmarkhub generate --counterfactuals-of cases.jsonl --append-to cases.jsonl",
        "  benchmarkhub generate --domain \"refund questions to a home-goods shop\" --task-type qa \\",
        "      --concepts refunds,warranty --difficulties easy,medium,hard --count 300 \\",
        "      --model openai:gpt-4o-mini --out cases.jsonl --report generation.json",
        "",
        "A template spec (YAML or JSON) has template: {input, expected, difficulty, tags, metadata} with "
            + "{{variable}} placeholders, values: {name: [..]} combined by combine: cross (default) or zip, and "
            + "csv: file.csv whose header names variables and whose rows are zipped; idPrefix: p numbers the "
            + "cases p-0001, ...",
        "Model runs go through the runner: response cache, retries, concurrency, budget, record/replay and run "
            + "logs apply; set runner settings with -s key=value (e.g. -s openai.base-url=http://127.0.0.1:8089/v1)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a run problem: a missing API key, a bad spec, CSV or dataset line (named by file and line), a file "
            + "that cannot be written",
        "2:bad usage: an unknown option, a missing or conflicting option",
        "3:with --fail-on-shortfall: fewer cases accepted than asked for"})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  BenchmarkHubCli cli;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nWhere the cases go (one of):%n")
  Destination destination;

  static final class Destination {
    @Option(names = "--out", paramLabel = "FILE.jsonl", required = true,
        description = "Write the cases to this JSONL file, replacing it.")
    Path out;

    @Option(names = "--append-to", paramLabel = "FILE.jsonl", required = true,
        description = "Append the cases to this JSONL dataset (created when missing); new cases near-duplicating "
            + "its cases are rejected and its ids are not reused.")
    Path appendTo;
  }

  @Option(names = "--template", paramLabel = "SPEC", description = "Expand this template spec (YAML or JSON); no model.")
  Path template;

  @Option(names = "--counterfactuals-of", paramLabel = "DATASET",
      description = "Write the counterfactual twins of this dataset's cases: each case that mentions a gendered term or "
          + "name, with those swapped (he/she, Mr/Ms, James/Mary, ...), id <id>~cf and metadata counterfactualOf; "
          + "no model. Append them to the dataset (--append-to) and give validate reference runs to measure "
          + "whether verdicts flip.")
  Path counterfactualsOf;

  @Option(names = "--domain", paramLabel = "TEXT", description = "What the cases are about (model generation).")
  String domain;

  @Option(names = "--model", paramLabel = "PROVIDER:MODEL",
      description = "The generator model, e.g. openai:gpt-4o-mini. Required with --domain: there is no default.")
  String model;

  @Option(names = "--count", paramLabel = "N", description = "How many cases, edge cases included. Required with --domain.")
  Integer count;

  @Option(names = "--task-type", paramLabel = "TYPE", defaultValue = "question-answering",
      description = "classification, multiple-choice, question-answering (qa), extraction or generation. "
          + "Default: ${DEFAULT-VALUE}.")
  String taskType;

  @Option(names = "--concepts", paramLabel = "A,B", split = ",", description = "The concepts to cover.")
  List<String> concepts = List.of();

  @Option(names = "--difficulties", paramLabel = "EASY,HARD", split = ",",
      description = "The difficulty levels, easiest first.")
  List<String> difficulties = List.of();

  @Option(names = "--labels", paramLabel = "A,B", split = ",",
      description = "The allowed labels of a classification task.")
  List<String> labels = List.of();

  @Option(names = "--per-request", paramLabel = "N", defaultValue = "10",
      description = "Cases asked for in one request. Default: ${DEFAULT-VALUE}.")
  int perRequest;

  @Option(names = "--edge-share", paramLabel = "X", defaultValue = "0.2",
      description = "Share of edge cases in the count, in [0, 1). Default: ${DEFAULT-VALUE}.")
  double edgeShare;

  @Option(names = "--dedupe-threshold", paramLabel = "J", defaultValue = "0.8",
      description = "Jaccard similarity (word 3-shingles of the input) from which a case is a near duplicate. "
          + "Default: ${DEFAULT-VALUE}.")
  double dedupeThreshold;

  @Option(names = "--top-ups", paramLabel = "N", defaultValue = "2",
      description = "How many times a cell short of cases is asked again. Default: ${DEFAULT-VALUE}.")
  int topUps;

  @Option(names = "--name", paramLabel = "NAME",
      description = "Names the cases (NAME-0001, ...) and the runs (generate-NAME-round<n>). Default: the output "
          + "file's name without extension.")
  String name;

  @Option(names = "--prompt-version", paramLabel = "V",
      description = "Recorded on each case. Default: the built-in prompt's version.")
  String promptVersion;

  @Option(names = "--temperature", paramLabel = "T", defaultValue = "1.0",
      description = "Sampling temperature. Default: ${DEFAULT-VALUE}.")
  double temperature;

  @Option(names = "--seed", paramLabel = "N", description = "Sampling seed sent to the provider.")
  Long seed;

  @Option(names = "--concurrency", paramLabel = "N", description = "Requests at once. Default: the runner's (8).")
  Integer concurrency;

  @Option(names = "--max-cost", paramLabel = "USD", description = "Stop spending at this many US dollars.")
  Double maxCost;

  @Option(names = "--no-json-mode", description = "Do not ask for the provider's JSON mode (for servers that reject it).")
  boolean noJsonMode;

  @Option(names = {"-s", "--setting"}, paramLabel = "KEY=VALUE",
      description = "A runner setting, e.g. run-dir=target/benchmarkhub, cache=false, mode=replay.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the generation report as JSON.")
  Path report;

  @Option(names = "--fail-on-shortfall", description = "Exit with 3 when fewer cases were accepted than asked for.")
  boolean failOnShortfall;

  @Option(names = "--quiet", description = "No progress and no run summaries of the generation runs.")
  boolean quiet;

  @Override
  public Integer call() {
    int modes = (template != null ? 1 : 0) + (domain != null ? 1 : 0) + (counterfactualsOf != null ? 1 : 0);
    if (modes != 1) {
      throw new ParameterException(spec.commandLine(), "give one of --template SPEC, --domain TEXT (with --model "
          + "and --count) or --counterfactuals-of DATASET, not " + (modes == 0 ? "none" : "several"));
    }
    Path file = destination.out != null ? destination.out : destination.appendTo;
    List<TestCase> existing = destination.appendTo != null && Files.isRegularFile(destination.appendTo)
        ? Dataset.jsonl(destination.appendTo).toList() : List.of();
    PrintWriter o = spec.commandLine().getOut();
    List<TestCase> cases;
    int requested;
    if (counterfactualsOf != null) {
      Set<String> present = new HashSet<>();
      existing.forEach(c -> present.add(c.id()));
      List<TestCase> twins = Counterfactuals.of(Dataset.from(counterfactualsOf.toString()).toList());
      cases = twins.stream().filter(t -> !present.contains(t.id())).toList();
      requested = cases.size();
      if (cases.size() < twins.size()) {
        o.println((twins.size() - cases.size()) + " twins are already in " + file + ", left out");
      }
    } else if (template != null) {
      cases = TemplateSpec.expand(template);
      requested = cases.size();
      checkIdsFree(cases, existing, file);
    } else {
      GenerationResult r = llm(existing, file).generate();
      GenerationReport rep = r.report();
      o.print(rep.toText());
      if (report != null) {
        rep.writeJson(report);
        o.println("report: " + report);
      }
      cases = r.cases();
      requested = rep.requested();
    }
    if (destination.out != null) {
      CaseJsonlWriter.write(cases, file);
    } else {
      CaseJsonlWriter.append(cases, file);
    }
    o.println((destination.out != null ? "wrote " : "appended ") + cases.size() + " cases to " + file);
    o.flush();
    return failOnShortfall && cases.size() < requested ? BenchmarkHubCli.CHECK_FAILED : BenchmarkHubCli.OK;
  }

  private LlmCaseGenerator llm(List<TestCase> existing, Path file) {
    if (model == null || count == null) {
      throw new ParameterException(spec.commandLine(), "--domain needs " + (model == null
          ? "--model PROVIDER:MODEL (the generator; there is no default)" : "--count N"));
    }
    LlmCaseGenerator.Builder b;
    try {
      b = LlmCaseGenerator.builder().domain(domain).model(model).count(count)
          .design(new BenchmarkDesign(TaskType.parse(taskType), concepts, difficulties, labels))
          .perRequest(perRequest).edgeShare(edgeShare).dedupeThreshold(dedupeThreshold).topUps(topUps)
          .temperature(temperature).jsonMode(!noJsonMode).existing(existing).name(name != null ? name : stem(file))
          .promptVersion(promptVersion).secrets(cli.secrets());
      if (seed != null) {
        b.seed(seed);
      }
      if (concurrency != null) {
        b.concurrency(concurrency);
      }
      if (maxCost != null) {
        b.maxCost(maxCost);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    settings.forEach(b::setting);
    if (quiet) {
      b.quiet();
    }
    return b.build();
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.indexOf('.');
    String stem = (dot > 0 ? n.substring(0, dot) : n).replaceAll("[^A-Za-z0-9._-]", "-");
    return stem.isEmpty() || !Character.isLetterOrDigit(stem.charAt(0)) ? "cases" : stem;
  }

  private static void checkIdsFree(List<TestCase> cases, List<TestCase> existing, Path file) {
    Set<String> used = new HashSet<>();
    existing.forEach(c -> used.add(c.id()));
    for (TestCase c : cases) {
      if (used.contains(c.id())) {
        throw new BenchmarkException(file + " already has a case with id '" + c.id() + "': set another idPrefix "
            + "in the template spec");
      }
    }
  }
}
