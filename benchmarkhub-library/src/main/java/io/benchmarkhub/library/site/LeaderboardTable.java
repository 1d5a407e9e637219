package io.benchmarkhub.library.site;

import static io.benchmarkhub.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The leaderboard section of a benchmark page: one row per model and reference run, best pass rate first. */
final class LeaderboardTable {
  private LeaderboardTable() {}

  static void write(List<LeaderboardRow> rows, Writer out) throws IOException {
    out.write("<section id=\"leaderboard\">\n<h2>Leaderboard</h2>\n");
    if (rows.isEmpty()) {
      out.write("<p class=\"empty\">No published results.</p>\n</section>\n");
      return;
    }
    out.write("<p class=\"note\">From the reference results published with this version; pass rate with its 95% "
        + "interval.</p>\n<table>\n<thead><tr><th>model</th><th class=\"n\">pass rate</th><th class=\"n\">95% interval"
        + "</th><th class=\"n\">mean score</th><th class=\"n\">cost</th><th class=\"n\">p50</th><th class=\"n\">p95"
        + "</th><th class=\"n\">trials</th><th class=\"n\">errors</th><th>run</th><th>date</th></tr></thead>\n"
        + "<tbody>\n");
    for (LeaderboardRow r : rows) {
      out.write("<tr><td>" + escape(r.model()) + "</td><td class=\"n\">" + CatalogFormat.percent(r.passRate())
          + "</td><td class=\"n\">" + CatalogFormat.interval(r.passLow(), r.passHigh()) + "</td><td class=\"n\">"
          + CatalogFormat.score(r.meanScore()) + "</td><td class=\"n\">" + CatalogFormat.cost(r.costUsd())
          + "</td><td class=\"n\">" + CatalogFormat.millis(r.p50Ms()) + "</td><td class=\"n\">"
          + CatalogFormat.millis(r.p95Ms()) + "</td><td class=\"n\">" + r.trials() + "</td><td class=\"n\">"
          + r.errors() + "</td><td><code>" + escape(r.runId()) + "</code></td><td>" + escape(r.date())
          + "</td></tr>\n");
    }
    out.write("</tbody></table>\n</section>\n");
  }
}
