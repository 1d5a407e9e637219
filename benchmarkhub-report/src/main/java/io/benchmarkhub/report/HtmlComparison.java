package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlText.esc;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A comparison of two runs of a benchmark, a baseline and a candidate (before and after a prompt
 * change, a model upgrade, a new judge), as one self-contained HTML file: open it from disk in any
 * browser, offline. It is the page for prompt regression testing: per model, what got better and what
 * got worse, case by case, and whether the change is more than chance.
 *
 * <p>The page has, in order: a header (the benchmark, both runs' ids, versions and times, and whether
 * both ran the same cases, by their case digest); per model both runs have, the pass rate before and
 * after with each run's 95% interval, the mean score before and after, the number of trials that got
 * better, worse, stayed unchanged, errored, were added and removed, McNemar's and Wilcoxon's p-values
 * (Holm-corrected across the models) and a plain-language verdict such as "significantly worse: 12
 * cases got worse, 0 better, p &lt; 0.001 (McNemar, Holm)" or "no significant change: ..."; and the
 * changed trials case by case (worse first, then better, then errors): the case's input and expected
 * output, the baseline's answer with its verdicts and their reasons, the candidate's, and a word diff
 * of the two answers, filterable by model and change kind, searchable, 50 a page. The figures are
 * those of {@link RunComparison#of}.
 *
 * <p><b>Untrusted text.</b> As in {@link HtmlReport}: the parts drawn at write time escape everything a
 * model or dataset wrote; the changed trials are embedded as JSON in a
 * {@code <script type="application/json">} block with every {@code <}, {@code >} and {@code &}
 * escaped, and the page's script inserts them as text only; a Content-Security-Policy meta tag with
 * {@code default-src 'none'} allows nothing but the page's own inline script and style, by their
 * SHA-256 hashes.
 *
 * <p><b>Size.</b> Each run's trials are streamed twice from {@link RunSummary#trials()}: once by
 * {@link RunComparison#of}, once to pick the changed trials, of which only those are kept. Memory is
 * that of the comparison plus the changed trials, and the file holds only the changed trials.
 */
public final class HtmlComparison {
  private HtmlComparison() {}

  /**
   * Compares a candidate run with a baseline and writes the comparison to a file, replacing it: written
   * to a temporary file beside it first, then moved into place, so a failure never leaves half a page
   * under the name.
   *
   * @param baseline the run before the change
   * @param candidate the run after it
   * @param file the HTML file to write, e.g. {@code target/benchmarkhub/comparison.html}; its directory
   *     is created when missing
   * @return the comparison the page shows, e.g. to fail a CI build when a model got significantly worse
   * @throws IOException when the file cannot be written or a run log cannot be read
   */
  public static RunComparison write(RunSummary baseline, RunSummary candidate, Path file) throws IOException {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
    return HtmlPage.writeFile(file, w -> write(baseline, candidate, w));
  }

  /**
   * Compares a candidate run with a baseline and writes the comparison to a writer, which is flushed but
   * not closed.
   *
   * @param baseline the run before the change
   * @param candidate the run after it
   * @param out where the HTML goes; it should encode UTF-8, which the page declares
   * @return the comparison the page shows
   * @throws IOException when writing fails or a run log cannot be read
   */
  public static RunComparison write(RunSummary baseline, RunSummary candidate, Writer out) throws IOException {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(out, "out");
    RunComparison cmp;
    List<HtmlComparisonData.Change> changes;
    try {
      cmp = RunComparison.of(baseline, candidate);
      changes = HtmlComparisonData.changes(cmp, baseline, candidate);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    HtmlPage page = HtmlPage.of(cmp.benchmark() + " · " + baseline.runId() + " → " + candidate.runId()
        + " · BenchmarkHub comparison", candidate.info().libraryVersion(),
        HtmlPage.baseStyle() + "\n" + HtmlPage.resource("comparison.css"),
        HtmlPage.commonScript() + "\n" + HtmlPage.resource("comparison.js"));
    page.writeHead(out);
    header(cmp, baseline, candidate, out);
    models(cmp, baseline, candidate, out);
    changesSection(changes, out);
    page.writeEnd(out, w -> HtmlComparisonData.write(cmp, changes, w));
    return cmp;
  }

  private static void header(RunComparison cmp, RunSummary b, RunSummary c, Writer out) throws IOException {
    out.write("<header>\n<h1>" + esc(cmp.benchmark()) + " <span class=\"sub\">comparison</span></h1>\n");
    out.write("<div class=\"sub\">baseline run " + esc(b.runId()) + " → candidate run " + esc(c.runId()) + " · "
        + esc(casesReading(cmp, b, c)) + "</div>\n");
    out.write("<nav><a href=\"#runs\">runs</a><a href=\"#models-section\">models</a>"
        + "<a href=\"#changes-section\">changed cases</a></nav>\n</header>\n");
    out.write("<section id=\"runs\">\n<h2>Runs</h2>\n<table id=\"runs-table\">\n<thead><tr><th></th><th>run id</th>"
        + "<th>benchmark</th><th>version</th><th>started</th><th>finished</th><th class=\"n\">trials</th>"
        + "<th>dataset</th><th>case digest</th></tr></thead>\n<tbody>\n");
    run(out, "baseline", b);
    run(out, "candidate", c);
    out.write("</tbody></table>\n<p id=\"same-cases\" class=\"" + (cmp.sameCases() ? "same" : "differ") + "\">"
        + esc(casesReading(cmp, b, c)) + ".</p>\n");
    if (!cmp.onlyInBaseline().isEmpty()) {
      out.write("<p class=\"note\" id=\"only-baseline\">Only in the baseline, not compared: "
          + esc(String.join(", ", cmp.onlyInBaseline())) + ".</p>\n");
    }
    if (!cmp.onlyInCandidate().isEmpty()) {
      out.write("<p class=\"note\" id=\"only-candidate\">Only in the candidate, not compared: "
          + esc(String.join(", ", cmp.onlyInCandidate())) + ".</p>\n");
    }
    out.write("</section>\n");
  }

  private static void run(Writer out, String label, RunSummary s) throws IOException {
    out.write("<tr><th>" + label + "</th><td class=\"mono\">" + esc(s.runId()) + "</td><td>" + esc(s.benchmark())
        + "</td><td>" + esc(s.version()) + "</td><td>" + esc(s.startedAt().toString()) + "</td><td>"
        + esc(s.finishedAt().toString()) + "</td><td class=\"n\">" + HtmlText.num(s.trials().size()) + "</td><td>"
        + esc(s.info().dataset().isEmpty() ? "(not recorded)" : s.info().dataset()) + "</td><td class=\"mono\">"
        + esc(s.info().caseDigest().isEmpty() ? "(not recorded)" : HtmlText.abbreviate(s.info().caseDigest(), 17))
        + "</td></tr>\n");
  }

  /** {@return whether both runs had the same cases, in words} */
  static String casesReading(RunComparison cmp, RunSummary b, RunSummary c) {
    if (cmp.sameCases()) {
      return b.info().datasetSha256().isEmpty() || c.info().datasetSha256().isEmpty()
          ? "same cases (the same case digest)" : "same data (the same dataset checksum)";
    }
    if (!b.info().caseDigest().isEmpty() && b.info().caseDigest().equals(c.info().caseDigest())) {
      return "the same case ids, but the dataset's content differs (another dataset checksum): trials are matched "
          + "on case id and repeat";
    }
    if (b.info().caseDigest().isEmpty() || c.info().caseDigest().isEmpty()) {
      return "the cases may differ (no case digest recorded): trials are matched on case id and repeat";
    }
    return "the cases differ (another case digest): trials are matched on case id and repeat";
  }

  private static void models(RunComparison cmp, RunSummary b, RunSummary c, Writer out) throws IOException {
    out.write("<section id=\"models-section\">\n<h2>Per model</h2>\n");
    if (cmp.models().isEmpty()) {
      out.write("<p class=\"note\">No model ran in both runs: nothing to compare.</p>\n</section>\n");
      return;
    }
    out.write("<p class=\"note\">Pass rate and mean score are each run's own, over its graded trials, with 95% "
        + "intervals. Trials are matched on case id and repeat; of the matched trials both runs graded, "
        + "<em>better</em> failed before and passed after, <em>worse</em> the other way; a matched trial with an "
        + "error in either run counts in <em>errors</em>. The pass-rate change is tested with McNemar's exact "
        + "test, the score change with the Wilcoxon signed-rank test, both on the matched graded trials, "
        + "p-values Holm-corrected across the models; significant below " + RunComparison.ALPHA + ".</p>\n");
    out.write("<table id=\"models\">\n<thead><tr><th>model</th><th class=\"n\">pass rate before</th>"
        + "<th class=\"n\">pass rate after</th><th class=\"n\">mean score before</th><th class=\"n\">mean score after"
        + "</th><th class=\"n\">better</th><th class=\"n\">worse</th><th class=\"n\">unchanged</th>"
        + "<th class=\"n\">errors</th><th class=\"n\">added</th><th class=\"n\">removed</th>"
        + "<th class=\"n\">McNemar p (Holm)</th><th class=\"n\">Wilcoxon p (Holm)</th><th>verdict</th></tr></thead>\n"
        + "<tbody>\n");
    for (RunComparison.ModelChange m : cmp.models()) {
      ModelSummary before = find(b, m.model());
      ModelSummary after = find(c, m.model());
      StringBuilder r = new StringBuilder("<tr data-model=\"").append(esc(m.model())).append("\" class=\"")
          .append(verdictClass(m)).append("\"><td>").append(esc(m.model())).append("</td>");
      r.append(passRate(before)).append(passRate(after)).append(meanScore(before)).append(meanScore(after));
      for (long n : new long[] {m.better(), m.worse(), m.unchanged(), m.errors(), m.added(), m.removed()}) {
        r.append("<td class=\"n\">").append(HtmlText.num(n)).append("</td>");
      }
      r.append("<td class=\"n\">").append(esc(pValue(m.passPAdjusted()))).append("<span class=\"ci\">raw ")
          .append(esc(pValue(m.passP()))).append("</span></td>");
      r.append("<td class=\"n\">").append(esc(pValue(m.scorePAdjusted()))).append("<span class=\"ci\">raw ")
          .append(esc(pValue(m.scoreP()))).append("</span></td>");
      r.append("<td class=\"verdict\">").append(esc(passVerdict(m))).append("</td></tr>\n");
      out.write(r.toString());
    }
    out.write("</tbody></table>\n<h3>Verdicts</h3>\n<ul class=\"readings\" id=\"verdicts\">\n");
    for (RunComparison.ModelChange m : cmp.models()) {
      out.write("<li class=\"" + verdictClass(m) + "\"><b>" + esc(m.model()) + "</b>: " + esc(passVerdict(m))
          + ".<br><span class=\"sub\">" + esc(scoreVerdict(m)) + ".</span></li>\n");
    }
    out.write("</ul>\n</section>\n");
  }

  private static ModelSummary find(RunSummary s, String model) {
    for (ModelSummary m : s.models()) {
      if (m.model().equals(model)) {
        return m;
      }
    }
    return null;
  }

  private static String passRate(ModelSummary m) {
    if (m == null) {
      return "<td class=\"n\">—</td>";
    }
    return "<td class=\"n\">" + HtmlText.pct(m.passRate()) + "<span class=\"ci\">"
        + HtmlText.pctRange(m.passRateLow(), m.passRateHigh()) + "</span></td>";
  }

  private static String meanScore(ModelSummary m) {
    if (m == null) {
      return "<td class=\"n\">—</td>";
    }
    return "<td class=\"n\">" + HtmlText.score(m.meanScore()) + "<span class=\"ci\">"
        + HtmlText.scoreRange(m.meanScoreLow(), m.meanScoreHigh()) + "</span></td>";
  }

  /** {@return "p = 0.003", "p < 0.001", or "—" when not defined} */
  static String pValue(double p) {
    return Double.isNaN(p) ? "—" : HtmlText.p(p);
  }

  private static String verdictClass(RunComparison.ModelChange m) {
    if (m.significant() && m.worse() != m.better()) {
      return m.worse() > m.better() ? "loss" : "win";
    }
    return "ns";
  }

  private static String cases(long n) {
    return HtmlText.num(n) + (n == 1 ? " case" : " cases");
  }

  /**
   * {@return the pass-rate verdict of a model in plain language}, e.g. "significantly worse: 12 cases got
   * worse, 0 better, p &lt; 0.001 (McNemar, Holm)" or "no significant change: 2 cases got worse, 1 better,
   * p = 1.00 (McNemar, Holm)"
   */
  static String passVerdict(RunComparison.ModelChange m) {
    if (m.pairs() == 0 || Double.isNaN(m.passPAdjusted())) {
      return "no case graded in both runs";
    }
    String p = HtmlText.p(m.passPAdjusted()) + " (McNemar, Holm)";
    if (m.significant() && m.worse() > m.better()) {
      return "significantly worse: " + cases(m.worse()) + " got worse, " + HtmlText.num(m.better()) + " better, " + p;
    }
    if (m.significant() && m.better() > m.worse()) {
      return "significantly better: " + cases(m.better()) + " got better, " + HtmlText.num(m.worse()) + " worse, "
          + p;
    }
    return "no significant change: " + cases(m.worse()) + " got worse, " + HtmlText.num(m.better()) + " better, "
        + p;
  }

  /** {@return the mean-score verdict of a model in plain language} */
  static String scoreVerdict(RunComparison.ModelChange m) {
    if (m.pairs() == 0 || Double.isNaN(m.meanScoreDifference())) {
      return "score: no case graded in both runs";
    }
    String change = "mean score " + HtmlText.score(m.baselineMeanScore()) + " → "
        + HtmlText.score(m.candidateMeanScore()) + " (" + HtmlText.signed(m.meanScoreDifference()) + ") over "
        + HtmlText.num(m.pairs()) + " matched graded " + (m.pairs() == 1 ? "trial" : "trials") + ", "
        + pValue(m.scorePAdjusted()) + " (Wilcoxon, Holm)";
    if (m.scoreSignificant() && m.meanScoreDifference() != 0) {
      return (m.meanScoreDifference() < 0 ? "score significantly lower: " : "score significantly higher: ") + change;
    }
    return "no significant change in score: " + change;
  }

  private static void changesSection(List<HtmlComparisonData.Change> changes, Writer out) throws IOException {
    long worse = changes.stream().filter(c -> c.kind.equals("W")).count();
    long better = changes.stream().filter(c -> c.kind.equals("B")).count();
    long errors = changes.size() - worse - better;
    out.write("<section id=\"changes-section\">\n<h2>Changed cases</h2>\n<p class=\"note\" id=\"changes-note\">"
        + HtmlText.num(changes.size()) + (changes.size() == 1 ? " trial: " : " trials: ") + HtmlText.num(worse)
        + " worse, " + HtmlText.num(better) + " better, " + HtmlText.num(errors) + " with an error in either run; "
        + "listed in that order. Each shows the case, the baseline's answer and verdicts, the candidate's, and a "
        + "word diff of the two answers (deleted words struck out, new ones underlined).</p>\n"
        + "<div class=\"controls\">\n"
        + "<label>model <select id=\"f-model\"><option value=\"\">all</option></select></label>\n"
        + "<label>change <select id=\"f-kind\"><option value=\"\">any</option><option value=\"W\">worse</option>"
        + "<option value=\"B\">better</option><option value=\"E\">errors</option></select></label>\n"
        + "<label>search <input id=\"f-q\" type=\"search\" placeholder=\"case id, input, expected, answers, reasons\">"
        + "</label>\n<span class=\"sub\" id=\"f-count\"></span>\n</div>\n"
        + "<div class=\"pager\"><button type=\"button\" class=\"p-prev\" id=\"p-prev\">‹ previous</button>"
        + "<span id=\"p-info\"></span><button type=\"button\" class=\"p-next\" id=\"p-next\">next ›</button></div>\n"
        + "<table id=\"changes\"><colgroup><col class=\"c-side\"><col class=\"c-side\"></colgroup>\n"
        + "<thead><tr><th>baseline</th><th>candidate</th></tr></thead>\n</table>\n"
        + "<div class=\"pager\"><button type=\"button\" class=\"p-prev\">‹ previous</button>"
        + "<button type=\"button\" class=\"p-next\">next ›</button></div>\n"
        + "<noscript><p>The changed cases need JavaScript; the data is in the JSON block at the end of this file."
        + "</p></noscript>\n</section>\n");
  }
}
