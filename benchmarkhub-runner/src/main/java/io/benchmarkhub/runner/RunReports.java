package io.benchmarkhub.runner;

import io.benchmarkhub.api.JudgeCalibration;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.report.CsvReport;
import io.benchmarkhub.report.HtmlReport;
import io.benchmarkhub.report.JsonReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's reports beside its run log at the end of the run: {@code <benchmark>.report.html}
 * ({@link HtmlReport}), {@code <benchmark>.summary.json} ({@link JsonReport}) and
 * {@code <benchmark>.trials.csv} ({@link CsvReport}). The setting
 * {@code reports=false} turns them off. A report that cannot be written is logged, never the end of a
 * run whose trials are all in the log: {@link RunLogs#summary} and the report classes rebuild it later.
 */
final class RunReports {
  private static final Logger log = LoggerFactory.getLogger(RunReports.class);

  private RunReports() {}

  /** Writes one report. */
  @FunctionalInterface
  private interface Report {
    void write() throws IOException;
  }

  private static boolean write(RunSummary summary, Path file, String what, Report report) {
    try {
      report.write();
      return true;
    } catch (IOException | RuntimeException e) {
      log.warn("cannot write the {} report of run {} to {}: {}", what, summary.runId(), file, e.toString());
      return false;
    }
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "bh-report");
    t.setDaemon(true);
    t.start();
  }

  /** {@return the files written, the first one the one a person opens} */
  static List<Path> write(RunSummary summary, List<JudgeCalibration> calibrations, Settings settings) {
    if (!settings.flag("reports").orElse(true) || summary.runLog() == null) {
      return List.of();
    }
    List<Path> written = new ArrayList<>();
    Path html = RunLog.sibling(summary.runLog(), ".report.html");
    Path json = RunLog.sibling(summary.runLog(), ".summary.json");
    Path csv = RunLog.sibling(summary.runLog(), ".trials.csv");
    // the HTML and the CSV each read every trial back from the log: on two threads, they take the time of one
    CompletableFuture<Boolean> csvWritten = CompletableFuture.supplyAsync(() -> write(summary, csv, "CSV",
        () -> CsvReport.write(summary, csv)), RunReports::daemon);
    if (write(summary, html, "HTML", () -> HtmlReport.write(summary, calibrations, html))) {
      written.add(html);
    }
    if (write(summary, json, "JSON", () -> JsonReport.write(summary, json))) {
      written.add(json);
    }
    if (csvWritten.join()) {
      written.add(csv);
    }
    return written;
  }
}
