package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlText.esc;

import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.JudgeCalibration;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A run as one self-contained HTML file: open it from disk in any browser, offline.
 *
 * <p>The page has, in order: the run's metadata (benchmark and version, run id, start and end, dataset
 * and the checksum of its cases, models with their parameters, judges, library version); a sortable
 * leaderboard (pass rate and mean score with their 95% intervals, errors, total cost, cost per passed
 * case, tokens, latency p50/p95); a cost-versus-pass-rate chart and a latency chart (inline SVG); the
 * pairwise significance matrix of the models (pass-rate and score differences, Holm-corrected p-values)
 * with a plain-language reading of each pair; pair-judge results and panel agreement when the run has
 * them; and every case with each model's answer, outcome, judges' verdicts and reasons, and errors,
 * filterable by model, outcome, tag and difficulty, searchable, 50 cases a page, with a word diff of
 * each answer against the expected output.
 *
 * <p><b>Untrusted text.</b> Everything a model or a dataset wrote is treated as hostile. The parts
 * drawn at write time escape it as HTML; the cases are embedded as JSON in a
 * {@code <script type="application/json">} block with every {@code <}, {@code >} and {@code &}
 * escaped, and the page's script inserts them as text only. On top of that a Content-Security-Policy
 * meta tag allows nothing but the page's own inline script and style, by their SHA-256 hashes
 * ({@code default-src 'none'}), so markup that slipped through could still not run script or load
 * anything.
 *
 * <p><b>Size.</b> The file is written streaming: the trials are read once from
 * {@link RunSummary#trials()} (which the runner streams from its run log) and one case is held at a
 * time. Each case's input and expected output are written once, then each model's answer, with short
 * JSON keys. The page draws one page of cases at a time, so 10,000 cases × 5 models open quickly.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Writes the report of a run to a file, replacing it: written to a temporary file beside it first,
   * then moved into place, so a failure never leaves half a report under the name.
   *
   * @param summary the run
   * @param file the HTML file to write, e.g. {@code target/benchmarkhub/<run-id>/report.html}; its
   *     directory is created when missing
   * @throws IOException when the file cannot be written or the run log cannot be read
   */
  public static void write(RunSummary summary, Path file) throws IOException {
    write(summary, List.of(), file);
  }

  /**
   * Writes the report of a run with its judge calibrations (how far its judge agreed with people), to a
   * file, as {@link #write(RunSummary, Path)} does.
   *
   * @param summary the run
   * @param calibrations the run's calibrations against human labels, shown in the judges section
   * @param file the HTML file to write
   * @throws IOException when the file cannot be written or the run log cannot be read
   */
  public static void write(RunSummary summary, List<JudgeCalibration> calibrations, Path file) throws IOException {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(calibrations, "calibrations");
    HtmlPage.writeFile(file, w -> {
      write(summary, calibrations, w);
      return null;
    });
  }

  /**
   * Writes the report of a run to a writer, which is flushed but not closed.
   *
   * @param summary the run
   * @param out where the HTML goes; it should encode UTF-8, which the page declares
   * @throws IOException when writing fails or the run log cannot be read
   */
  public static void write(RunSummary summary, Writer out) throws IOException {
    write(summary, List.of(), out);
  }

  /**
   * Writes the report of a run with its judge calibrations to a writer, which is flushed but not closed.
   *
   * @param summary the run
   * @param calibrations the run's calibrations against human labels, shown in the judges section
   * @param out where the HTML goes; it should encode UTF-8
   * @throws IOException when writing fails or the run log cannot be read
   */
  public static void write(RunSummary summary, List<JudgeCalibration> calibrations, Writer out) throws IOException {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(calibrations, "calibrations");
    Objects.requireNonNull(out, "out");
    HtmlPage page = HtmlPage.of(summary.benchmark() + " " + summary.version() + " · run " + summary.runId()
        + " · BenchmarkHub report", summary.info().libraryVersion(), HtmlPage.baseStyle(),
        HtmlPage.commonScript() + "\n" + HtmlPage.resource("report.js"));
    page.writeHead(out);
    header(summary, !calibrations.isEmpty(), out);
    metadata(summary, out);
    leaderboard(summary.models(), out);
    charts(summary.models(), out);
    significance(summary, out);
    judges(summary, calibrations, out);
    casesSection(summary, out);
    page.writeEnd(out, w -> HtmlData.write(summary, w));
  }

  private static void header(RunSummary s, boolean calibrated, Writer out) throws IOException {
    out.write("<header>\n<h1>" + esc(s.benchmark()) + " <span class=\"sub\">" + esc(s.version()) + "</span></h1>\n");
    long trials = s.trials().size();
    out.write("<div class=\"sub\">run " + esc(s.runId()) + " · " + HtmlText.num(trials) + " trials of "
        + HtmlText.num(s.models().size()) + " model" + (s.models().size() == 1 ? "" : "s") + " · "
        + esc(s.startedAt().toString()) + " · " + esc(duration(s)) + "</div>\n");
    out.write("<nav><a href=\"#run\">run</a><a href=\"#leaderboard\">leaderboard</a><a href=\"#charts\">charts</a>"
        + "<a href=\"#significance\">significance</a>"
        + (s.pairwise().isEmpty() && s.judgeAgreement().isEmpty() && !calibrated ? ""
            : "<a href=\"#judges\">judges</a>")
        + "<a href=\"#cases-section\">cases</a></nav>\n</header>\n");
  }

  private static String duration(RunSummary s) {
    long ms = s.duration().toMillis();
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long sec = ms / 1000;
    return sec >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", sec / 3600, sec % 3600 / 60)
        : String.format(Locale.ROOT, "%d min %02d s", sec / 60, sec % 60);
  }

  private static void metadata(RunSummary s, Writer out) throws IOException {
    RunInfo info = s.info();
    out.write("<section id=\"run\">\n<h2>Run</h2>\n<dl class=\"meta\">\n");
    dd(out, "benchmark", s.benchmark());
    dd(out, "version", s.version());
    dd(out, "run id", s.runId());
    dd(out, "started", s.startedAt().toString());
    dd(out, "finished", s.finishedAt().toString() + " (" + duration(s) + ")");
    dd(out, "dataset", info.dataset().isEmpty() ? "(not recorded)" : info.dataset());
    dd(out, "cases", info.cases() > 0 ? HtmlText.num(info.cases()) : "(not recorded)");
    out.write("<dt>case digest</dt><dd class=\"mono\" id=\"case-digest\">"
        + (info.caseDigest().isEmpty() ? "(not recorded)" : "sha256 " + esc(info.caseDigest())) + "</dd>\n");
    out.write("<dt>dataset checksum</dt><dd class=\"mono\" id=\"dataset-sha256\">"
        + (info.datasetSha256().isEmpty() ? "(not recorded)" : "sha256 " + esc(info.datasetSha256())) + "</dd>\n");
    dd(out, "repeats", Integer.toString(info.repeats()));
    dd(out, "judges", info.judges().isEmpty() ? "(not recorded)" : String.join("; ", info.judges()));
    if (!info.pairJudges().isEmpty()) {
      dd(out, "pair judges", String.join("; ", info.pairJudges()));
    }
    dd(out, "library", "BenchmarkHub " + info.libraryVersion());
    if (s.runLog() != null) {
      dd(out, "run log", s.runLog().toString());
    }
    out.write("</dl>\n");
    out.write("<table class=\"sortable\" id=\"models\">\n<thead><tr><th>model</th><th>provider</th><th>name</th>"
        + "<th>parameters</th></tr></thead>\n<tbody>\n");
    for (RunInfo.ModelInfo m : info.models()) {
      out.write("<tr><td>" + esc(m.id()) + "</td><td>" + esc(m.provider()) + "</td><td>" + esc(m.model())
          + "</td><td class=\"mono\">" + esc(m.params()) + "</td></tr>\n");
    }
    out.write("</tbody></table>\n");
    if (!info.judges().isEmpty()) {
      out.write("<h3>Judges</h3>\n<ol id=\"judge-config\">\n");
      for (String j : info.judges()) {
        out.write("<li class=\"mono\">" + esc(j) + "</li>\n");
      }
      out.write("</ol>\n");
    }
    out.write("</section>\n");
  }

  private static void dd(Writer out, String term, String value) throws IOException {
    out.write("<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>\n");
  }

  private static void leaderboard(List<ModelSummary> models, Writer out) throws IOException {
    out.write("<section id=\"leaderboard\">\n<h2>Leaderboard</h2>\n");
    out.write("<p class=\"note\">Pass rate and mean score are over graded trials (passed + failed), with 95% "
        + "intervals (Wilson for the pass rate, t for the score); errors are counted apart, never as failures. "
        + "Click a header to sort.</p>\n");
    out.write("<table class=\"sortable\" id=\"leaderboard-table\">\n<thead><tr><th>model</th><th class=\"n\">trials"
        + "</th><th class=\"n\">pass rate (95% CI)</th><th class=\"n\">mean score (95% CI)</th><th class=\"n\">passed"
        + "</th><th class=\"n\">failed</th><th class=\"n\">errors</th><th class=\"n\">skipped</th>"
        + "<th class=\"n\">cost</th><th class=\"n\">cost per passed case</th><th class=\"n\">tokens in / out</th>"
        + "<th class=\"n\">latency p50</th><th class=\"n\">latency p95</th><th class=\"n\">judge cost</th>"
        + "</tr></thead>\n<tbody>\n");
    for (ModelSummary m : models) {
      StringBuilder r = new StringBuilder("<tr data-model=\"").append(esc(m.model())).append("\">");
      r.append("<td>").append(esc(m.model())).append("</td>");
      num(r, m.trials(), HtmlText.num(m.trials()));
      r.append("<td class=\"n\" data-v=\"").append(HtmlText.v(m.passRate())).append("\">")
          .append(HtmlText.pct(m.passRate())).append("<span class=\"ci\">")
          .append(HtmlText.pctRange(m.passRateLow(), m.passRateHigh())).append("</span></td>");
      r.append("<td class=\"n\" data-v=\"").append(HtmlText.v(m.meanScore())).append("\">")
          .append(HtmlText.score(m.meanScore())).append("<span class=\"ci\">")
          .append(HtmlText.scoreRange(m.meanScoreLow(), m.meanScoreHigh())).append("</span></td>");
      num(r, m.passed(), HtmlText.num(m.passed()));
      num(r, m.failed(), HtmlText.num(m.failed()));
      num(r, m.errors(), HtmlText.num(m.errors()));
      num(r, m.skipped(), HtmlText.num(m.skipped()));
      double cost = m.costUsd().orElse(Double.NaN);
      String costText = m.costUsd().isPresent() ? HtmlText.usd(cost) : "unknown";
      if (m.costUsd().isPresent() && m.trialsWithoutCost() > 0) {
        costText += "<span class=\"ci\">+ " + HtmlText.num(m.trialsWithoutCost()) + " trials unknown</span>";
      }
      r.append("<td class=\"n\" data-v=\"").append(HtmlText.v(cost)).append("\">").append(costText).append("</td>");
      double perPass = m.passed() > 0 ? cost / m.passed() : Double.NaN;
      r.append("<td class=\"n\" data-v=\"").append(HtmlText.v(perPass)).append("\">")
          .append(Double.isNaN(perPass) ? "—" : HtmlText.usd(perPass)).append("</td>");
      num(r, m.inputTokens() + m.outputTokens(), HtmlText.num(m.inputTokens()) + " / " + HtmlText.num(m.outputTokens()));
      num(r, m.latencyP50().toMillis(), HtmlText.ms(m.latencyP50()));
      num(r, m.latencyP95().toMillis(), HtmlText.ms(m.latencyP95()));
      double judgeCost = m.judgeCostUsd().orElse(Double.NaN);
      r.append("<td class=\"n\" data-v=\"").append(HtmlText.v(judgeCost)).append("\">")
          .append(m.judgeCostUsd().isPresent() ? HtmlText.usd(judgeCost) : "—").append("</td>");
      r.append("</tr>\n");
      out.write(r.toString());
    }
    out.write("</tbody></table>\n</section>\n");
  }

  private static void num(StringBuilder r, double value, String text) {
    r.append("<td class=\"n\" data-v=\"").append(HtmlText.v(value)).append("\">").append(text).append("</td>");
  }

  private static void charts(List<ModelSummary> models, Writer out) throws IOException {
    out.write("<section id=\"charts\">\n<h2>Cost, quality and latency</h2>\n<div class=\"charts\">\n");
    out.write("<figure><figcaption>Pass rate against total cost</figcaption>\n" + HtmlCharts.costQuality(models)
        + "</figure>\n");
    out.write("<figure><figcaption>Latency</figcaption>\n" + HtmlCharts.latency(models) + "</figure>\n");
    out.write("</div>\n<p class=\"note\">Hover a mark for its model and values.</p>\n</section>\n");
  }

  private static void significance(RunSummary s, Writer out) throws IOException {
    out.write("<section id=\"significance\">\n<h2>Pairwise significance</h2>\n");
    List<ModelComparison> comparisons = s.comparisons();
    if (comparisons.isEmpty()) {
      out.write("<p class=\"note\">No comparison: the run " + (s.models().size() < 2 ? "has one model."
          : "holds no pairwise comparison of its models.") + "</p>\n</section>\n");
      return;
    }
    out.write("<p class=\"note\">Each cell reads the row's model against the column's, on the cases both graded: "
        + "pass-rate difference in percentage points (McNemar's exact test) and mean-score difference (Wilcoxon "
        + "signed-rank), with p-values Holm-corrected across all pairs. Green: the row is significantly better "
        + "(p &lt; 0.05), red: worse.</p>\n");
    List<String> names = s.models().stream().map(ModelSummary::model).toList();
    out.write("<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th></th>");
    for (String n : names) {
      out.write("<th>" + esc(n) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (String row : names) {
      out.write("<tr><th>" + esc(row) + "</th>");
      for (String col : names) {
        if (row.equals(col)) {
          out.write("<td class=\"self\">—</td>");
          continue;
        }
        ModelComparison c = find(comparisons, row, col);
        if (c == null) {
          out.write("<td>n/a</td>");
          continue;
        }
        boolean flip = !c.modelA().equals(row);
        double pd = flip ? -c.passRateDifference() : c.passRateDifference();
        double sd = flip ? -c.meanScoreDifference() : c.meanScoreDifference();
        boolean passSig = c.passPAdjusted() < HtmlText.ALPHA;
        boolean scoreSig = c.scorePAdjusted() < HtmlText.ALPHA;
        double lead = passSig && pd != 0 ? pd : scoreSig ? sd : 0;
        String cls = lead > 0 ? "win" : lead < 0 ? "loss" : "ns";
        out.write("<td class=\"" + cls + "\" title=\"" + esc(HtmlText.passReading(c) + ". " + HtmlText.scoreReading(c))
            + "\">" + "<div" + (passSig ? " class=\"sig\"" : "") + ">" + esc(HtmlText.signedPp(pd)) + "</div>"
            + "<div class=\"ci\">" + esc(HtmlText.p(c.passPAdjusted())) + "</div>"
            + "<div" + (scoreSig ? " class=\"sig\"" : "") + ">score " + esc(HtmlText.signed(sd)) + "</div>"
            + "<div class=\"ci\">" + esc(HtmlText.p(c.scorePAdjusted())) + "</div></td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody></table>\n<h3>Reading</h3>\n<ul class=\"readings\" id=\"readings\">\n");
    for (ModelComparison c : comparisons) {
      out.write("<li>" + esc(HtmlText.passReading(c)) + ".<br><span class=\"sub\">"
          + esc(HtmlText.scoreReading(c)) + ".</span></li>\n");
    }
    out.write("</ul>\n</section>\n");
  }

  private static ModelComparison find(List<ModelComparison> comparisons, String a, String b) {
    for (ModelComparison c : comparisons) {
      if (c.modelA().equals(a) && c.modelB().equals(b) || c.modelA().equals(b) && c.modelB().equals(a)) {
        return c;
      }
    }
    return null;
  }

  private static void judges(RunSummary s, List<JudgeCalibration> calibrations, Writer out) throws IOException {
    if (s.pairwise().isEmpty() && s.judgeAgreement().isEmpty() && calibrations.isEmpty()) {
      return;
    }
    out.write("<section id=\"judges\">\n");
    if (!s.pairwise().isEmpty()) {
      out.write("<h2>Pairwise judges</h2>\n<p class=\"note\">Win rate counts ties and inconsistent judgments "
          + "(the judge contradicted itself when the order was swapped) as half a win; p is the exact sign test on "
          + "wins against losses, Holm-corrected across the pairs.</p>\n");
      out.write("<table class=\"sortable\" id=\"pairwise\">\n<thead><tr><th>judge</th><th>A</th><th>B</th>"
          + "<th class=\"n\">A wins</th><th class=\"n\">B wins</th><th class=\"n\">ties</th><th class=\"n\">"
          + "inconsistent</th><th class=\"n\">errors</th><th class=\"n\">A's win rate</th><th class=\"n\">p (Holm)"
          + "</th><th class=\"n\">judge cost</th></tr></thead>\n<tbody>\n");
      for (PairwiseResult r : s.pairwise()) {
        StringBuilder b = new StringBuilder("<tr><td>").append(esc(r.judge())).append("</td><td>")
            .append(esc(r.modelA())).append("</td><td>").append(esc(r.modelB())).append("</td>");
        num(b, r.winsA(), HtmlText.num(r.winsA()));
        num(b, r.winsB(), HtmlText.num(r.winsB()));
        num(b, r.ties(), HtmlText.num(r.ties()));
        num(b, r.inconsistent(), HtmlText.num(r.inconsistent()));
        num(b, r.errors(), HtmlText.num(r.errors()));
        num(b, r.winRateA(), HtmlText.pct(r.winRateA()));
        num(b, r.pValue(), esc(HtmlText.p(r.pValue())));
        num(b, r.judgeCostUsd().orElse(Double.NaN), r.judgeCostUsd().isPresent()
            ? HtmlText.usd(r.judgeCostUsd().getAsDouble()) : "—");
        out.write(b.append("</tr>\n").toString());
      }
      out.write("</tbody></table>\n<ul class=\"readings\" id=\"pairwise-readings\">\n");
      for (PairwiseResult r : s.pairwise()) {
        out.write("<li>" + esc(HtmlText.pairwiseReading(r)) + ".</li>\n");
      }
      out.write("</ul>\n");
    }
    if (!s.judgeAgreement().isEmpty()) {
      out.write("<h2>Panel agreement</h2>\n<p class=\"note\">How much each panel's members agreed on pass or fail: "
          + "Krippendorff's alpha (nominal, trials with at least two ratings) and Fleiss' kappa (trials every member "
          + "graded); 1 is perfect agreement, 0 no better than chance. At least 0.8 is reliable, 0.667 to 0.8 "
          + "tentative.</p>\n");
      out.write("<table class=\"sortable\" id=\"agreement\">\n<thead><tr><th>panel</th><th>members</th>"
          + "<th class=\"n\">trials</th><th class=\"n\">split trials</th><th class=\"n\">Krippendorff's alpha</th>"
          + "<th class=\"n\">Fleiss' kappa</th><th>reading</th></tr></thead>\n<tbody>\n");
      for (JudgeAgreement a : s.judgeAgreement()) {
        StringBuilder b = new StringBuilder("<tr><td>").append(esc(a.judge())).append("</td><td>")
            .append(esc(String.join(", ", a.members()))).append("</td>");
        num(b, a.trials(), HtmlText.num(a.trials()));
        num(b, a.splitTrials(), HtmlText.num(a.splitTrials()));
        num(b, a.krippendorffAlpha(), HtmlText.score(a.krippendorffAlpha()));
        num(b, a.fleissKappa(), HtmlText.score(a.fleissKappa()) + "<span class=\"ci\">over "
            + HtmlText.num(a.fleissTrials()) + " trials</span>");
        b.append("<td>").append(esc(HtmlText.agreementReading(a))).append("</td></tr>\n");
        out.write(b.toString());
      }
      out.write("</tbody></table>\n");
    }
    if (!calibrations.isEmpty()) {
      calibration(calibrations, out);
    }
    out.write("</section>\n");
  }

  /** The judge's agreement with people: kappa, agreement, the confusion matrix, correlations, the verdict. */
  private static void calibration(List<JudgeCalibration> calibrations, Writer out) throws IOException {
    out.write("<h2>Calibration against people</h2>\n<p class=\"note\">How far the judge agreed with human "
        + "labels on the trials people labelled: Cohen's kappa of pass/fail (the Judge Consensus Score; 1 is "
        + "perfect agreement, 0 no better than chance) and, where both gave scores, Spearman's and Kendall's "
        + "correlations.</p>\n");
    for (JudgeCalibration c : calibrations) {
      out.write("<div class=\"calibration\" data-trusted=\"" + c.trusted() + "\">\n<h3>" + esc(c.target())
          + " against " + esc(c.labelsSource()) + "</h3>\n<dl class=\"meta\">\n");
      dd(out, "compared trials", HtmlText.num(c.matched()));
      dd(out, "kappa", HtmlText.score(c.kappa()) + " (threshold " + HtmlText.score(c.threshold()) + ": "
          + (c.trusted() ? "trusted" : "not trusted") + ")");
      dd(out, "agreement", HtmlText.pct(c.observedAgreement()) + " observed, " + HtmlText.pct(c.chanceAgreement())
          + " by chance");
      dd(out, "Spearman / Kendall", HtmlText.score(c.spearman()) + " / " + HtmlText.score(c.kendall()));
      out.write("</dl>\n<table class=\"confusion\"><thead><tr><th></th><th class=\"n\">judge pass</th>"
          + "<th class=\"n\">judge fail</th></tr></thead>\n<tbody><tr><th>people pass</th><td class=\"n\">"
          + HtmlText.num(c.humanPassJudgePass()) + "</td><td class=\"n\">" + HtmlText.num(c.humanPassJudgeFail())
          + "</td></tr>\n<tr><th>people fail</th><td class=\"n\">" + HtmlText.num(c.humanFailJudgePass())
          + "</td><td class=\"n\">" + HtmlText.num(c.humanFailJudgeFail()) + "</td></tr></tbody></table>\n");
      if (c.warning() != null) {
        out.write("<p class=\"warning\">" + esc(c.warning()) + "</p>\n");
      }
      out.write("</div>\n");
    }
  }

  private static void casesSection(RunSummary s, Writer out) throws IOException {
    out.write("<section id=\"cases-section\">\n<h2>Cases</h2>\n<div class=\"controls\">\n"
        + "<label>model <select id=\"f-model\"><option value=\"\">all</option></select></label>\n"
        + "<label>outcome <select id=\"f-outcome\"><option value=\"\">any</option><option value=\"P\">pass</option>"
        + "<option value=\"F\">fail</option><option value=\"E\">error</option><option value=\"S\">skipped</option>"
        + "<option value=\"split\">models disagree</option></select></label>\n"
        + "<label>tag <select id=\"f-tag\"><option value=\"\">any</option></select></label>\n"
        + "<label>difficulty <select id=\"f-diff\"><option value=\"\">any</option></select></label>\n"
        + "<label>search <input id=\"f-q\" type=\"search\" placeholder=\"input, expected, answers, reasons, errors\">"
        + "</label>\n<span class=\"sub\" id=\"f-count\"></span>\n</div>\n"
        + "<div class=\"pager\"><button type=\"button\" class=\"p-prev\" id=\"p-prev\">‹ previous</button>"
        + "<span id=\"p-info\"></span><button type=\"button\" class=\"p-next\" id=\"p-next\">next ›</button></div>\n"
        + "<table id=\"cases\"><colgroup><col class=\"c-model\"><col class=\"c-out\"><col class=\"c-score\">"
        + "<col class=\"c-ans\"><col class=\"c-ver\"></colgroup>\n<thead><tr><th>model</th><th>outcome</th>"
        + "<th class=\"n\">score</th><th>answer</th><th>verdicts and errors</th></tr></thead>\n</table>\n"
        + "<div class=\"pager\"><button type=\"button\" class=\"p-prev\">‹ previous</button>"
        + "<button type=\"button\" class=\"p-next\">next ›</button></div>\n"
        + "<noscript><p>The cases need JavaScript; the data is in the JSON block at the end of this file.</p>"
        + "</noscript>\n</section>\n");
  }
}
