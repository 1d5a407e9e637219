package io.benchmarkhub.library.site;

import static io.benchmarkhub.report.HtmlPage.escape;

import io.benchmarkhub.library.PackageManifest;
import io.benchmarkhub.library.PackageManifest.Author;
import io.benchmarkhub.library.PackageManifest.JudgeSummary;
import io.benchmarkhub.report.HtmlPage;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A benchmark's page, {@code benchmarks/<name>.html}: its card, how to install and run it, its versions, its cases
 * per concept and difficulty, its judges, its citation and the leaderboard of its reference results. Every text
 * from the package is escaped here.
 */
final class CatalogBenchmarkPage {
  private CatalogBenchmarkPage() {}

  static void write(HtmlPage page, CatalogEntry e, Writer out) throws IOException {
    PackageManifest m = e.latest();
    page.writeHead(out);
    out.write("<header>\n<h1>" + escape(m.name()) + " <span class=\"sub\">" + escape(m.version().toString())
        + "</span>" + (e.verified() ? " <span class=\"verified\" title=\"approved, open data, passing validation\">"
        + "✓ verified</span>" : "") + "</h1>\n");
    out.write("<div class=\"sub\">" + escape(m.domain()) + " · " + escape(m.taskType()) + " · " + escape(m.license())
        + "</div>\n<nav><a href=\"../" + CatalogSite.INDEX + "\">all benchmarks</a><a href=\"#install\">install</a>"
        + "<a href=\"#versions\">versions</a><a href=\"#concepts\">concepts</a><a href=\"#judges\">judges</a>"
        + "<a href=\"#leaderboard\">leaderboard</a></nav>\n</header>\n");
    card(e, out);
    install(m, out);
    versions(e, out);
    concepts(e.grid(), out);
    judges(m, out);
    out.write("<section id=\"citation\">\n<h2>Citation</h2>\n" + m.citationText().map(c -> "<pre>" + escape(c)
        + "</pre>").orElse("<p class=\"empty\">No citation given.</p>") + "\n</section>\n");
    LeaderboardTable.write(e.leaderboard(), out);
    page.writeEnd(out, w -> CatalogJson.benchmark(e, w));
  }

  private static void card(CatalogEntry e, Writer out) throws IOException {
    PackageManifest m = e.latest();
    out.write("<section id=\"card\">\n<p class=\"desc\">" + escape(m.description()) + "</p>\n<dl class=\"meta\">\n");
    meta(out, "domain", m.domain());
    meta(out, "task type", m.taskType());
    meta(out, "licence", m.license() + (m.openData() ? " (open data)" : ""));
    meta(out, "quality score", CatalogFormat.quality(m.quality()));
    meta(out, "review", e.review());
    meta(out, "verified", e.verified() ? "yes" : "no");
    meta(out, "cases", Integer.toString(m.dataset().cases()));
    meta(out, "difficulty", CatalogFormat.difficulties(m));
    meta(out, "authors", m.authors().stream().map(CatalogBenchmarkPage::author).collect(Collectors.joining("; ")));
    meta(out, "tags", String.join(", ", m.tags()));
    meta(out, "metrics", String.join(", ", m.metrics()));
    if (m.forkedFrom() != null) {
      meta(out, "forked from", m.forkedFrom().toString());
    }
    out.write("</dl>\n</section>\n");
  }

  private static void install(PackageManifest m, Writer out) throws IOException {
    String ref = m.name() + "@" + m.version();
    out.write("<section id=\"install\">\n<h2>Install and run</h2>\n<p>From a clone of this library (<code>--library "
        + "DIR</code>) or its git remote (<code>--remote URI</code>):</p>\n<pre id=\"install-cmd\">benchmarkhub library "
        + "install " + escape(ref) + "\nbenchmarkhub run ~/.benchmarkhub/packages/" + escape(m.name()) + "/"
        + escape(m.version().toString()) + "/benchmark.yaml</pre>\n<p>In a benchmark class:</p>\n<pre id=\"dataset-line\">"
        + escape("@Dataset(\"library:" + ref + "\")") + "</pre>\n</section>\n");
  }

  private static void versions(CatalogEntry e, Writer out) throws IOException {
    out.write("<section id=\"versions\">\n<h2>Versions</h2>\n<table>\n<thead><tr><th>version</th><th class=\"n\">cases"
        + "</th><th class=\"n\">quality</th><th>review</th><th>verified</th><th>cases.jsonl sha256</th></tr></thead>"
        + "\n<tbody>\n");
    for (CatalogVersion v : e.versions()) {
      PackageManifest m = v.manifest();
      out.write("<tr><td>" + escape(m.version().toString()) + "</td><td class=\"n\">" + m.dataset().cases()
          + "</td><td class=\"n\">" + CatalogFormat.quality(m.quality()) + "</td><td>" + escape(v.review())
          + "</td><td>" + (v.verified() ? "✓" : "") + "</td><td><code>" + escape(m.dataset().sha256())
          + "</code></td></tr>\n");
    }
    out.write("</tbody></table>\n</section>\n");
  }

  private static void concepts(ConceptGrid g, Writer out) throws IOException {
    out.write("<section id=\"concepts\">\n<h2>Cases per concept and difficulty</h2>\n<table>\n<thead><tr><th>concept"
        + "</th>");
    for (String level : g.levels()) {
      out.write("<th class=\"n\">" + escape(level) + "</th>");
    }
    out.write("<th class=\"n\">total</th></tr></thead>\n<tbody>\n");
    for (int r = 0; r < g.concepts().size(); r++) {
      out.write("<tr><td>" + escape(g.concepts().get(r)) + "</td>");
      int total = 0;
      for (int k = 0; k < g.levels().size(); k++) {
        total += g.count(r, k);
        out.write("<td class=\"n\">" + g.count(r, k) + "</td>");
      }
      out.write("<td class=\"n\">" + total + "</td></tr>\n");
    }
    out.write("</tbody></table>\n</section>\n");
  }

  private static void judges(PackageManifest m, Writer out) throws IOException {
    out.write("<section id=\"judges\">\n<h2>Judges</h2>\n");
    judgeList(m.judges(), out);
    out.write("</section>\n");
  }

  private static void judgeList(List<JudgeSummary> judges, Writer out) throws IOException {
    out.write("<ul>\n");
    for (JudgeSummary j : judges) {
      out.write("<li><code>" + escape(j.type()) + "</code>" + (j.model() == null ? "" : " judged by <code>"
          + escape(j.model()) + "</code>"));
      if (!j.members().isEmpty()) {
        judgeList(j.members(), out);
      }
      out.write("</li>\n");
    }
    out.write("</ul>\n");
  }

  private static void meta(Writer out, String term, String value) throws IOException {
    out.write("<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>\n");
  }

  private static String author(Author a) {
    return a.name() + (a.affiliation() == null ? "" : " (" + a.affiliation() + ")");
  }
}
