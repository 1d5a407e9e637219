package io.benchmarkhub.cli;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.author.spec.GateOutcome;
import io.benchmarkhub.author.spec.RunOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub run <benchmark-file>}: runs a benchmark defined in a YAML or JSON file (see
 * {@link BenchmarkFile}) through the runner, which shows progress on stderr and prints the summary table and
 * the report's address on stdout, then checks the file's gates on every model and prints each outcome.
 * Exit codes: 0 every gate holds (known-failing models reported, not failing), 1 a run problem, 2 bad usage,
 * 3 a gate failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = {"Runs a benchmark defined in a YAML or JSON file: prints the summary table and the report's "
        + "address, then checks the file's gates on every model."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done, every gate holds (failures of known-failing models are reported, not failing)",
        "1:a run problem: a bad benchmark file (file:line and field), a missing dataset, a missing API key "
            + "(naming its variable)",
        "2:bad usage: an unknown option or a missing argument",
        "3:a gate failed on a model (each failure is printed)"})
final class RunCommand implements Callable<Integer> {
  /** Where answers come from, as the runner's {@code mode} setting. */
  enum Mode { auto, live, record, replay }

  @Spec
  CommandSpec spec;

  @ParentCommand
  BenchmarkHubCli cli;

  @Parameters(index = "0", paramLabel = "<benchmark-file>", description = "The benchmark file, .yaml, .yml or .json.")
  Path file;

  @Option(names = "--models", split = ",", paramLabel = "MODEL",
      description = "Run these models instead of the file's: provider:model, or the id (label) of one of the "
          + "file's models, which keeps its parameters.")
  List<String> models = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", description = "Run only the first N cases.")
  Integer limit;

  @Option(names = "--run-id", paramLabel = "ID",
      description = "The run's id; the same id again resumes a run that was stopped, running only what its log lacks.")
  String runId;

  @Option(names = "--mode", paramLabel = "MODE",
      description = "Where answers come from: ${COMPLETION-CANDIDATES} (default auto: replay a model from its "
          + "cassette when its key is not set).")
  Mode mode;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The folder of run folders (the runner's run-dir; default target/benchmarkhub): the run log and "
          + "the reports go to DIR/<run-id>/.")
  Path out;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "A runner setting, winning over the file's settings, e.g. --set openai.concurrency=4 "
          + "--set max-cost=2; repeatable.")
  Map<String, String> set = new LinkedHashMap<>();

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, was " + limit);
    }
    BenchmarkFile benchmarkFile = BenchmarkFile.load(file);
    Map<String, String> settings = new LinkedHashMap<>(set);
    if (runId != null) {
      settings.put("run-id", runId);
    }
    if (mode != null) {
      settings.put("mode", mode.name());
    }
    if (out != null) {
      settings.put("run-dir", out.toString());
    }
    Benchmark benchmark = benchmarkFile.builder(new RunOptions(models, limit == null ? 0 : limit, settings))
        .secrets(cli.secrets()).build();
    RunSummary summary = benchmark.run();
    List<GateOutcome> outcomes = benchmarkFile.gates().check(summary);
    PrintWriter o = spec.commandLine().getOut();
    outcomes.forEach(g -> o.println(g.describe()));
    o.flush();
    long failed = outcomes.stream().filter(GateOutcome::fails).count();
    if (failed > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("run: " + failed + " of " + outcomes.size() + " gates failed for " + file
          + " (run " + summary.runId() + ")");
      err.flush();
      return BenchmarkHubCli.CHECK_FAILED;
    }
    return BenchmarkHubCli.OK;
  }
}
