package io.benchmarkhub.author.validate;

import static io.benchmarkhub.report.HtmlPage.escape;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.report.HtmlPage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ValidationReport} as one self-contained HTML page, written next to the run reports as
 * {@code <benchmark>.validation.html} ({@link #fileName}).
 *
 * <p>The page shows the quality score and grade with a bar per category, the recommendations, a table
 * of the checks (status, score, summary) filterable by status, and per check a collapsible section
 * with its description, recommendation and findings (case ids, file:line, message); then the
 * concept x difficulty grid with the number of cases per cell ({@link CoverageTable}).
 *
 * <p>Safety is the run report's ({@link HtmlPage}): text drawn at write time is escaped, the findings
 * travel as JSON in the data block and the page's script inserts them as text only, and a
 * Content-Security-Policy allows nothing but the page's own script and style.
 */
public final class ValidationHtml {
  private ValidationHtml() {}

  /** {@return the page's file name for a benchmark or dataset name: {@code <name>.validation.html}} */
  public static String fileName(String benchmark) {
    return benchmark + ".validation.html";
  }

  /**
   * Writes the page to a file, replacing it (written beside it first, then moved into place).
   *
   * @param report the report
   * @param checks the checks that made it (e.g. {@link Validator#checks()}), for their descriptions
   * @param cases the validated cases, for the coverage grid when the report has no {@code concept-coverage}
   *     grid; may be empty
   * @param file the HTML file; its directory is created when missing
   * @throws IOException when the file cannot be written
   */
  public static void write(ValidationReport report, List<Check> checks, List<TestCase> cases, Path file)
      throws IOException {
    HtmlPage.writeFile(file, w -> {
      write(report, checks, cases, w);
      return null;
    });
  }

  /**
   * Writes the page to a writer, which is flushed but not closed.
   *
   * @param report the report
   * @param checks the checks that made it, for their descriptions
   * @param cases the validated cases, for the coverage grid; may be empty
   * @param out where the HTML goes; it should encode UTF-8, which the page declares
   * @throws IOException when writing fails
   */
  public static void write(ValidationReport report, List<Check> checks, List<TestCase> cases, Writer out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(cases, "cases");
    Map<String, String> descriptions = new HashMap<>();
    checks.forEach(c -> descriptions.put(c.id(), c.description()));
    HtmlPage page = HtmlPage.of(report.dataset() + " · validation · BenchmarkHub", report.version(),
        HtmlPage.baseStyle() + "\n" + HtmlPage.resource(ValidationHtml.class, "validation.css"),
        HtmlPage.commonScript() + "\n" + HtmlPage.resource(ValidationHtml.class, "validation.js"));
    page.writeHead(out);
    header(report, out);
    score(report, out);
    checksTable(report, out);
    details(report, descriptions, out);
    ValidationHtmlGrid.write(CoverageTable.of(report, cases), out);
    page.writeEnd(out, w -> ValidationHtmlData.write(report, w));
  }

  private static void header(ValidationReport r, Writer out) throws IOException {
    out.write("<header>\n<h1>" + escape(r.dataset()) + " <span class=\"sub\">validation</span></h1>\n");
    out.write("<div class=\"sub\" id=\"about\">" + r.caseCount() + " cases · " + escape(r.design().taskType()
        .fileName()) + " · " + (r.referenceModels().isEmpty() ? "no reference results"
        : "reference models: " + escape(String.join(", ", r.referenceModels()))) + " · " + escape(r.createdAt()
        .toString()) + " · BenchmarkHub " + escape(r.version()) + "</div>\n");
    out.write("<nav><a href=\"#score\">score</a><a href=\"#checks-section\">checks</a>"
        + "<a href=\"#details\">findings</a><a href=\"#coverage\">coverage</a></nav>\n</header>\n");
  }

  private static void score(ValidationReport r, Writer out) throws IOException {
    QualityScore s = r.score();
    out.write("<section id=\"score\">\n<h2>Quality score</h2>\n<p class=\"overall\"><span id=\"overall\" class=\"big "
        + "grade-" + s.grade().replace(' ', '-') + "\">" + number(s.overall()) + "</span> / 100 · <b id=\"grade\">"
        + escape(s.grade()) + "</b>" + (r.failed() ? " <span class=\"note\">(a failing check caps it at "
        + number(QualityScore.FAIL_CAP) + ")</span>" : "") + "</p>\n");
    out.write("<table id=\"parts\">\n<thead><tr><th>part</th><th class=\"n\">weight</th><th class=\"n\">score</th>"
        + "<th></th></tr></thead>\n<tbody>\n");
    for (CheckCategory c : CheckCategory.values()) {
      Double part = s.parts().get(c);
      out.write("<tr data-category=\"" + c.name() + "\"><td>" + label(c) + "</td><td class=\"n\">"
          + number(QualityScore.weight(c)) + "</td>");
      if (part == null) {
        out.write("<td class=\"n\">—</td><td class=\"note\">not measured: no check applied</td></tr>\n");
      } else {
        out.write("<td class=\"n\">" + number(part) + "</td><td><meter min=\"0\" max=\"100\" low=\"70\" high=\"85\" "
            + "optimum=\"100\" value=\"" + part + "\">" + number(part) + "</meter></td></tr>\n");
      }
    }
    out.write("</tbody></table>\n");
    List<String> recommendations = r.recommendations();
    if (!recommendations.isEmpty()) {
      out.write("<h3>Recommendations</h3>\n<ol id=\"recommendations\">\n");
      for (String rec : recommendations) {
        out.write("<li>" + escape(rec) + "</li>\n");
      }
      out.write("</ol>\n");
    }
    out.write("</section>\n");
  }

  private static void checksTable(ValidationReport r, Writer out) throws IOException {
    Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
    r.checks().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
    out.write("<section id=\"checks-section\">\n<h2>Checks</h2>\n<div class=\"controls\" id=\"status-filter\">");
    for (CheckStatus st : List.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.PASS, CheckStatus.NOT_APPLICABLE)) {
      out.write("<label><input type=\"checkbox\" class=\"st-filter\" value=\"" + st.name() + "\" checked> "
          + badge(st) + " " + counts.getOrDefault(st, 0) + "</label>");
    }
    out.write("<span id=\"shown\" class=\"note\"></span></div>\n");
    out.write("<table id=\"checks\">\n<thead><tr><th>status</th><th>check</th><th>part</th><th class=\"n\">score</th>"
        + "<th>summary</th></tr></thead>\n<tbody>\n");
    for (CheckResult c : r.checks()) {
      out.write("<tr data-status=\"" + c.status().name() + "\" data-check=\"" + escape(c.id()) + "\"><td>"
          + badge(c.status()) + "</td><td><a href=\"#check-" + escape(c.id()) + "\">" + escape(c.title())
          + "</a><span class=\"ci\">" + escape(c.id()) + "</span></td><td>" + label(c.category())
          + "</td><td class=\"n\">" + (Double.isNaN(c.score()) ? "—" : String.format(Locale.ROOT, "%.2f", c.score()))
          + "</td><td>" + escape(c.summary()) + "</td></tr>\n");
    }
    out.write("</tbody></table>\n</section>\n");
  }

  private static void details(ValidationReport r, Map<String, String> descriptions, Writer out) throws IOException {
    out.write("<section id=\"details\">\n<h2>Findings by check</h2>\n<div class=\"controls\"><button type=\"button\" "
        + "id=\"open-all\">open all</button><button type=\"button\" id=\"close-all\">close all</button></div>\n");
    for (int i = 0; i < r.checks().size(); i++) {
      CheckResult c = r.checks().get(i);
      out.write("<details class=\"check\" id=\"check-" + escape(c.id()) + "\" data-status=\"" + c.status().name()
          + "\" data-index=\"" + i + "\"><summary>" + badge(c.status()) + " " + escape(c.title()) + " <span "
          + "class=\"tmeta\">" + (c.findingsTotal() == 1 ? "1 finding" : c.findingsTotal() + " findings")
          + "</span></summary>\n");
      String description = descriptions.get(c.id());
      if (description != null) {
        out.write("<p class=\"desc\">" + escape(description) + "</p>\n");
      }
      out.write("<p class=\"summary\">" + escape(c.summary()) + "</p>\n");
      if (!c.recommendation().isEmpty()) {
        out.write("<p class=\"rec\"><b>Recommendation:</b> " + escape(c.recommendation()) + "</p>\n");
      }
      out.write("<div class=\"findings\"></div>\n</details>\n");
    }
    out.write("</section>\n");
  }

  /** {@return a status badge: PASS, WARN, FAIL or N/A, coloured by class} */
  private static String badge(CheckStatus status) {
    return switch (status) {
      case PASS -> "<span class=\"st st-P\">PASS</span>";
      case WARN -> "<span class=\"st st-W\">WARN</span>";
      case FAIL -> "<span class=\"st st-F\">FAIL</span>";
      case NOT_APPLICABLE -> "<span class=\"st st-N\">N/A</span>";
    };
  }

  private static String label(CheckCategory c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  /** {@return a number with one decimal at most: 82.5, 30} */
  private static String number(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
  }
}
