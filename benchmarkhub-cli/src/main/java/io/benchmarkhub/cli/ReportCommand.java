package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.report.CsvReport;
import io.benchmarkhub.report.HtmlReport;
import io.benchmarkhub.report.JsonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub report <run-log> [--out DIR]}: rebuilds a finished run's summary from its log and
 * writes {@code <benchmark>.report.html}, {@code <benchmark>.summary.json} and
 * {@code <benchmark>.trials.csv} into DIR (by default beside the log, replacing the ones the run wrote),
 * then prints the summary table and the HTML report's {@code file://} URI. Exit codes: 0 done, 1 a run
 * problem, 2 bad usage.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    versionProvider = BenchmarkHubCli.Version.class,
    description = {"Rebuilds a finished run's reports from its run log: <benchmark>.report.html, .summary.json "
        + "and .trials.csv, then prints the summary table and the HTML report's file:// URI."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a run problem: a missing or unreadable run log or plan, a malformed line, a file that cannot be written",
        "2:bad usage: an unknown option or a missing argument"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<run-log>",
      description = "The run log, <run-dir>/<run-id>/<benchmark>.jsonl; its plan <benchmark>.run.json must be beside it.")
  Path runLog;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the reports; created when missing. Default: beside the run log.")
  Path out;

  @Override
  public Integer call() throws IOException {
    RunSummary summary = BenchmarkHubCli.summary(runLog);
    Path dir = (out != null ? out : runLog.toAbsolutePath().getParent()).toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BenchmarkException("cannot create the report folder " + dir + ": " + e, e);
    }
    String stem = BenchmarkHubCli.stem(runLog);
    Path html = dir.resolve(stem + ".report.html");
    Path json = dir.resolve(stem + ".summary.json");
    Path csv = dir.resolve(stem + ".trials.csv");
    try {
      HtmlReport.write(summary, html);
    } catch (IOException | RuntimeException e) {
      throw new BenchmarkException("cannot write the HTML report " + html + ": " + e, e);
    }
    JsonReport.write(summary, json);
    try {
      CsvReport.write(summary, csv);
    } catch (RuntimeException e) {
      throw new BenchmarkException("cannot write the CSV report " + csv + ": " + e, e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(summary.toTable().stripTrailing());
    o.println("report:  " + html.toUri());
    o.println("summary: " + json);
    o.println("trials:  " + csv);
    o.flush();
    return BenchmarkHubCli.OK;
  }
}
