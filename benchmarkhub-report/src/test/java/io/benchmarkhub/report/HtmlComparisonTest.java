package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlFixtures.ALPHA;
import static io.benchmarkhub.report.HtmlFixtures.BETA;
import static io.benchmarkhub.report.HtmlFixtures.EVIL;
import static io.benchmarkhub.report.HtmlFixtures.HOSTILE;
import static io.benchmarkhub.report.HtmlFixtures.IMG;
import static io.benchmarkhub.report.HtmlReportTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlComparisonTest {
  static final int CASES = 120;
  private static final String DATA_OPEN = "<script type=\"application/json\" id=\"data\">";

  @TempDir
  static Path dir;
  static RunSummary baseline;
  static RunSummary candidate;
  static RunComparison cmp;
  static String html;

  @BeforeAll
  static void write() throws Exception {
    baseline = HtmlFixtures.run(CASES);
    candidate = HtmlComparisonFixtures.candidate(CASES);
    Path file = dir.resolve("sub/comparison.html");
    cmp = HtmlComparison.write(baseline, candidate, file);
    html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(dir.resolve("sub/comparison.html.tmp")).doesNotExist();
  }

  static String markup(String page) {
    return page.substring(0, page.indexOf(DATA_OPEN));
  }

  static String dataBlock(String page) {
    int d = page.indexOf(DATA_OPEN) + DATA_OPEN.length();
    return page.substring(d, page.indexOf("</script>", d));
  }

  static JsonNode data(String page) throws Exception {
    return new ObjectMapper().readTree(dataBlock(page));
  }

  static RunComparison.ModelChange change(String model) {
    return cmp.models().stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
  }

  @Test
  void theFixtureChangesAreWhatTheTestsExpect() {
    assertThat(cmp.models()).extracting(RunComparison.ModelChange::model).containsExactly(ALPHA, BETA, EVIL);
    RunComparison.ModelChange alpha = change(ALPHA);
    assertThat(alpha.worse()).isEqualTo(19);
    assertThat(alpha.better()).isEqualTo(4);
    assertThat(alpha.significant()).isTrue();
    assertThat(alpha.worseCases()).startsWith("case-0" + HOSTILE, "case-2", "case-7");
    assertThat(change(BETA).better()).isEqualTo(12);
    assertThat(change(BETA).worse()).isZero();
    assertThat(change(BETA).significant()).isTrue();
    assertThat(change(EVIL).errors()).isEqualTo(24);
    assertThat(change(EVIL).significant()).isFalse();
    assertThat(cmp.models()).allSatisfy(m -> {
      assertThat(m.added()).isEqualTo(1);
      assertThat(m.removed()).isEqualTo(1);
    });
    assertThat(cmp.sameCases()).isFalse();
  }

  @Test
  void noHostileMarkupSurvivesAnywhere() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(count(lower, "<script")).isEqualTo(2);
    assertThat(count(lower, "</script")).isEqualTo(2);
    assertThat(html).doesNotContain("<img").doesNotContain("<!--").doesNotContain("onerror=\"window")
        .doesNotContain("onmouseover=\"window");
    assertThat(dataBlock(html)).doesNotContain("<").doesNotContain(">").doesNotContain("&").contains("\\u003C")
        .doesNotContain("\u2028");
  }

  @Test
  void everyHostileFieldOutsideTheDataIsEscapedText() {
    String m = markup(html);
    String escaped = HtmlText.esc(HOSTILE);
    // benchmark (title, header, runs table), both run ids and versions, both datasets, the hostile model id
    assertThat(m).contains("<title>bench" + HtmlText.esc(HtmlFixtures.SCRIPT) + " · run-20260105"
        + HtmlText.esc(HtmlFixtures.BREAKOUT) + " → " + HtmlText.esc(HtmlComparisonFixtures.RUN_ID));
    assertThat(m).contains("<h1>bench" + HtmlText.esc(HtmlFixtures.SCRIPT), "2.1.0" + HtmlText.esc(IMG),
        "2.2.0" + HtmlText.esc(IMG), "hostile" + escaped + ".jsonl", "hostile" + escaped + ".v2.jsonl",
        "baseline run run-20260105" + HtmlText.esc(HtmlFixtures.BREAKOUT));
    assertThat(m).contains("<td>" + HtmlText.esc(EVIL) + "</td>", "data-model=\"" + HtmlText.esc(EVIL) + "\"",
        "<b>" + HtmlText.esc(EVIL) + "</b>");
  }

  @Test
  void theDataBlockReadsBackEveryHostileFieldUnchanged() throws Exception {
    JsonNode d = data(html);
    assertThat(d.get("m")).extracting(JsonNode::asText).containsExactly(ALPHA, BETA, EVIL);
    JsonNode c0 = d.get("c").get(0);
    assertThat(c0.get("k").asText()).isEqualTo("W");
    assertThat(c0.get("m").asInt()).isZero();
    assertThat(c0.get("id").asText()).isEqualTo("case-0" + HOSTILE);
    assertThat(c0.get("ci").asText()).isEqualTo("case-0" + HOSTILE);
    assertThat(c0.get("in").asText()).isEqualTo(HtmlFixtures.input(0));
    assertThat(c0.get("x").asText()).isEqualTo(HtmlFixtures.expected(0));
    assertThat(c0.has("bx")).isFalse();
    assertThat(c0.get("b").get("s").asText()).isEqualTo("P");
    assertThat(c0.get("b").get("t").asText()).isEqualTo(HtmlFixtures.answer(ALPHA, 0));
    assertThat(c0.get("b").get("v").get(0).get("r").asText()).isEqualTo("reason " + HOSTILE);
    assertThat(c0.get("a").get("s").asText()).isEqualTo("F");
    assertThat(c0.get("a").get("t").asText()).isEqualTo(HtmlComparisonFixtures.answer(ALPHA, 0));
    assertThat(c0.get("a").get("v").get(0).get("r").asText()).isEqualTo("candidate reason " + HOSTILE);
    assertThat(d.get("j").get(c0.get("a").get("v").get(0).get("j").asInt()).asText()).isEqualTo("exact" + IMG);
    // case 2: its expected output changed
    JsonNode c2 = d.get("c").get(1);
    assertThat(c2.get("id").asText()).isEqualTo("case-2");
    assertThat(c2.get("x").asText()).isEqualTo("the answer is 2.");
    assertThat(c2.get("bx").asText()).isEqualTo("the answer is 2");
    // evil's case 9 errored in both runs, the candidate with a hostile message
    JsonNode e9 = find(d, "E", 2, "case-9");
    assertThat(e9.get("b").get("e").get(2).asText()).isEqualTo("timed out after 30 s " + HOSTILE);
    assertThat(e9.get("a").get("e").get(2).asText()).isEqualTo("rate limited " + HOSTILE);
    assertThat(e9.get("a").get("e").get(1).asText()).isEqualTo("RATE_LIMITED");
    assertThat(e9.get("a").has("t")).isFalse();
    // a beta panel verdict keeps its members
    JsonNode beta = find(d, "B", 1, "case-3");
    assertThat(beta.get("b").get("v").get(1).get("p")).hasSize(2);
    assertThat(beta.get("b").get("v").get(1).get("p").get(1).get("u").asInt()).isEqualTo(1);
  }

  private static JsonNode find(JsonNode d, String kind, int model, String id) {
    return StreamSupport.stream(d.get("c").spliterator(), false)
        .filter(c -> c.get("k").asText().equals(kind) && c.get("m").asInt() == model && c.get("id").asText().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no change " + kind + " " + model + " " + id));
  }

  @Test
  void onlyTheChangedTrialsAreEmbeddedWorseFirstThenBetterThenErrors() throws Exception {
    JsonNode d = data(html);
    List<String> expected = new ArrayList<>();
    List<String> models = List.of(ALPHA, BETA, EVIL);
    for (String kind : List.of("W", "B", "E")) {
      for (int m = 0; m < models.size(); m++) {
        RunComparison.ModelChange c = change(models.get(m));
        List<String> ids = kind.equals("W") ? c.worseCases() : kind.equals("B") ? c.betterCases() : c.errorCases();
        for (String id : ids) {
          expected.add(kind + " " + m + " " + id);
        }
      }
    }
    List<String> actual = new ArrayList<>();
    d.get("c").forEach(c -> actual.add(c.get("k").asText() + " " + c.get("m").asInt() + " " + c.get("id").asText()));
    assertThat(actual).hasSize(19 + 4 + 12 + 24).containsExactlyElementsOf(expected);
    assertThat(d.get("c")).allSatisfy(c -> assertThat(c.has("a") && c.has("b")).isTrue());
    // a case no model changed on is not in the file at all, nor an added or removed one
    Set<String> changed = new HashSet<>();
    cmp.models().forEach(m -> {
      changed.addAll(m.worseCases());
      changed.addAll(m.betterCases());
      changed.addAll(m.errorCases());
    });
    List<Integer> untouched = IntStream.range(1, CASES).filter(i -> !changed.contains("case-" + i)).boxed().toList();
    assertThat(untouched).contains(5, 57, 60);
    for (int i : untouched) {
      assertThat(html).doesNotContain("question number " + i + "\"");
    }
    assertThat(html).doesNotContain("question number " + CASES + "\"");
    assertThat(html).contains("question number 13\"");
    assertThat(markup(html)).contains("59 trials: 19 worse, 16 better, 24 with an error in either run;");
  }

  @Test
  void cspAllowsOnlyThePagesOwnScriptAndStyleByHash() throws Exception {
    Matcher m = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertThat(m.find()).isTrue();
    String csp = m.group(1);
    int s = html.lastIndexOf("<script>") + "<script>".length();
    String script = html.substring(s, html.indexOf("</script>", s));
    int st = html.indexOf("<style>") + "<style>".length();
    String style = html.substring(st, html.indexOf("</style>", st));
    assertThat(csp).startsWith("default-src 'none';").contains("script-src '" + sha256(script) + "';")
        .contains("style-src '" + sha256(style) + "';").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
        .doesNotContain("http");
    assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
    assertThat(script).contains("JSON.parse").doesNotContain("innerHTML").doesNotContain("eval(")
        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
    String attrs = "<[a-zA-Z][a-zA-Z0-9]*(?:\\s+[a-zA-Z:-]+(?:=\"[^\"]*\")?)*\\s+";
    assertThat(markup(html)).doesNotContainPattern(attrs + "on[a-z]+=").doesNotContainPattern(attrs + "style=");
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("//cdn");
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void headerNamesBothRunsTheirTimesAndWhetherTheCasesAreTheSame() {
    String m = markup(html);
    assertThat(m).contains("2026-01-05T10:00:00Z", "2026-01-05T10:03:20Z", "2026-01-06T09:00:00Z",
        "2026-01-06T09:04:10Z", "<td class=\"n\">360</td>");
    assertThat(count(m, "<td class=\"n\">360</td>")).isEqualTo(2);
    assertThat(m).contains("<p id=\"same-cases\" class=\"differ\">the cases differ (another case digest): trials are "
        + "matched on case id and repeat.</p>");
  }

  @Test
  void perModelNumbersAndVerdicts() {
    String m = markup(html);
    for (RunComparison.ModelChange c : cmp.models()) {
      ModelSummary before = baseline.model(c.model());
      ModelSummary after = candidate.model(c.model());
      String row = m.substring(m.indexOf("<tr data-model=\"" + HtmlText.esc(c.model()) + "\""));
      row = row.substring(0, row.indexOf("</tr>"));
      assertThat(row).contains(
          HtmlText.pct(before.passRate()) + "<span class=\"ci\">" + HtmlText.pctRange(before.passRateLow(),
              before.passRateHigh()) + "</span>",
          HtmlText.pct(after.passRate()) + "<span class=\"ci\">" + HtmlText.pctRange(after.passRateLow(),
              after.passRateHigh()) + "</span>",
          HtmlText.score(before.meanScore()) + "<span class=\"ci\">", HtmlText.score(after.meanScore()),
          "<td class=\"n\">" + c.better() + "</td><td class=\"n\">" + c.worse() + "</td><td class=\"n\">"
              + c.unchanged() + "</td><td class=\"n\">" + c.errors() + "</td><td class=\"n\">" + c.added()
              + "</td><td class=\"n\">" + c.removed() + "</td>",
          HtmlText.esc(HtmlText.p(c.passPAdjusted())) + "<span class=\"ci\">raw "
              + HtmlText.esc(HtmlText.p(c.passP())),
          HtmlText.esc(HtmlText.p(c.scorePAdjusted())) + "<span class=\"ci\">raw "
              + HtmlText.esc(HtmlText.p(c.scoreP())),
          HtmlText.esc(HtmlComparison.passVerdict(c)));
      assertThat(m).contains(HtmlText.esc(HtmlComparison.scoreVerdict(c)));
    }
    RunComparison.ModelChange alpha = change(ALPHA);
    assertThat(HtmlComparison.passVerdict(alpha)).isEqualTo("significantly worse: 19 cases got worse, 4 better, "
        + HtmlText.p(alpha.passPAdjusted()) + " (McNemar, Holm)");
    assertThat(alpha.passPAdjusted()).isLessThan(0.05);
    // McNemar: 2 × 0.5^12 = 0.00049 raw, × 3 by Holm
    assertThat(HtmlComparison.passVerdict(change(BETA)))
        .isEqualTo("significantly better: 12 cases got better, 0 worse, p = 0.001 (McNemar, Holm)");
    assertThat(HtmlComparison.passVerdict(change(EVIL)))
        .isEqualTo("no significant change: 0 cases got worse, 0 better, p = 1.00 (McNemar, Holm)");
    assertThat(HtmlComparison.scoreVerdict(alpha)).startsWith("score significantly lower: mean score ");
    assertThat(m).contains("<tr data-model=\"m-alpha\" class=\"loss\">", "<tr data-model=\"m-beta\" class=\"win\">",
        "<li class=\"ns\"><b>" + HtmlText.esc(EVIL) + "</b>: no significant change");
    // alpha's baseline pass rate: fails i % 4 == 1, so 90 of 120
    assertThat(m).contains("75.0%<span class=\"ci\">" + HtmlText.pctRange(baseline.model(ALPHA).passRateLow(),
        baseline.model(ALPHA).passRateHigh()));
  }

  @Test
  void eachRunIsStreamedTwiceNeverLoadedWhole() throws Exception {
    List<TrialResult> base = HtmlFixtures.trials(24);
    List<TrialResult> cand = HtmlComparisonFixtures.trials(24);
    AtomicInteger baseStreams = new AtomicInteger();
    AtomicInteger candStreams = new AtomicInteger();
    RunSummary b = HtmlFixtures.run(24, counting(base, baseStreams), base);
    RunSummary c = HtmlComparisonFixtures.candidate(24, counting(cand, candStreams), cand);
    StringWriter out = new StringWriter();
    RunComparison r = HtmlComparison.write(b, c, out);
    assertThat(baseStreams).hasValue(2);
    assertThat(candStreams).hasValue(2);
    assertThat(data(out.toString()).get("c")).hasSize(r.models().stream()
        .mapToInt(m -> m.worseCases().size() + m.betterCases().size() + m.errorCases().size()).sum());
  }

  private static TrialResults counting(List<TrialResult> trials, AtomicInteger streams) {
    return new TrialResults() {
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
        throw new AssertionError("the comparison must stream the trials");
      }
    };
  }

  @Test
  void aRunComparedWithItselfHasNoChangeAndTheSameCases() throws Exception {
    StringWriter out = new StringWriter();
    RunComparison same = HtmlComparison.write(baseline, baseline, out);
    assertThat(same.sameCases()).isTrue();
    String page = out.toString();
    // nothing got better or worse; the errors (in both runs here) are still listed
    assertThat(data(page).get("c")).hasSize(12).allSatisfy(c -> assertThat(c.get("k").asText()).isEqualTo("E"));
    assertThat(markup(page)).contains("class=\"same\">same data (the same dataset checksum).",
        "no significant change: 0 cases got worse, 0 better, p = 1.00 (McNemar, Holm)",
        "12 trials: 0 worse, 0 better, 12 with an error in either run;");
  }

  @Test
  void emptyRunsAndRunsWithoutACommonModelStillMakeAPage() throws Exception {
    RunSummary empty = new RunSummary("empty", "1", "r0", HtmlFixtures.START, HtmlFixtures.START, List.of(), List.of());
    StringWriter out = new StringWriter();
    HtmlComparison.write(empty, empty, out);
    assertThat(out.toString()).contains("No model ran in both runs", "\"c\":[]",
        "the cases may differ (no case digest recorded)").endsWith("</html>\n");
    List<TrialResult> alphaOnly = HtmlFixtures.trials(3).stream().filter(t -> t.model().equals(ALPHA)).toList();
    List<TrialResult> betaOnly = HtmlFixtures.trials(3).stream().filter(t -> t.model().equals(BETA)).toList();
    RunSummary a = new RunSummary("b", "1", "ra", HtmlFixtures.START, HtmlFixtures.END,
        List.of(HtmlFixtures.summary(ALPHA, alphaOnly)), alphaOnly);
    RunSummary bb = new RunSummary("b", "1", "rb", HtmlFixtures.START, HtmlFixtures.END,
        List.of(HtmlFixtures.summary(BETA, betaOnly)), betaOnly);
    out = new StringWriter();
    HtmlComparison.write(a, bb, out);
    assertThat(out.toString()).contains("Only in the baseline, not compared: m-alpha.",
        "Only in the candidate, not compared: m-beta.", "No model ran in both runs");
  }

  @Test
  void aFailedWriteLeavesNoFile() {
    RunSummary broken = new RunSummary("b", "1", "r", HtmlFixtures.START, HtmlFixtures.END, baseline.info(),
        baseline.models(), new TrialResults() {
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
    assertThatThrownBy(() -> HtmlComparison.write(baseline, broken, file)).isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("run log gone");
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("broken.html.tmp")).doesNotExist();
  }
}
