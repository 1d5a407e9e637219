package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.report.HtmlComparison;
import io.benchmarkhub.report.JsonReport;
import io.benchmarkhub.report.RunComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub compare <baseline-log> <candidate-log> [--out FILE.html] [--json FILE]
 * [--fail-on-regression]}: compares a candidate run with a baseline per model (McNemar on the pass/fail
 * pairs, Wilcoxon on the scores, both Holm-corrected), prints the comparison and writes it as HTML (by
 * default {@code <benchmark>.comparison.html} beside the candidate's log) and, with {@code --json}, as
 * JSON. Exit codes: 0 done (or no regression), 1 a run problem, 2 bad usage, 3 with
 * {@code --fail-on-regression} when a model got significantly worse: its Holm-corrected McNemar p is
 * below {@link RunComparison#ALPHA} and more of its cases got worse than better.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    versionProvider = BenchmarkHubCli.Version.class,
    description = {"Compares a candidate run with a baseline, model by model (McNemar on pass/fail, Wilcoxon "
        + "on scores, Holm-corrected), prints the comparison and writes it as HTML and, with --json, as JSON."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done; with --fail-on-regression: no model significantly worse",
        "1:a run problem: a missing or unreadable run log or plan, a malformed line, a file that cannot be written",
        "2:bad usage: an unknown option or a missing argument",
        "3:with --fail-on-regression: a model significantly worse (Holm-corrected McNemar p < 0.05, more cases "
            + "worse than better)"})
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<baseline-log>", description = "The run log of the run before the change.")
  Path baselineLog;

  @Parameters(index = "1", paramLabel = "<candidate-log>", description = "The run log of the run after it.")
  Path candidateLog;

  @Option(names = "--out", paramLabel = "FILE.html",
      description = "The HTML comparison to write. Default: <benchmark>.comparison.html beside the candidate's log.")
  Path out;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON (benchmarkhub.comparison/1).")
  Path json;

  @Option(names = "--fail-on-regression",
      description = "Exit with 3 when a model got significantly worse.")
  boolean failOnRegression;

  @Override
  public Integer call() {
    RunSummary baseline = BenchmarkHubCli.summary(baselineLog);
    RunSummary candidate = BenchmarkHubCli.summary(candidateLog);
    Path html = (out != null ? out
        : candidateLog.toAbsolutePath().resolveSibling(BenchmarkHubCli.stem(candidateLog) + ".comparison.html"))
        .toAbsolutePath();
    RunComparison cmp;
    try {
      cmp = HtmlComparison.write(baseline, candidate, html);
    } catch (IOException e) {
      throw new BenchmarkException("cannot write the comparison " + html + ": " + e, e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(cmp.toText().stripTrailing());
    o.println("comparison: " + html.toUri());
    if (json != null) {
      Path file = json.toAbsolutePath();
      JsonReport.writeComparison(cmp, file);
      o.println("json:       " + file);
    }
    o.flush();
    List<RunComparison.ModelChange> worse = regressions(cmp);
    if (failOnRegression && !worse.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      for (RunComparison.ModelChange c : worse) {
        err.printf(Locale.ROOT, "regression: %s got significantly worse: %d worse, %d better of %d matched cases, p = %.3g"
            + " (McNemar, Holm)%n", c.model(), c.worse(), c.better(), c.pairs(), c.passPAdjusted());
      }
      err.flush();
      return BenchmarkHubCli.CHECK_FAILED;
    }
    return BenchmarkHubCli.OK;
  }

  /** {@return the models that got significantly worse}: significant, and more cases worse than better */
  static List<RunComparison.ModelChange> regressions(RunComparison cmp) {
    return cmp.models().stream().filter(c -> c.significant() && c.worse() > c.better()).toList();
  }
}
