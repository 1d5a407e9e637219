package io.benchmarkhub.runner;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.report.CsvReport;
import io.benchmarkhub.report.HtmlReport;
import io.benchmarkhub.report.JsonReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** {@return the files written, the first one the one a person opens} */
  static List<Path> write(RunSummary summary, Settings settings) {
    if (!settings.flag("reports").orElse(true) || summary.runLog() == null) {
      return List.of();
    }
    List<Path> written = new ArrayList<>();
    try {
      Path html = RunLog.sibling(summary.runLog(), ".report.html");
      HtmlReport.write(summary, html);
      written.add(html);
      Path json = RunLog.sibling(summary.runLog(), ".summary.json");
      JsonReport.write(summary, json);
      written.add(json);
      Path csv = RunLog.sibling(summary.runLog(), ".trials.csv");
      CsvReport.write(summary, csv);
      written.add(csv);
    } catch (IOException | RuntimeException e) {
      log.warn("cannot write the reports of run {} beside {}: {}", summary.runId(), summary.runLog(), e.toString());
    }
    return written;
  }
}
