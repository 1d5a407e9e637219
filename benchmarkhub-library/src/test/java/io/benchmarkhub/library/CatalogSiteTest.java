package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.library.site.CatalogSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog site's pages as files: what they say, what they escape, and that they are reproducible. */
class CatalogSiteTest {
  @TempDir
  static Path tmp;
  static Path library;
  static List<Path> pages;

  @BeforeAll
  static void site() throws Exception {
    library = SiteFixtures.library(tmp);
    pages = CatalogSite.write(library, tmp.resolve("site"));
  }

  private static String page(String file) {
    return Fixtures.read(tmp.resolve("site").resolve(file));
  }

  @Test
  void writesTheIndexAndAPagePerBenchmark() {
    assertThat(pages).containsExactly(tmp.resolve("site/index.html"), tmp.resolve("site/benchmarks/hostile-risk.html"),
        tmp.resolve("site/benchmarks/ledger-risk.html"), tmp.resolve("site/benchmarks/legal-clause-risk.html"));
    String index = page("index.html");
    assertThat(index).contains("3 benchmarks · 3 domains · 1 verified · 95 cases");
    assertThat(index).contains("<option value=\"finance\">finance</option>", "<option value=\"MIT\">MIT</option>",
        "<input type=\"search\" id=\"q\"");
    assertThat(index).contains("\"name\":\"legal-clause-risk\",\"version\":\"1.1.0\"", "\"verified\":true",
        "\"page\":\"benchmarks/legal-clause-risk.html\"");
  }

  @Test
  void aHostileDescriptionStaysTextOnEveryPage() {
    String index = page("index.html");
    String hostile = page("benchmarks/hostile-risk.html");
    for (String html : List.of(index, hostile)) {
      assertThat(html).doesNotContain("<img").doesNotContain("</script><img");
      assertThat(count(html, "</script>")).isEqualTo(2);
    }
    assertThat(index).contains("\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E");
    assertThat(hostile).contains("<p class=\"desc\">&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>");
    assertThat(hostile).contains("No published results.", "<li><code>oneOf</code></li>",
        "<li><code>llmRubric</code> judged by <code>openai:gpt-4.1-mini</code></li>",
        "<pre>Lovelace, A. (2026). Contract risk clauses.</pre>");
  }

  @Test
  void aBenchmarkPageHasVersionsConceptsJudgesCitationInstallAndLeaderboard() {
    String html = page("benchmarks/legal-clause-risk.html");
    BenchmarkPackage latest = BenchmarkPackage.load(library.resolve("legal-clause-risk/1.1.0"));
    assertThat(html).contains("✓ verified");
    assertThat(html).containsSubsequence("<td>1.1.0</td>", "<td>draft</td><td>✓</td>", "<td>1.0.0</td>",
        "<td>draft</td><td></td>");
    assertThat(html).contains("<code>" + latest.manifest().dataset().sha256() + "</code>");
    assertThat(html).contains("benchmarkhub library install legal-clause-risk@1.1.0",
        "@Dataset(&quot;library:legal-clause-risk@1.1.0&quot;)");
    assertThat(html).contains("<li><code>exact</code></li>");
    assertThat(html).contains("No citation given.");
    assertThat(html).containsSubsequence("<th>concept</th><th class=\"n\">easy</th>", "<td>liability</td>");
    assertThat(html).containsSubsequence("id=\"leaderboard\"", "<code>ref-2026</code>");
    assertThat(html).containsPattern("<tr><td>[a-z]+:[^<]+</td><td class=\"n\">\\d+\\.\\d%</td><td class=\"n\">"
        + "\\d+\\.\\d%–\\d+\\.\\d%</td>");
    assertThat(html).doesNotContain("No published results.");
  }

  @Test
  void theSameLibraryGivesTheSameBytes() throws Exception {
    List<Path> again = CatalogSite.write(library, tmp.resolve("site-again"));
    for (int i = 0; i < pages.size(); i++) {
      assertThat(Files.readAllBytes(again.get(i))).as(again.get(i).toString()).isEqualTo(Files.readAllBytes(
          pages.get(i)));
    }
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
