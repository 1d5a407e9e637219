package io.benchmarkhub.author.validate;

import static io.benchmarkhub.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;

/**
 * The coverage section of the validation page: the concept x difficulty grid as a table, the number of
 * cases in each cell, declared cells without a case marked as missing, and undeclared rows and columns
 * (values the cases name that the design does not) marked as such.
 */
final class ValidationHtmlGrid {
  private ValidationHtmlGrid() {}

  /** Writes the coverage section. */
  static void write(CoverageTable grid, Writer out) throws IOException {
    out.write("<section id=\"coverage\">\n<h2>Coverage: concept × difficulty</h2>\n");
    if (grid.isEmpty()) {
      out.write("<p class=\"note\">No concept or difficulty is declared or tagged on the cases.</p>\n</section>\n");
      return;
    }
    out.write("<table id=\"grid\">\n<thead><tr><th>concept</th>");
    for (int j = 0; j < grid.difficulties().size(); j++) {
      out.write("<th class=\"n" + (j >= grid.declaredDifficulties() ? " undeclared" : "") + "\">"
          + escape(grid.difficulties().get(j)) + "</th>");
    }
    out.write("<th class=\"n\">total</th></tr></thead>\n<tbody>\n");
    int missing = 0;
    for (int i = 0; i < grid.concepts().size(); i++) {
      String concept = grid.concepts().get(i);
      boolean declaredRow = i < grid.declaredConcepts();
      out.write("<tr><th" + (declaredRow ? "" : " class=\"undeclared\"") + ">" + escape(concept) + "</th>");
      int total = 0;
      for (int j = 0; j < grid.difficulties().size(); j++) {
        int n = grid.count(concept, grid.difficulties().get(j));
        total += n;
        boolean declaredCell = declaredRow && j < grid.declaredDifficulties();
        if (n == 0 && declaredCell) {
          missing++;
        }
        out.write("<td class=\"n" + (n == 0 && declaredCell ? " miss" : "") + "\">" + n + "</td>");
      }
      out.write("<td class=\"n\">" + total + "</td></tr>\n");
    }
    out.write("</tbody></table>\n<p class=\"note\" id=\"grid-note\">" + (missing == 0 ? "Every declared cell holds a "
        + "case." : missing + (missing == 1 ? " declared cell holds" : " declared cells hold") + " no case (marked).")
        + " Values the cases use but the design does not declare are in italics.</p>\n</section>\n");
  }
}
