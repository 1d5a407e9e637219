package io.benchmarkhub.author.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.report.HtmlCdp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation page in headless Chromium (skipped without a chromium binary on the PATH): its script
 * runs under its CSP, findings are drawn as text, and the status filter hides checks.
 */
class ValidationHtmlBrowserTest {
  @TempDir
  static Path dir;
  static HtmlCdp browser;

  @BeforeAll
  static void open() throws Exception {
    Path file = dir.resolve(ValidationHtml.fileName("quiz"));
    ValidationHtml.write(ValidationPages.report(), ValidationPages.checks(), List.of(), file);
    browser = HtmlCdp.showing(file, "ValidationHtmlBrowserTest");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<String> strings(String js) throws Exception {
    List<String> out = new ArrayList<>();
    browser.eval(js).forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void thePagesScriptRunsWithoutACspViolation() throws Exception {
    assertThat(browser.eval("window.__csp").isArray()).as("the CSP probe was installed").isTrue();
    assertThat(browser.eval("window.__csp")).isEmpty();
    assertThat(browser.messages()).noneMatch(m -> m.startsWith("exception"));
  }

  @Test
  void findingsAreDrawnAsTextWhenTheirCheckIsOpened() throws Exception {
    browser.eval("document.querySelector('#checks a[href=\"#check-hostile\"]').click()");
    HtmlCdp.await(() -> {
      try {
        return browser.eval("document.querySelectorAll('#check-hostile .findings tbody tr').length").asInt() == 2;
      } catch (Exception e) {
        return false;
      }
    }, "the hostile check's findings to be drawn");

    assertThat(browser.eval("document.getElementById('check-hostile').open").asBoolean()).isTrue();
    assertThat(strings("Array.from(document.querySelectorAll('#check-hostile .findings tbody td'))"
        + ".map(td => td.textContent)")).containsExactly("q1", "cases.jsonl:3", ValidationPages.HOSTILE,
        "q2, q3", "", "a pair");
    assertThat(browser.eval("document.querySelectorAll('img').length").asInt()).isZero();
    assertThat(browser.eval("document.title").asText()).isEqualTo(ValidationPages.DATASET
        + " · validation · BenchmarkHub");
  }

  @Test
  void theStatusFilterHidesChecksAndTheirSections() throws Exception {
    assertThat(browser.eval("document.getElementById('shown').textContent").asText())
        .isEqualTo("3 of 3 checks shown");
    browser.eval("(function () { var f = document.querySelector('input.st-filter[value=WARN]'); f.click(); })()");

    assertThat(browser.eval("document.getElementById('shown').textContent").asText())
        .isEqualTo("2 of 3 checks shown");
    assertThat(strings("Array.from(document.querySelectorAll('#checks tbody tr'))"
        + ".filter(r => getComputedStyle(r).display !== 'none').map(r => r.dataset.check)"))
        .containsExactly("concept-coverage", "reliability");
    assertThat(browser.eval("getComputedStyle(document.getElementById('check-hostile')).display").asText())
        .isEqualTo("none");
    browser.eval("document.querySelector('input.st-filter[value=WARN]').click()");
    assertThat(browser.eval("document.getElementById('shown').textContent").asText())
        .isEqualTo("3 of 3 checks shown");
  }
}
