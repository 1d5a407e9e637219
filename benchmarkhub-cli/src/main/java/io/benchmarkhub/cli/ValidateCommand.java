package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.author.spec.RunOptions;
import io.benchmarkhub.author.validate.Check;
import io.benchmarkhub.author.validate.CheckStatus;
import io.benchmarkhub.author.validate.JudgeAgreementCheck;
import io.benchmarkhub.author.validate.ValidationConsole;
import io.benchmarkhub.author.validate.ValidationHtml;
import io.benchmarkhub.author.validate.ValidationInput;
import io.benchmarkhub.author.validate.ValidationJson;
import io.benchmarkhub.author.validate.ValidationReport;
import io.benchmarkhub.author.validate.ValidationSettings;
import io.benchmarkhub.author.validate.Validator;
import io.benchmarkhub.judge.Calibration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub validate <benchmark-file | dataset>}: the validation report of a dataset, in the
 * console, as JSON ({@code <name>.validation.json}) and as HTML ({@code <name>.validation.html}).
 *
 * <p>Given a benchmark file, the dataset, task type, concepts, difficulty levels and labels come from
 * it; given a dataset file, from the options. Reference results are run logs of reference models
 * ({@code --reference}, repeatable), or, with a benchmark file, {@code --run-references} runs the
 * file's models first (through the runner: cache, cassettes, retries, cost) and uses that run.
 *
 * <p>Exit codes: 0 the report passed the bar; 1 a problem reading the inputs or writing the reports;
 * 2 bad usage; 3 the report did not pass the bar: a failing check ({@code --fail-on fail}, the
 * default), a warning too ({@code --fail-on warn}), or a quality score under {@code --min-score}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = {"Validates a benchmark's dataset: structure, coverage of the declared concepts and difficulty "
        + "levels, bias and leakage checks, and (with reference results) difficulty calibration, discrimination, "
        + "reliability and judge agreement. Prints the report, writes <name>.validation.json and "
        + "<name>.validation.html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the report passed the bar (--fail-on, --min-score)",
        "1:a problem: a missing or malformed benchmark file, dataset or run log (named by file and line), a report "
            + "that cannot be written, a missing API key for --run-references",
        "2:bad usage: an unknown option or a missing argument",
        "3:the report did not pass the bar: a failing check (or warning, with --fail-on warn), or a score under "
            + "--min-score"})
final class ValidateCommand implements Callable<Integer> {
  /** When the report fails the command. */
  enum FailOn { FAIL, WARN, NEVER }

  @Spec
  CommandSpec spec;

  @ParentCommand
  BenchmarkHubCli cli;

  @Parameters(index = "0", paramLabel = "<benchmark-file|dataset>",
      description = "A benchmark file (.yaml, .yml, or .json with a 'dataset' field) or a dataset (.jsonl, .csv, "
          + ".json).")
  Path source;

  @Option(names = "--task-type", paramLabel = "TYPE",
      description = "For a dataset: classification, multiple-choice, question-answering, extraction or generation "
          + "(default: question-answering). Overrides a benchmark file's.")
  String taskType;

  @Option(names = "--concepts", split = ",", paramLabel = "C", description = "Declared concepts (overrides the file's).")
  List<String> concepts;

  @Option(names = "--difficulties", split = ",", paramLabel = "D",
      description = "Declared difficulty levels, easiest first (overrides the file's).")
  List<String> difficulties;

  @Option(names = "--labels", split = ",", paramLabel = "L",
      description = "Allowed labels of a classification task (overrides the file's).")
  List<String> labels;

  @Option(names = "--reference", paramLabel = "RUN_LOG",
      description = "A run log of reference models on this dataset (<run-dir>/<run-id>/<benchmark>.jsonl); repeatable.")
  List<Path> references = new ArrayList<>();

  @Option(names = "--run-references",
      description = "With a benchmark file: run its models on the dataset first and use that run as reference.")
  boolean runReferences;

