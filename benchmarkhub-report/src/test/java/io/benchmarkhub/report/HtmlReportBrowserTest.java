package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlFixtures.ALPHA;
import static io.benchmarkhub.report.HtmlFixtures.EVIL;
import static io.benchmarkhub.report.HtmlFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real headless Chromium (Debian's {@code chromium}, which CI installs), driven over
 * the DevTools protocol: hostile text stays text, the page's own script runs under its CSP, and the
 * sorting, filters, search and pages work. Skipped only when no {@code chromium} is on the PATH.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlReportBrowserTest {
  private static final int CASES = 120;

  @TempDir
  static Path dir;
  static HtmlCdp browser;
  static RunSummary run;

  @BeforeAll
  static void open() throws Exception {
    run = HtmlFixtures.run(CASES);
    Path file = dir.resolve("report.html");
    HtmlReport.write(run, file);
    browser = HtmlCdp.showing(file, "HtmlReportBrowserTest");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  String text(String js) throws Exception {
    return browser.eval(js).asText();
  }

  List<String> strings(String js) throws Exception {
    List<String> out = new ArrayList<>();
    browser.eval(js).forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  @Order(1)
  void hostileTextIsShownAsTextAndNeverRuns() throws Exception {
    assertThat(text("typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.eval("document.querySelectorAll('script').length").asInt()).isEqualTo(2);
    assertThat(browser.eval("document.querySelectorAll('img').length").asInt()).isZero();
    assertThat(browser.eval("document.querySelectorAll('[onerror],[onmouseover]').length").asInt()).isZero();
    // the first case is the hostile one: its input, expected output, answers, reasons, tag and id as text
    assertThat(text("document.querySelector('#cases .cid').textContent")).isEqualTo("case-0" + HOSTILE);
    assertThat(text("document.querySelector('#cases pre.input').textContent")).isEqualTo(HtmlFixtures.input(0));
    assertThat(text("document.querySelector('#cases pre.expected').textContent")).isEqualTo(HtmlFixtures.expected(0));
    assertThat(strings("Array.from(document.querySelector('#cases tbody').querySelectorAll('pre.answer'))"
        + ".map(e => e.textContent)"))
        .containsExactly(HtmlFixtures.answer(ALPHA, 0), HtmlFixtures.answer(HtmlFixtures.BETA, 0),
            HtmlFixtures.answer(EVIL, 0));
    assertThat(strings("Array.from(document.querySelector('#cases tbody').querySelectorAll('.reason'))"
        + ".map(e => e.textContent)")).contains("reason " + HOSTILE, "could not read a grade from: " + HOSTILE);
    assertThat(strings("Array.from(document.querySelectorAll('#cases .tag')).map(e => e.textContent)"))
        .contains("tag" + HOSTILE);
    assertThat(strings("Array.from(document.querySelectorAll('#cases .st-U')).map(e => e.textContent)"))
        .contains("unparseable");
    // server-drawn parts: the model id, the benchmark name, the run id
    assertThat(strings("Array.from(document.querySelectorAll('#leaderboard-table tbody td:first-child'))"
        + ".map(e => e.textContent)")).contains(EVIL);
    assertThat(text("document.querySelector('h1').textContent")).startsWith("bench" + HtmlFixtures.SCRIPT);
    assertThat(text("document.title")).contains(HtmlFixtures.BREAKOUT);
    assertThat(text("document.querySelector('#f-model').options[3].textContent")).isEqualTo(EVIL);
    // an error message
    assertThat(text("document.querySelectorAll('#cases tbody')[9].querySelector('.error').textContent"))
        .isEqualTo("provider TIMEOUT: timed out after 30 s " + HOSTILE);
  }

  @Test
  @Order(2)
  void theReportsOwnScriptRunsWithoutAnyCspViolation() throws Exception {
    assertThat(browser.eval("window.__csp").isArray()).as("the CSP probe was installed").isTrue();
    assertThat(browser.eval("window.__csp")).isEmpty();
    assertThat(browser.messages()).noneMatch(m -> m.contains("Content Security Policy")).noneMatch(m -> m.startsWith("exception"));
    assertThat(browser.eval("document.querySelectorAll('#leaderboard-table tbody tr').length").asInt()).isEqualTo(3);
    assertThat(browser.eval("document.querySelectorAll('#cases tbody.case').length").asInt()).isEqualTo(50);
    assertThat(browser.eval("document.querySelectorAll('#chart-cost circle').length").asInt()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void clickingALeaderboardHeaderResorts() throws Exception {
    String order = "Array.from(document.querySelectorAll('#leaderboard-table tbody tr')).map(r => r.dataset.model)";
    List<String> byPassRate = run.models().stream()
        .sorted(Comparator.comparingDouble(ModelSummary::passRate).reversed()).map(ModelSummary::model).toList();
    browser.eval("document.querySelectorAll('#leaderboard-table th')[2].click()");
    assertThat(strings(order)).containsExactlyElementsOf(byPassRate);
    assertThat(text("document.querySelectorAll('#leaderboard-table th')[2].getAttribute('aria-sort')"))
        .isEqualTo("descending");
    browser.eval("document.querySelectorAll('#leaderboard-table th')[2].click()");
    List<String> reversed = new ArrayList<>(byPassRate);
    java.util.Collections.reverse(reversed);
    assertThat(strings(order)).containsExactlyElementsOf(reversed);
    // cost: the unknown one sorts last whichever way
    browser.eval("document.querySelectorAll('#leaderboard-table th')[8].click()");
    assertThat(strings(order)).last().isEqualTo(EVIL);
    browser.eval("document.querySelectorAll('#leaderboard-table th')[8].click()");
    assertThat(strings(order)).last().isEqualTo(EVIL);
    browser.eval("document.querySelectorAll('#leaderboard-table th')[0].click()");
    assertThat(strings(order)).containsExactly("evil" + HtmlFixtures.IMG, ALPHA, HtmlFixtures.BETA);
  }

  @Test
  @Order(4)
  void outcomeFilterAndSearchNarrowTheRows() throws Exception {
    long failing = IntStream.range(0, CASES)
        .filter(i -> HtmlFixtures.models().stream().anyMatch(m -> HtmlFixtures.status(m, i) == TrialStatus.FAIL))
        .count();
    long failedTrials = IntStream.range(0, CASES).mapToLong(i -> HtmlFixtures.models().stream()
        .filter(m -> HtmlFixtures.status(m, i) == TrialStatus.FAIL).count()).sum();
    select("f-outcome", "F");
    assertThat(text("document.getElementById('f-count').textContent"))
        .isEqualTo(failing + " of " + CASES + " cases, " + failedTrials + " trials");
    assertThat(strings("Array.from(document.querySelectorAll('#cases tr.trial')).map(r => r.dataset.status)"))
        .isNotEmpty().allMatch("F"::equals);
    // errors: evil's every 10th case
    select("f-outcome", "E");
    assertThat(text("document.getElementById('f-count').textContent")).isEqualTo("12 of 120 cases, 12 trials");
    // one model only
    select("f-outcome", "");
    select("f-model", "0");
    assertThat(strings("Array.from(document.querySelectorAll('#cases td.model')).map(r => r.firstChild.textContent)"))
        .hasSize(50).allMatch(ALPHA::equals);
    select("f-model", "");
    select("f-tag", "tag-1");
    assertThat(text("document.getElementById('f-count').textContent")).startsWith("40 of 120 cases");
    select("f-tag", "");
    select("f-diff", "hard");
    assertThat(text("document.getElementById('f-count').textContent")).startsWith("60 of 120 cases");
    select("f-diff", "");
    // text search (debounced): one case, then an answer's text
    browser.eval("(() => { const q = document.getElementById('f-q'); q.value = 'QUESTION number 57';"
        + " q.dispatchEvent(new Event('input')); })()");
    HtmlCdp.await(() -> count().startsWith("1 of 120"), "the search to narrow to one case");
    assertThat(text("document.querySelector('#cases .cid').textContent")).isEqualTo("case-57");
    browser.eval("(() => { const q = document.getElementById('f-q'); q.value = 'window.__pwned';"
        + " q.dispatchEvent(new Event('input')); })()");
    HtmlCdp.await(() -> count().startsWith("2 of 120"), "the search for the payload: case 0, and case 9 whose "
        + "error message holds it");
    browser.eval("(() => { const q = document.getElementById('f-q'); q.value = '';"
        + " q.dispatchEvent(new Event('input')); })()");
    HtmlCdp.await(() -> count().startsWith("120 of 120"), "the search to be cleared");
  }

  @Test
  @Order(5)
  void pagesMove() throws Exception {
    assertThat(text("document.getElementById('p-info').textContent")).isEqualTo("cases 1–50 of 120 · page 1 of 3");
    assertThat(browser.eval("document.getElementById('p-prev').disabled").asBoolean()).isTrue();
    browser.eval("document.getElementById('p-next').click()");
    assertThat(text("document.getElementById('p-info').textContent")).isEqualTo("cases 51–100 of 120 · page 2 of 3");
    assertThat(text("document.querySelector('#cases .cid').textContent")).isEqualTo("case-50");
    browser.eval("document.getElementById('p-next').click()");
    assertThat(text("document.getElementById('p-info').textContent")).isEqualTo("cases 101–120 of 120 · page 3 of 3");
    assertThat(browser.eval("document.querySelectorAll('#cases tbody.case').length").asInt()).isEqualTo(20);
    assertThat(browser.eval("document.getElementById('p-next').disabled").asBoolean()).isTrue();
    browser.eval("document.getElementById('p-prev').click()");
    assertThat(text("document.getElementById('p-info').textContent")).startsWith("cases 51–100");
  }

  @Test
  @Order(6)
  void theDiffMarksWhatTheAnswerChanged() throws Exception {
    // case 51: alpha passes, beta fails with "the answer is maybe 52" against "the answer is 51"
    JsonNode words = browser.eval("(() => { const b = document.querySelectorAll('#cases tbody.case')[1];"
        + " const d = b.querySelectorAll('tr.trial')[1].querySelector('details'); d.open = true;"
        + " return new Promise(r => setTimeout(() => r({del: Array.from(d.querySelectorAll('del')).map(e => e.textContent),"
        + " ins: Array.from(d.querySelectorAll('ins')).map(e => e.textContent)}), 100)); })()");
    assertThat(words.get("del")).extracting(JsonNode::asText).containsExactly("51");
    assertThat(words.get("ins")).extracting(JsonNode::asText).containsExactly("maybe", "52");
  }

  @Test
  @Order(7)
  void theCspBlocksInjectedMarkupEvenIfEscapingFailed() throws Exception {
    // defence in depth: markup injected into the page (as if escaping had failed) cannot run script
    browser.eval("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__pwned=2\">"
        + "<div onclick=\"window.__pwned=3\" id=\"clickme\">x</div>')");
    browser.eval("document.getElementById('clickme').click()");
    HtmlCdp.await(() -> {
      try {
        return browser.eval("window.__csp.length").asInt() > 0;
      } catch (Exception e) {
        return false;
      }
    }, "a CSP violation report for the injected markup");
    assertThat(text("typeof window.__pwned")).isEqualTo("undefined");
  }

  private String count() {
    try {
      return text("document.getElementById('f-count').textContent");
    } catch (Exception e) {
      return e.toString();
    }
  }

  private void select(String id, String value) throws Exception {
    browser.eval("(() => { const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
        + " s.dispatchEvent(new Event('change')); })()");
    assertThat(text("document.getElementById('" + id + "').value")).isEqualTo(value);
  }
}
