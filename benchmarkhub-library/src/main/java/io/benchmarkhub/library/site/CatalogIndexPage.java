package io.benchmarkhub.library.site;

import static io.benchmarkhub.report.HtmlPage.escape;

import io.benchmarkhub.library.PackageManifest;
import io.benchmarkhub.report.HtmlPage;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The catalog's {@code index.html}: a header with the library's figures, the search box and filters (domain, task
 * type, licence, verified only; their options written here, escaped), and an empty card list that the page's
 * script fills from the data block, inserting every text as text.
 */
final class CatalogIndexPage {
  private CatalogIndexPage() {}

  static void write(HtmlPage page, List<CatalogEntry> entries, Writer out) throws IOException {
    page.writeHead(out);
    long domains = entries.stream().map(e -> e.latest().domain()).distinct().count();
    long verified = entries.stream().filter(CatalogEntry::verified).count();
    out.write("<header>\n<h1>Benchmark library</h1>\n<div class=\"sub\" id=\"about\">" + entries.size()
        + (entries.size() == 1 ? " benchmark" : " benchmarks") + " · " + domains + (domains == 1 ? " domain" : " domains")
        + " · " + verified + " verified · " + entries.stream().mapToInt(e -> e.latest().dataset().cases()).sum()
        + " cases</div>\n</header>\n");
    out.write("<section id=\"catalog\">\n<div class=\"controls\" id=\"filters\">\n");
    out.write("<label>search <input type=\"search\" id=\"q\" placeholder=\"name, description, tags\" "
        + "autocomplete=\"off\"></label>\n");
    select(out, "domain", "domain", entries, PackageManifest::domain);
    select(out, "task", "task type", entries, PackageManifest::taskType);
    select(out, "licence", "licence", entries, PackageManifest::license);
    out.write("<label><input type=\"checkbox\" id=\"verified\"> verified only</label>\n");
    out.write("<span id=\"shown\" class=\"note\"></span>\n</div>\n");
    out.write("<div id=\"cards\" class=\"cards\"></div>\n");
    out.write("<p id=\"none\" class=\"empty\" hidden>No benchmark matches; clear a filter.</p>\n</section>\n");
    page.writeEnd(out, w -> CatalogJson.index(entries, w));
  }

  private static void select(Writer out, String id, String label, List<CatalogEntry> entries,
      Function<PackageManifest, String> field) throws IOException {
    out.write("<label>" + label + " <select id=\"" + id + "\"><option value=\"\">all</option>");
    for (String v : new TreeSet<>(entries.stream().map(e -> field.apply(e.latest())).toList())) {
      out.write("<option value=\"" + escape(v) + "\">" + escape(v) + "</option>");
    }
    out.write("</select></label>\n");
  }
}
