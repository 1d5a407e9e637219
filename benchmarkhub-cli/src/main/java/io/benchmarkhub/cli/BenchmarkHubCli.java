package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.runner.RunLogs;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code benchmarkhub} command: scaffolds a benchmark ({@code init}), runs a benchmark file with its
 * gates ({@code run}), and reports and compares finished runs from their run logs
 * ({@code <run-dir>/<run-id>/<benchmark>.jsonl} beside its plan {@code <benchmark>.run.json}).
 *
 * <pre>
 * benchmarkhub init --name support-intent --package com.acme.bench
 * benchmarkhub generate --domain "support tickets" --concepts refunds,delivery --count 300 --model openai:gpt-4o-mini --out cases.jsonl
 * benchmarkhub validate support-intent.benchmark.yaml --reference target/benchmarkhub/ab12/support-intent.jsonl
 * benchmarkhub run support-intent.benchmark.yaml --models openai:gpt-4o-mini --limit 20
 * benchmarkhub report target/benchmarkhub/20250301-101500-ab12/support-intent.jsonl
 * benchmarkhub compare base/support-intent.jsonl cand/support-intent.jsonl --fail-on-regression
 * benchmarkhub package support-intent.benchmark.yaml --meta package.yaml --out pkg/support-intent
 * benchmarkhub library publish pkg/support-intent --remote git@git.example.org:team/benchmarks.git
 * </pre>
 *
 * <p><b>Exit codes.</b>
 * <ul>
 *   <li>{@value #OK}: done;
 *   <li>{@value #RUN_PROBLEM}: a run problem: a benchmark file that cannot be used (named by file, line and
 *       field), a missing dataset, a missing API key (naming its variable, never a key), a missing or
 *       unreadable run log, a log without its {@code .run.json} plan, a malformed line (named by file and
 *       line), a file that cannot be written or would be overwritten; reported on stderr as one line,
 *       without a stack trace;
 *   <li>{@value #USAGE}: bad usage: an unknown option, a missing argument (picocli's default), with the
 *       usage on stderr;
 *   <li>{@value #CHECK_FAILED}: the check you asked for did not pass: a gate of {@code run} failed, the
 *       validation report of {@code validate} did not pass its bar ({@code --fail-on}, {@code --min-score}),
 *       {@code generate --fail-on-shortfall} accepted fewer cases than asked for, or
 *       {@code compare --fail-on-regression} found a model that got significantly worse (Holm-corrected
 *       McNemar p below 0.05, more cases worse than better), or {@code library publish} refused a package whose
 *       validation report has failing checks (without {@code --force}).
 * </ul>
 */
@Command(name = "benchmarkhub", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = "Scaffolds, generates, validates, runs, reports on, compares, packages and shares BenchmarkHub "
        + "benchmarks.",
    subcommands = {
        InitCommand.class,
        RunCommand.class,
        GenerateCommand.class,
        ValidateCommand.class,
        ReportCommand.class,
        CompareCommand.class,
        PackageCommand.class,
        LibraryCommand.class,
        ImportCommand.class,
        ExportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a run problem: a bad benchmark file (file:line), a missing dataset or API key, a missing or unreadable "
            + "run log or plan, a malformed line, a file that cannot be written or would be overwritten",
        "2:bad usage: an unknown option or a missing argument",
        "3:the check you asked for did not pass: a gate failed (run), the validation report did not pass its bar "
            + "(validate), fewer cases than asked for (generate --fail-on-shortfall), or a model got significantly "
            + "worse (compare --fail-on-regression), or a package with failing checks (library publish without "
            + "--force)"})
public final class BenchmarkHubCli implements Runnable {
  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: a run problem (missing log or plan, malformed line, unwritable file). */
  public static final int RUN_PROBLEM = 1;
  /** Exit code: bad usage, picocli's default for parameter errors. */
  public static final int USAGE = 2;
  /** Exit code: the check asked for did not pass (a failed gate, a regression found by compare). */
  public static final int CHECK_FAILED = 3;

  @Spec
  CommandSpec spec;

  private final SecretSource secrets;

  private BenchmarkHubCli(SecretSource secrets) {
    this.secrets = secrets;
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** {@return the command line, to {@link CommandLine#execute} with arguments}; API keys come from the environment */
  public static CommandLine commandLine() {
    return commandLine(SecretSource.environment());
  }

  /**
   * {@return the command line with API keys from {@code secrets}}, e.g. a vault when embedding the command, or a
   * test's sentinel keys
   */
  public static CommandLine commandLine(SecretSource secrets) {
    CommandLine cl = new CommandLine(new BenchmarkHubCli(Objects.requireNonNull(secrets, "secrets")));
    cl.setExecutionExceptionHandler(BenchmarkHubCli::failed);
    return cl;
  }

  /** {@return where {@code run} takes API keys from} */
  SecretSource secrets() {
    return secrets;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give init, generate, validate, run, report, compare, package, library, import or export.");
  }

  /** A failure while running: one line on stderr naming the file, no stack trace, exit code 1. */
  private static int failed(Exception e, CommandLine cmd, ParseResult parsed) {
    String message = e instanceof BenchmarkException || e instanceof UncheckedIOException
        ? e.getMessage() : e.toString();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandName() + ": " + oneLine(message == null ? e.toString() : message));
    err.flush();
    return RUN_PROBLEM;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** {@return the summary of the run whose log this is}, after checking the log is there */
  static RunSummary summary(Path runLog) {
    if (!Files.isRegularFile(runLog)) {
      throw new BenchmarkException("no run log " + runLog.toAbsolutePath() + (Files.isDirectory(runLog)
          ? " (a directory; give <run-dir>/<run-id>/<benchmark>.jsonl)" : ""));
    }
    return RunLogs.summary(runLog);
  }

  /** {@return the log's file name without {@code .jsonl}}: the benchmark's name as its files use it */
  static String stem(Path runLog) {
    String name = runLog.getFileName().toString();
    return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
  }

  /** The library's version, for {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"benchmarkhub " + BenchmarkHub.version()};
    }
  }
}