  @Option(names = "--mode", paramLabel = "MODE",
      description = "With --run-references, where answers come from: ${COMPLETION-CANDIDATES} (default auto: replay a "
          + "model from its cassette when its key is not set).")
  RunCommand.Mode mode;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "With --run-references, a runner setting winning over the file's, e.g. --set openai.concurrency=4; "
          + "repeatable.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--human-labels", paramLabel = "FILE",
      description = "Human pass/fail labels of reference trials (JSONL or CSV, see README 'Calibrating a judge'): "
          + "judge agreement is measured against them.")
  Path humanLabels;

  @Option(names = "--near-duplicate", paramLabel = "J", defaultValue = "0.8",
      description = "Jaccard similarity (word 3-shingles) at which two cases are near duplicates. Default: ${DEFAULT-VALUE}.")
  double nearDuplicate;

  @Option(names = "--coverage-target", paramLabel = "SHARE", defaultValue = "0.95",
      description = "Share of concept x difficulty cells that must hold a case. Default: ${DEFAULT-VALUE}.")
  double coverageTarget;

  @Option(names = "--min-cases-per-cell", paramLabel = "N", defaultValue = "1",
      description = "Cases a cell needs to count as covered. Default: ${DEFAULT-VALUE}.")
  int minCasesPerCell;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write <name>.validation.json and .html. Default: beside the first --reference run "
          + "log (next to its run reports), else target/benchmarkhub/validation.")
  Path out;

  @Option(names = "--json", description = "Print the JSON report on stdout instead of the text report.")
  boolean json;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "fail",
      description = "Exit 3 when a check fails (fail, the default), also when one warns (warn), or never (never).")
  String failOn;

  @Option(names = "--min-score", paramLabel = "SCORE",
      description = "Exit 3 when the quality score (0-100) is below SCORE.")
  Double minScore;

  @Override
  public Integer call() throws IOException {
    FailOn bar = failOn();
    if (minScore != null && !(minScore >= 0 && minScore <= 100)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--min-score must be between 0 and 100, was " + minScore);
    }
    ValidationSettings settings;
    try {
      settings = new ValidationSettings(nearDuplicate, coverageTarget, minCasesPerCell, 0.7, 0.7);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!Files.isRegularFile(source)) {
      throw new BenchmarkException("no such file: " + source.toAbsolutePath());
    }
    boolean benchmarkFile = isBenchmarkFile(source);
    if (runReferences && !benchmarkFile) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--run-references needs a benchmark file (its models and prompt), not a dataset: " + source);
    }
    BenchmarkFile file = benchmarkFile ? BenchmarkFile.load(source) : null;
    String name = file != null ? file.name() : stem(source);
    Dataset dataset = file != null ? file.dataset() : Dataset.from(source.toString());
    List<TestCase> cases = dataset.toList();
    BenchmarkDesign design = design(file);

    List<RunSummary> runs = new ArrayList<>();
    for (Path log : references) {
      runs.add(BenchmarkHubCli.summary(log));
    }
    if (runReferences) {
      Map<String, String> settingsOverride = new LinkedHashMap<>(set);
      if (mode != null) {
        settingsOverride.put("mode", mode.name());
      }
      runs.add(file.builder(new RunOptions(List.of(), 0, settingsOverride)).secrets(cli.secrets()).build().run());
    }

    Validator validator = validator();
    ValidationReport report = validator.validate(new ValidationInput(dataset.name(), cases, design, runs, settings));

    Path dir = outDir(runs);
    Files.createDirectories(dir);
    Path jsonFile = dir.resolve(name + ".validation.json");
    Path htmlFile = dir.resolve(ValidationHtml.fileName(name));
    ValidationJson.write(report, jsonFile);
    try {
      ValidationHtml.write(report, validator.checks(), cases, htmlFile);
    } catch (IOException | RuntimeException e) {
      throw new BenchmarkException("cannot write the validation page " + htmlFile + ": " + e, e);
    }
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      o.println(ValidationJson.toJson(report));
    } else {
      o.println(ValidationConsole.render(report).stripTrailing());
      o.println("report:  " + htmlFile.toUri());
      o.println("json:    " + jsonFile);
    }
    o.flush();
    return passes(report, bar) ? BenchmarkHubCli.OK : BenchmarkHubCli.CHECK_FAILED;
  }

  private boolean passes(ValidationReport report, FailOn bar) {
    boolean failed = report.checks().stream().anyMatch(r -> r.status() == CheckStatus.FAIL
        || (bar == FailOn.WARN && r.status() == CheckStatus.WARN));
    boolean lowScore = minScore != null && report.score().overall() < minScore;
    PrintWriter err = spec.commandLine().getErr();
    if (bar != FailOn.NEVER && failed) {
      err.println("validate: " + (bar == FailOn.WARN ? "checks failed or warned" : "checks failed") + ": "
          + String.join(", ", report.checks().stream().filter(r -> r.status() == CheckStatus.FAIL
              || (bar == FailOn.WARN && r.status() == CheckStatus.WARN)).map(r -> r.id()).toList()));
    }
    if (lowScore) {
      err.println(String.format(Locale.ROOT, "validate: quality score %.1f is below --min-score %s",
          report.score().overall(), minScore));
    }
    err.flush();
    return !(bar != FailOn.NEVER && failed) && !lowScore;
  }

  private FailOn failOn() {
    try {
      return FailOn.valueOf(failOn.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--fail-on must be fail, warn or never, was '" + failOn + "'");
    }
  }

  private BenchmarkDesign design(BenchmarkFile file) {
    BenchmarkDesign base = file != null ? file.design() : BenchmarkDesign.of(TaskType.QUESTION_ANSWERING);
    TaskType type = base.taskType();
    if (taskType != null) {
      try {
        type = TaskType.parse(taskType);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return new BenchmarkDesign(type, concepts != null ? concepts : base.concepts(),
        difficulties != null ? difficulties : base.difficulties(), labels != null ? labels : base.labels());
  }

  private Validator validator() {
    Validator standard = Validator.standard();
    if (humanLabels == null) {
      return standard;
    }
    Calibration calibration = Calibration.against(humanLabels);
    List<Check> checks = new ArrayList<>();
    for (Check c : standard.checks()) {
      checks.add(c instanceof JudgeAgreementCheck ? JudgeAgreementCheck.calibratedAgainst(calibration) : c);
    }
    return Validator.of(checks);
  }

  private Path outDir(List<RunSummary> runs) {
    if (out != null) {
      return out.toAbsolutePath();
    }
    if (!references.isEmpty()) {
      return references.get(0).toAbsolutePath().getParent();
    }
    for (RunSummary run : runs) {
      if (run.runLog() != null) {
        return run.runLog().toAbsolutePath().getParent();
      }
    }
    return Path.of("target", "benchmarkhub", "validation").toAbsolutePath();
  }

  private static boolean isBenchmarkFile(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return true;
    }
    if (!n.endsWith(".json")) {
      return false;
    }
    // A benchmark file is a JSON object; a JSON dataset is an array of cases. Only the first bytes are read.
    try (java.io.Reader in = Files.newBufferedReader(file)) {
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (!Character.isWhitespace(c) && c != '\uFEFF') {
          return c == '{';
        }
      }
      return false;
    } catch (IOException e) {
      throw new BenchmarkException("cannot read " + file + ": " + e, e);
    }
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
