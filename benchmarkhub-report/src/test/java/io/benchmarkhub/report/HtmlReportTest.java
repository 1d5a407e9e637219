package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlFixtures.ALPHA;
import static io.benchmarkhub.report.HtmlFixtures.BETA;
import static io.benchmarkhub.report.HtmlFixtures.EVIL;
import static io.benchmarkhub.report.HtmlFixtures.HOSTILE;
import static io.benchmarkhub.report.HtmlFixtures.IMG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final String DATA_OPEN = "<script type=\"application/json\" id=\"data\">";

  @TempDir
  static Path dir;
  static String html;
  static RunSummary run;

  @BeforeAll
  static void write() throws Exception {
    run = HtmlFixtures.run(30);
    Path file = dir.resolve("sub/report.html");
    HtmlReport.write(run, file);
    html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(dir.resolve("sub/report.html.tmp")).doesNotExist();
  }

  /** {@return the HTML with the JSON data block and the script cut out: what the parser reads as markup} */
  static String markup() {
    int d = html.indexOf(DATA_OPEN);
    return html.substring(0, d);
  }

  static String dataBlock() {
    int d = html.indexOf(DATA_OPEN) + DATA_OPEN.length();
    return html.substring(d, html.indexOf("</script>", d));
  }

  static String inlineScript() {
    int s = html.lastIndexOf("<script>") + "<script>".length();
    return html.substring(s, html.indexOf("</script>", s));
  }

  static String inlineStyle() {
    int s = html.indexOf("<style>") + "<style>".length();
    return html.substring(s, html.indexOf("</style>", s));
  }

  @Test
  void noHostileMarkupSurvivesAnywhere() {
    // exactly the two script elements of the report, and no markup from the payloads
    assertThat(count(html.toLowerCase(Locale.ROOT), "<script")).isEqualTo(2);
    assertThat(count(html.toLowerCase(Locale.ROOT), "</script")).isEqualTo(2);
    assertThat(html).doesNotContain("<img").doesNotContain("<!--").doesNotContain("onerror=\"window")
        .doesNotContain("onmouseover=\"window");
    // the JSON data escapes every < > & so nothing in it can end or alter the script element
    assertThat(dataBlock()).doesNotContain("<").doesNotContain(">").doesNotContain("&").contains("\\u003C");
  }

  @Test
  void everyHostileFieldOutsideTheDataIsEscapedText() {
    String m = markup();
    String escaped = HtmlText.esc(HOSTILE);
    assertThat(escaped).doesNotContain("<").doesNotContain("\"").doesNotContain("'");
    // benchmark, version, run id in the title and header; dataset, judges in the metadata; model ids in the
    // leaderboard, charts and matrix; panel and pair judge names
    assertThat(m).contains("bench" + HtmlText.esc(HtmlFixtures.SCRIPT), "2.1.0" + HtmlText.esc(IMG),
        "run-20260105" + HtmlText.esc(HtmlFixtures.BREAKOUT), "hostile" + escaped + ".jsonl",
        "rubric: " + escaped, "{seed=" + escaped + "}", "panel" + HtmlText.esc(IMG), "pref" + HtmlText.esc(IMG));
    assertThat(count(m, "<td>" + HtmlText.esc(EVIL) + "</td>")).isGreaterThanOrEqualTo(1);
    assertThat(m).contains("data-model=\"" + HtmlText.esc(EVIL) + "\"");
  }

  @Test
  void theDataBlockReadsBackEveryHostileFieldUnchanged() throws Exception {
    JsonNode d = new ObjectMapper().readTree(dataBlock());
    assertThat(d.get("m")).extracting(JsonNode::asText).containsExactly(ALPHA, BETA, EVIL);
    JsonNode c0 = d.get("c").get(0);
    assertThat(c0.get("id").asText()).isEqualTo("case-0" + HOSTILE);
    assertThat(c0.get("in").asText()).isEqualTo(HtmlFixtures.input(0));
    assertThat(c0.get("x").asText()).isEqualTo(HtmlFixtures.expected(0));
    assertThat(c0.get("tg")).extracting(JsonNode::asText).containsExactly("tag-0", "tag" + HOSTILE);
    assertThat(c0.get("md").get("source").asText()).isEqualTo(HOSTILE);
    JsonNode alpha = c0.get("t").get(0);
    assertThat(alpha.get("a").asText()).isEqualTo(HtmlFixtures.answer(ALPHA, 0));
    assertThat(alpha.get("sv").asText()).isEqualTo("served" + HOSTILE);
    assertThat(alpha.get("v").get(0).get("r").asText()).isEqualTo("reason " + HOSTILE);
    assertThat(d.get("j").get(alpha.get("v").get(0).get("j").asInt()).asText()).isEqualTo("exact" + IMG);
    JsonNode panel = c0.get("t").get(1).get("v").get(1);
    assertThat(panel.get("p")).hasSize(2);
    assertThat(panel.get("p").get(1).get("u").asInt()).isEqualTo(1);
    assertThat(panel.get("p").get(1).get("r").asText()).endsWith(HOSTILE);
    JsonNode error = d.get("c").get(9).get("t").get(2).get("e");
    assertThat(error.get(2).asText()).isEqualTo("timed out after 30 s " + HOSTILE);
    assertThat(d.get("c").get(9).get("t").get(2).get("s").asText()).isEqualTo("E");
    assertThat(d.get("tags")).extracting(JsonNode::asText).contains("tag" + HOSTILE);
    assertThat(d.get("diffs")).extracting(JsonNode::asText).containsExactly("easy", "hard");
    // the chat case keeps its conversation
    assertThat(d.get("c").get(1).get("msg").get(0).get(1).asText()).isEqualTo("you are terse");
  }

  @Test
  void eachCaseTextIsWrittenOnceWhateverTheNumberOfModels() {
    assertThat(count(html, "question number 16")).isEqualTo(1);
    assertThat(count(html, "the answer is 16\"")).isEqualTo(1 + 2); // expected once, then alpha's and beta's answers
  }

  @Test
  void cspAllowsOnlyTheReportsOwnScriptAndStyleByHash() throws Exception {
    Matcher m = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertThat(m.find()).isTrue();
    String csp = m.group(1);
    String scriptHash = "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(inlineScript().getBytes(StandardCharsets.UTF_8)));
    String styleHash = "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(inlineStyle().getBytes(StandardCharsets.UTF_8)));
    assertThat(csp).startsWith("default-src 'none';").contains("script-src '" + scriptHash + "';")
        .contains("style-src '" + styleHash + "';").contains("img-src data:")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http");
    // the policy comes before any script or style, in the head
    assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
    assertThat(inlineScript()).contains("JSON.parse").doesNotContain("innerHTML").doesNotContain("eval(");
    // no inline event handler or style attribute, which the policy would block
    // (an attribute's value is quoted, and every " in a value is escaped)
    String attrs = "<[a-zA-Z][a-zA-Z0-9]*(?:\\s+[a-zA-Z:-]+(?:=\"[^\"]*\")?)*\\s+";
    assertThat(markup()).doesNotContainPattern(attrs + "on[a-z]+=").doesNotContainPattern(attrs + "style=")
        .containsPattern(attrs + "title=");
    // no reference to anything outside the file
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("//cdn");
  }

  @Test
  void metadataIsPresent() {
    String m = markup();
    RunSummary s = run;
    assertThat(m).contains("<dt>run id</dt>", "<dt>dataset</dt>",
        "sha256 9f2c4e1a7b3d5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd",
        "sha256 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", "2026-01-05T10:00:00Z",
        "2026-01-05T10:03:20Z", "3 min 20 s", "BenchmarkHub 0.1.0-test", "{temperature=0.0, maxTokens=64}",
        "beta:7b", "ollama", "exact-match", "<dt>repeats</dt><dd>1</dd>", "<dt>cases</dt><dd>30</dd>");
    assertThat(s.info().judges()).hasSize(2);
    assertThat(m).contains("<li class=\"mono\">exact-match</li>");
  }

  @Test
  void leaderboardShowsTheIntervalsCostsTokensAndLatencies() {
    String m = markup();
    for (ModelSummary s : run.models()) {
      assertThat(m).contains(HtmlText.pct(s.passRate()) + "<span class=\"ci\">"
          + HtmlText.pctRange(s.passRateLow(), s.passRateHigh()) + "</span>");
      assertThat(m).contains(HtmlText.score(s.meanScore()) + "<span class=\"ci\">"
          + HtmlText.scoreRange(s.meanScoreLow(), s.meanScoreHigh()) + "</span>");
      assertThat(m).contains(HtmlText.ms(s.latencyP50()), HtmlText.ms(s.latencyP95()));
      assertThat(m).contains(HtmlText.num(s.inputTokens()) + " / " + HtmlText.num(s.outputTokens()));
    }
    ModelSummary alpha = run.model(ALPHA);
    // the numbers themselves: 30 cases, alpha fails i % 4 == 1 (8 cases): 22 of 30 = 73.3%, Wilson 55.6–85.8%
    assertThat(alpha.passed()).isEqualTo(22);
    assertThat(m).contains("73.3%<span class=\"ci\">55.6–85.8%</span>");
    // cost: 30 trials at $0.00002, $0.0006 in all, per passed case 0.0006 / 22
    assertThat(m).contains("data-v=\"" + alpha.costUsd().getAsDouble() + "\">$0.0006</td>");
    assertThat(m).contains(HtmlText.usd(0.0006 / 22));
    // the model without known cost
    assertThat(m).contains("data-v=\"\">unknown</td>");
    assertThat(m).contains("id=\"cost-unknown\">Not plotted: " + HtmlText.esc(EVIL) + " (cost unknown).");
    assertThat(m).contains("judge cost").contains("$0.0042");
  }

  @Test
  void chartsAreInlineSvgWithLabelledAxesAndHoverTitles() {
    String m = markup();
    assertThat(m).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-cost\"",
        "id=\"chart-latency\"", "total cost of the run (USD)", "pass rate (%), 95% CI", "latency (ms)");
    assertThat(m).contains("<title>" + ALPHA + ": pass rate 73.3% (95% CI 55.6–85.8%), total cost $0.0006");
    assertThat(m).contains("<title>" + ALPHA + ": latency p50 325 ms, p95 348 ms</title>");
    assertThat(m).contains("<title>" + HtmlText.esc(EVIL) + ": latency p50 1,000 ms, p95 1,190 ms</title>");
  }

  @Test
  void significanceMatrixAndReadings() {
    String m = markup();
    assertThat(m).contains("id=\"matrix\"");
    assertThat(m).contains("m-alpha beats m-beta on 9 more cases (12 vs 3 passed by one only, of 30), "
        + "p = 0.004 (Holm).");
    assertThat(m).contains("m-alpha scores higher than m-beta by 0.090 on average, effect r = +0.41, "
        + "p = 0.004 (Wilcoxon, Holm)");
    assertThat(m).contains("m-alpha vs " + HtmlText.esc(EVIL) + ": no significant difference in pass rate "
        + "(5 vs 4 passed by one only, of 30), p = 0.90 (Holm)");
    assertThat(m).contains(HtmlText.esc(EVIL) + " beats m-beta on 7 more cases (9 vs 2 passed by one only, of 30), "
        + "p = 0.030 (Holm)");
    // from the row's side: alpha's row reads +9.0 pp against beta, beta's row -9.0 pp against alpha
    assertThat(m).contains("<td class=\"win\"").contains("<td class=\"loss\"").contains("+9.0 pp").contains("-9.0 pp");
  }

  @Test
  void judgesPairwiseAndAgreement() {
    String m = markup();
    assertThat(m).contains("id=\"pairwise\"", "pref" + HtmlText.esc(IMG) + " prefers m-alpha (m-alpha won 14, m-beta "
        + "won 4, 2 ties, 1 inconsistent), p = 0.031 (sign test, Holm)", "71.0%", "$0.0123");
    assertThat(m).contains("id=\"agreement\"", "gpt-judge, llama-judge" + HtmlText.esc(HtmlFixtures.SCRIPT),
        "0.712", "0.655", "over 40 trials", "tentative", ">17</td>");
  }

  @Test
  void trialsAreStreamedOnceNeverLoadedWhole() throws Exception {
    List<TrialResult> trials = HtmlFixtures.trials(12);
    AtomicInteger streams = new AtomicInteger();
    TrialResults counting = new TrialResults() {
      @Override
      public long size() {
        return trials.size();
      }

      @Override
      public Stream<TrialResult> stream() {
        streams.incrementAndGet();
        return new ArrayList<>(trials).stream();
      }

      @Override
      public List<TrialResult> toList() {
        throw new AssertionError("the report must stream the trials");
      }
    };
    RunSummary s = HtmlFixtures.run(12, counting, trials);
    Path file = dir.resolve("streamed.html");
    HtmlReport.write(s, file);
    assertThat(streams).hasValue(1);
    JsonNode d = new ObjectMapper().readTree(Files.readString(file).split(Pattern.quote(DATA_OPEN))[1].split("</script>")[0]);
    assertThat(d.get("c")).hasSize(12);
    assertThat(d.get("c").get(11).get("t")).hasSize(3);
  }

  @Test
  void escapingHelpers() {
    assertThat(HtmlText.esc("<a href='x'>\"&</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&lt;/a&gt;");
    assertThat(HtmlText.esc("a\u0000b\uD800c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
    assertThat(HtmlText.p(0.0004)).isEqualTo("p < 0.001");
    assertThat(HtmlText.p(0.003)).isEqualTo("p = 0.003");
    assertThat(HtmlText.p(0.41)).isEqualTo("p = 0.41");
    assertThat(HtmlText.usd(0.000315)).isEqualTo("$0.000315");
    assertThat(HtmlText.usd(12.345)).isEqualTo("$12.35");
    assertThat(HtmlCharts.ticks(0.0123)).containsExactly(0, 0.0025, 0.005, 0.0075, 0.01, 0.0125);
  }

  @Test
  void aFailedWriteLeavesNoFile() {
    RunSummary broken = new RunSummary("b", "1", "r", HtmlFixtures.START, HtmlFixtures.END, run.info(), run.models(),
        new TrialResults() {
          @Override
          public long size() {
            return 1;
          }

          @Override
          public Stream<TrialResult> stream() {
            throw new java.io.UncheckedIOException(new java.io.IOException("run log gone"));
          }
        }, List.of(), List.of(), List.of(), null);
    Path file = dir.resolve("broken.html");
    assertThatThrownBy(() -> HtmlReport.write(broken, file)).hasMessageContaining("run log gone");
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("broken.html.tmp")).doesNotExist();
  }

  @Test
  void anEmptyRunAndASingleModelRunStillMakeAPage() throws Exception {
    RunSummary empty = new RunSummary("empty", "1", "r0", HtmlFixtures.START, HtmlFixtures.START, List.of(), List.of());
    Path file = dir.resolve("empty.html");
    HtmlReport.write(empty, file);
    assertThat(Files.readString(file)).contains("No comparison: the run has one model.", "\"c\":[]")
        .endsWith("</html>\n");
    List<TrialResult> trials = HtmlFixtures.trials(4).stream().filter(t -> t.model().equals(ALPHA)).toList();
    RunSummary one = new RunSummary("one", "1", "r1", HtmlFixtures.START, HtmlFixtures.END,
        List.of(HtmlFixtures.summary(ALPHA, trials)), trials);
    HtmlReport.write(one, file);
    assertThat(Files.readString(file)).contains("<dt>dataset</dt><dd>(not recorded)</dd>", "m-alpha: pass rate 75.0%");
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aCalibrationIsShownWithItsNumbersAndItsWarningAsText() throws Exception {
    io.benchmarkhub.api.JudgeCalibration c = new io.benchmarkhub.api.JudgeCalibration("judge 'rubric" + HtmlFixtures.IMG
        + "'", "labels" + HtmlFixtures.SCRIPT + ".jsonl", 20, 0.7, 0.85, 0.5, 9, 1, 2, 8, 0.8, 0.6, 0.75, false,
        "judge 'rubric' agrees with humans at kappa 0.70 < 0.75 on 20 trials" + HtmlFixtures.BREAKOUT);
    java.io.StringWriter out = new java.io.StringWriter();
    HtmlReport.write(HtmlFixtures.run(3), List.of(c), out);
    String page = out.toString();

    assertThat(page).contains("<h2>Calibration against people</h2>", "<a href=\"#judges\">judges</a>",
        "<dt>compared trials</dt><dd>20</dd>", "<dt>kappa</dt><dd>0.700 (threshold 0.750: not trusted)</dd>",
        "<dt>agreement</dt><dd>85.0% observed, 50.0% by chance</dd>", "<th>people pass</th><td class=\"n\">9</td>"
            + "<td class=\"n\">1</td>", "<th>people fail</th><td class=\"n\">2</td><td class=\"n\">8</td>",
        "data-trusted=\"false\"", HtmlText.esc("labels" + HtmlFixtures.SCRIPT + ".jsonl"),
        "<p class=\"warning\">" + HtmlText.esc(c.warning()) + "</p>");
    assertThat(count(page.toLowerCase(Locale.ROOT), "<script")).isEqualTo(2);
    assertThat(page).doesNotContain("<img");
  }
}
