package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ValidationPages.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.report.HtmlPage;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationHtmlTest {
  @TempDir
  Path dir;

  private static String page(ValidationReport report, List<TestCase> cases) throws Exception {
    StringWriter out = new StringWriter();
    ValidationHtml.write(report, ValidationPages.checks(), cases, out);
    return out.toString();
  }

  @Test
  void showsTheScoreWithItsPartsAndEveryCheckWithItsStatus() throws Exception {
    String m = page(ValidationPages.report(), List.of());

    // structure 50 (weight 30), coverage 100 (weight 20), the rest unmeasured: (1500 + 2000) / 50 = 70
    assertThat(m).contains("<span id=\"overall\" class=\"big grade-fair\">70</span> / 100 · <b id=\"grade\">fair</b>");
    assertThat(m).contains("<tr data-category=\"STRUCTURE\"><td>structure</td><td class=\"n\">30</td>"
        + "<td class=\"n\">50</td><td><meter min=\"0\" max=\"100\" low=\"70\" high=\"85\" optimum=\"100\" "
        + "value=\"50.0\">50</meter></td></tr>");
    assertThat(m).contains("<tr data-category=\"CALIBRATION\"><td>calibration</td><td class=\"n\">20</td>"
        + "<td class=\"n\">—</td><td class=\"note\">not measured: no check applied</td></tr>");
    assertThat(m).contains("<tr data-status=\"WARN\" data-check=\"hostile\"><td><span class=\"st st-W\">WARN</span>"
        + "</td><td><a href=\"#check-hostile\">Fixed hostile</a><span class=\"ci\">hostile</span></td><td>structure"
        + "</td><td class=\"n\">0.50</td><td>hostile found 2 &lt;things&gt;</td></tr>");
    assertThat(m).contains("<tr data-status=\"NOT_APPLICABLE\" data-check=\"reliability\"><td><span class=\"st "
        + "st-N\">N/A</span>");
    assertThat(m).contains("<li>hostile: Fix &lt;b&gt;it&lt;/b&gt;.</li>");
    assertThat(m).contains("<p class=\"desc\">Returns a fixed result &lt;for&gt; tests.</p>",
        "<p class=\"desc\">" + HtmlPage.escape(new ReliabilityCheck().description()) + "</p>");
    assertThat(m).contains("<div class=\"sub\" id=\"about\">3 cases · question-answering · no reference results · "
        + "2026-01-05T10:00:00Z · BenchmarkHub ");
  }

  @Test
  void hostileTextNeverBecomesMarkup() throws Exception {
    String m = page(ValidationPages.report(), List.of());

    assertThat(m).doesNotContain("<img").doesNotContain("<b>bold</b>").doesNotContain("<b>it</b>");
    assertThat(m).contains("<title>cases&quot;&lt;/title&gt;&lt;b&gt;bold&lt;/b&gt;.jsonl · validation · "
        + "BenchmarkHub</title>");
    // two script elements: the data block and the page's script, each closed once
    assertThat(m.split("</script>", -1)).hasSize(3);
    String data = between(m, "<script type=\"application/json\" id=\"data\">", "</script>");
    assertThat(data).contains("\"m\":\"\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E\"")
        .contains("\"c\":[\"q1\"],\"f\":\"cases.jsonl\",\"l\":3").contains("{\"c\":[\"q2\",\"q3\"],\"m\":\"a pair\"}");
    assertThat(data).doesNotContain(HOSTILE);
  }

  @Test
  void theContentSecurityPolicyAllowsOnlyThePagesOwnScriptAndStyle() throws Exception {
    String m = page(ValidationPages.report(), List.of());

    String csp = between(m, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");
    String style = between(m, "<style>", "</style>");
    String script = between(m, "</script>\n<script>", "</script>");
    assertThat(csp).isEqualTo("default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
        + "'; img-src data:; base-uri 'none'; form-action 'none'");
    assertThat(m).doesNotContain("http://").doesNotContain("https://").doesNotContain(" style=\"");
  }

  @Test
  void theCoverageGridComesFromTheCoverageChecksFigureDeclaredValuesFirst() throws Exception {
    String m = page(ValidationPages.report(), List.of());

    String grid = between(m, "<table id=\"grid\">", "</table>");
    // declared columns easy, hard, then the figure's medium; declared rows math, history (matched ignoring case), then art
    assertThat(grid).contains("<th class=\"n\">easy</th><th class=\"n\">hard</th><th class=\"n undeclared\">medium"
        + "</th><th class=\"n\">total</th>");
    assertThat(grid).contains("<tr><th>math</th><td class=\"n\">2</td><td class=\"n miss\">0</td>"
        + "<td class=\"n\">0</td><td class=\"n\">2</td></tr>");
    assertThat(grid).contains("<tr><th>history</th><td class=\"n\">1</td><td class=\"n miss\">0</td>"
        + "<td class=\"n\">0</td><td class=\"n\">1</td></tr>");
    assertThat(grid).contains("<tr><th class=\"undeclared\">art</th><td class=\"n\">0</td><td class=\"n\">0</td>"
        + "<td class=\"n\">4</td><td class=\"n\">4</td></tr>");
    assertThat(m).contains("2 declared cells hold no case (marked).");
  }

  @Test
  void withoutTheCoverageFigureTheGridIsCountedFromTheCases() throws Exception {
    List<TestCase> cases = List.of(
        ReferenceRuns.builder("q1", 0).metadata(CaseFields.CONCEPT, "math").difficulty("Easy").build(),
        ReferenceRuns.builder("q2", 1).metadata(CaseFields.CONCEPT, "math").difficulty("hard").build(),
        ReferenceRuns.builder("q3", 2).metadata(CaseFields.CONCEPT, "math").difficulty("hard").build(),
        ReferenceRuns.builder("q4", 3).metadata(CaseFields.CONCEPT, "history").difficulty("easy").build());
    ValidationReport report = Validator.of(List.of(new ReliabilityCheck())).validate(
        new ValidationInput("c.jsonl", cases, ValidationPages.DESIGN, List.of(), ValidationSettings.defaults()));

    String grid = between(page(report, cases), "<table id=\"grid\">", "</table>");

    assertThat(grid).contains("<tr><th>math</th><td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">3</td>");
    assertThat(grid).contains("<tr><th>history</th><td class=\"n\">1</td><td class=\"n miss\">0</td>"
        + "<td class=\"n\">1</td>");
  }

  @Test
  void writesTheFileByItsName() throws Exception {
    Path file = dir.resolve("out").resolve(ValidationHtml.fileName("quiz"));
    ValidationHtml.write(ValidationPages.report(), ValidationPages.checks(), List.of(), file);
    assertThat(file.getFileName().toString()).isEqualTo("quiz.validation.html");
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  private static String between(String s, String start, String end) {
    Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(s);
    assertThat(m.find()).as("page has " + start).isTrue();
    return m.group(1);
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
