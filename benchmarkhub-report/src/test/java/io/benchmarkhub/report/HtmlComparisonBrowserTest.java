package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlFixtures.ALPHA;
import static io.benchmarkhub.report.HtmlFixtures.EVIL;
import static io.benchmarkhub.report.HtmlFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison page in a real headless Chromium (Debian's {@code chromium}), driven over the DevTools
 * protocol: hostile text stays text, the page's script runs under its CSP, and the model and change
 * filters, the search, the pages and the word diff work. Skipped only when no {@code chromium} is on
 * the PATH. The fixture (120 cases) has 59 changed trials: alpha 19 worse and 4 better, beta 12 better,
 * evil 24 with an error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlComparisonBrowserTest {
  private static final int CASES = 120;
  private static final String COUNT = "document.getElementById('f-count').textContent";

  @TempDir
  static Path dir;
  static HtmlCdp browser;

  @BeforeAll
  static void open() throws Exception {
    Path file = dir.resolve("comparison.html");
    HtmlComparison.write(HtmlFixtures.run(CASES), HtmlComparisonFixtures.candidate(CASES), file);
    browser = HtmlCdp.showing(file, "HtmlComparisonBrowserTest");
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
    // the first change is alpha's hostile case 0, which got worse
    String first = "document.querySelector('#changes tbody.change')";
    assertThat(text(first + ".dataset.kind")).isEqualTo("W");
    assertThat(text(first + ".querySelector('.kind').textContent")).isEqualTo("worse");
    assertThat(text(first + ".querySelector('.cid').textContent")).isEqualTo("case-0" + HOSTILE);
    assertThat(text(first + ".querySelector('.model').textContent")).isEqualTo(ALPHA);
    assertThat(text(first + ".querySelector('pre.input').textContent")).isEqualTo(HtmlFixtures.input(0));
    assertThat(text(first + ".querySelector('pre.expected').textContent")).isEqualTo(HtmlFixtures.expected(0));
    assertThat(text(first + ".querySelector('td.base pre.answer').textContent"))
        .isEqualTo(HtmlFixtures.answer(ALPHA, 0));
    assertThat(text(first + ".querySelector('td.cand pre.answer').textContent"))
        .isEqualTo(HtmlComparisonFixtures.answer(ALPHA, 0));
    assertThat(text(first + ".querySelector('td.base .reason').textContent")).isEqualTo("reason " + HOSTILE);
    assertThat(text(first + ".querySelector('td.cand .reason').textContent")).isEqualTo("candidate reason " + HOSTILE);
    assertThat(text(first + ".querySelector('td.cand .who').textContent")).isEqualTo("exact" + HtmlFixtures.IMG);
    // server-drawn: the title and heading, the model id in the table and the filter
    assertThat(text("document.title")).contains(HtmlFixtures.BREAKOUT).contains(HtmlComparisonFixtures.RUN_ID);
    assertThat(text("document.querySelector('h1').textContent")).startsWith("bench" + HtmlFixtures.SCRIPT);
    assertThat(strings("Array.from(document.querySelectorAll('#models tbody td:first-child')).map(e => e.textContent)"))
        .containsExactly(ALPHA, HtmlFixtures.BETA, EVIL);
    assertThat(text("document.querySelector('#f-model').options[3].textContent")).isEqualTo(EVIL);
  }

  @Test
  @Order(2)
  void thePagesOwnScriptRunsWithoutAnyCspViolation() throws Exception {
    assertThat(browser.eval("window.__csp").isArray()).as("the CSP probe was installed").isTrue();
    assertThat(browser.eval("window.__csp")).isEmpty();
    assertThat(browser.messages()).noneMatch(m -> m.contains("Content Security Policy"))
        .noneMatch(m -> m.startsWith("exception"));
    assertThat(browser.eval("document.querySelectorAll('#changes tbody.change').length").asInt()).isEqualTo(50);
    assertThat(text(COUNT)).isEqualTo("59 of 59 changed trials: 19 worse, 16 better, 24 errors");
    assertThat(text("document.querySelector('#models tr.loss td.verdict').textContent"))
        .startsWith("significantly worse: 19 cases got worse, 4 better, p = ");
  }

  @Test
  @Order(3)
  void theChangeAndModelFiltersNarrowTheList() throws Exception {
    select("f-kind", "W");
    assertThat(text(COUNT)).isEqualTo("19 of 59 changed trials: 19 worse, 0 better, 0 errors");
    assertThat(strings("Array.from(document.querySelectorAll('#changes tbody.change')).map(b => b.dataset.kind)"))
        .hasSize(19).allMatch("W"::equals);
    select("f-kind", "B");
    assertThat(text(COUNT)).isEqualTo("16 of 59 changed trials: 0 worse, 16 better, 0 errors");
    select("f-model", "1");
    assertThat(text(COUNT)).isEqualTo("12 of 59 changed trials: 0 worse, 12 better, 0 errors");
    assertThat(strings("Array.from(document.querySelectorAll('#changes .model')).map(e => e.textContent)"))
        .hasSize(12).allMatch(HtmlFixtures.BETA::equals);
    select("f-kind", "W");
    assertThat(text(COUNT)).startsWith("0 of 59");
    assertThat(text("document.querySelector('#changes td.empty').textContent"))
        .isEqualTo("no changed trial matches the filters");
    select("f-kind", "");
    select("f-model", "2");
    assertThat(text(COUNT)).isEqualTo("24 of 59 changed trials: 0 worse, 0 better, 24 errors");
    // an error shows on both sides: the baseline's timeout, the candidate's rate limit
    assertThat(text("document.querySelector('#changes tbody.change td.cand .error').textContent"))
        .startsWith("provider RATE_LIMITED: ");
    select("f-model", "");
  }

  @Test
  @Order(4)
  void theSearchFindsTextInTheCasesAnswersAndErrors() throws Exception {
    search("QUESTION number 13");
    HtmlCdp.await(() -> count().startsWith("1 of 59"), "the search to narrow to beta's case 13");
    assertThat(text("document.querySelector('#changes .cid').textContent")).isEqualTo("case-13");
    search("</script><img src=x onerror");
    HtmlCdp.await(() -> count().startsWith("2 of 59"), "the search for the payload: alpha's case 0, and evil's "
        + "case 9 whose errors hold it");
    search("EVIL<img");
    HtmlCdp.await(() -> count().startsWith("24 of 59"), "the search for a model id");
    search("probably");
    HtmlCdp.await(() -> count().startsWith("18 of 59"),
        "the search in the candidate's answers: alpha's worse cases but the hostile case 0");
    search("");
    HtmlCdp.await(() -> count().startsWith("59 of 59"), "the search to be cleared");
  }

  @Test
  @Order(5)
  void pagesMoveByClicking() throws Exception {
    assertThat(text("document.getElementById('p-info').textContent")).isEqualTo("changes 1–50 of 59 · page 1 of 2");
    assertThat(browser.eval("document.getElementById('p-prev').disabled").asBoolean()).isTrue();
    browser.eval("document.getElementById('p-next').click()");
    assertThat(text("document.getElementById('p-info').textContent")).isEqualTo("changes 51–59 of 59 · page 2 of 2");
    assertThat(browser.eval("document.querySelectorAll('#changes tbody.change').length").asInt()).isEqualTo(9);
    assertThat(strings("Array.from(document.querySelectorAll('#changes tbody.change')).map(b => b.dataset.kind)"))
        .allMatch("E"::equals);
    assertThat(browser.eval("document.getElementById('p-next').disabled").asBoolean()).isTrue();
    browser.eval("document.querySelectorAll('.p-prev')[1].click()");
    assertThat(text("document.getElementById('p-info').textContent")).startsWith("changes 1–50");
  }

  @Test
  @Order(6)
  void theWordDiffMarksWhatTheCandidateChanged() throws Exception {
    // the second change: alpha's case 2, "the answer is 2" before, "the answer is probably 3" after
    JsonNode d = browser.eval("(() => { const b = document.querySelectorAll('#changes tbody.change')[1];"
        + " const d = b.querySelector('tr.diffrow .diff');"
        + " return {cid: b.querySelector('.cid').textContent,"
        + " del: Array.from(d.querySelectorAll('del')).map(e => e.textContent),"
        + " ins: Array.from(d.querySelectorAll('ins')).map(e => e.textContent),"
        + " same: Array.from(d.querySelectorAll('span')).map(e => e.textContent),"
        + " bx: b.querySelector('pre.base-expected').textContent}; })()");
    assertThat(d.get("cid").asText()).isEqualTo("case-2");
    assertThat(d.get("del")).extracting(JsonNode::asText).containsExactly("2");
    assertThat(d.get("ins")).extracting(JsonNode::asText).containsExactly("probably", "3");
    assertThat(d.get("same")).extracting(JsonNode::asText).containsExactly("the", "answer", "is");
    // the expected output changed between the runs: both are shown
    assertThat(d.get("bx").asText()).isEqualTo("the answer is 2");
  }

  @Test
  @Order(7)
  void theCspBlocksInjectedMarkupEvenIfEscapingFailed() throws Exception {
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
      return text(COUNT);
    } catch (Exception e) {
      return e.toString();
    }
  }

  private void search(String q) throws Exception {
    browser.eval("(() => { const q = document.getElementById('f-q'); q.value = '" + q + "';"
        + " q.dispatchEvent(new Event('input')); })()");
  }

  private void select(String id, String value) throws Exception {
    browser.eval("(() => { const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
        + " s.dispatchEvent(new Event('change')); })()");
    assertThat(text("document.getElementById('" + id + "').value")).isEqualTo(value);
  }
}
