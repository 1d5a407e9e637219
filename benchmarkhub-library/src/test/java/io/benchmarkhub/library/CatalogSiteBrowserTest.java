package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.library.site.CatalogSite;
import io.benchmarkhub.report.HtmlCdp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's index in headless Chromium (skipped without a chromium binary on the PATH): the cards are drawn
 * under the page's CSP, the hostile description stays text, and typing in the search box or choosing a filter
 * shows the right cards.
 */
class CatalogSiteBrowserTest {
  @TempDir
  static Path tmp;
  static HtmlCdp browser;

  @BeforeAll
  static void open() throws Exception {
    CatalogSite.write(SiteFixtures.library(tmp), tmp.resolve("site"));
    browser = HtmlCdp.showing(tmp.resolve("site/index.html"), "CatalogSiteBrowserTest");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void clearFilters() throws Exception {
    browser.eval("(function () { var q = document.getElementById('q'); q.value = '';"
        + " ['domain', 'task', 'licence'].forEach(function (id) { document.getElementById(id).value = ''; });"
        + " document.getElementById('verified').checked = false;"
        + " document.getElementById('domain').dispatchEvent(new Event('change')); })()");
  }

  private static List<String> shownCards() throws Exception {
    List<String> out = new ArrayList<>();
    browser.eval("Array.from(document.querySelectorAll('#cards .card')).filter(c => !c.hidden)"
        + ".map(c => c.dataset.name)").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void awaitShown(List<String> names) throws InterruptedException {
    HtmlCdp.await(() -> {
      try {
        return shownCards().equals(names);
      } catch (Exception e) {
        return false;
      }
    }, "the cards " + names);
  }

  @Test
  void everyBenchmarkIsACardDrawnAsTextWithoutACspViolation() throws Exception {
    assertThat(shownCards()).containsExactly("hostile-risk", "ledger-risk", "legal-clause-risk");
    assertThat(browser.eval("window.__csp").isArray()).as("the CSP probe was installed").isTrue();
    assertThat(browser.eval("window.__csp")).isEmpty();
    assertThat(browser.messages()).noneMatch(m -> m.startsWith("exception"));
    assertThat(browser.eval("document.querySelectorAll('img').length").asInt()).isZero();
    assertThat(browser.eval("document.querySelector('.card[data-name=\"hostile-risk\"] .desc').textContent")
        .asText()).isEqualTo(SiteFixtures.HOSTILE);
    assertThat(browser.eval("document.querySelector('.card[data-name=\"legal-clause-risk\"] .verified').textContent")
        .asText()).isEqualTo("✓ verified");
    assertThat(browser.eval("document.querySelector('.card[data-name=\"legal-clause-risk\"] h2 a')"
        + ".getAttribute('href')").asText()).isEqualTo("benchmarks/legal-clause-risk.html");
    assertThat(browser.eval("document.getElementById('shown').textContent").asText())
        .isEqualTo("3 of 3 benchmarks shown");
  }

  @Test
  void typingInTheSearchBoxShowsTheMatchingCards() throws Exception {
    browser.eval("(function () { var q = document.getElementById('q'); q.focus(); q.value = 'loan agreements';"
        + " q.dispatchEvent(new Event('input')); })()");
    awaitShown(List.of("ledger-risk"));
    assertThat(browser.eval("document.getElementById('shown').textContent").asText())
        .isEqualTo("1 of 3 benchmarks shown");

    browser.eval("(function () { var q = document.getElementById('q'); q.value = 'no such words';"
        + " q.dispatchEvent(new Event('input')); })()");
    awaitShown(List.of());
    assertThat(browser.eval("document.getElementById('none').hidden").asBoolean()).isFalse();
  }

  @Test
  void theFiltersShowTheCardsOfADomainALicenceOrTheVerifiedOnes() throws Exception {
    browser.eval("(function () { var s = document.getElementById('domain'); s.value = 'medical';"
        + " s.dispatchEvent(new Event('change')); })()");
    assertThat(shownCards()).containsExactly("hostile-risk");

    clearFilters();
    browser.eval("(function () { var s = document.getElementById('licence'); s.value = 'CC-BY-4.0';"
        + " s.dispatchEvent(new Event('change')); })()");
    assertThat(shownCards()).containsExactly("hostile-risk", "legal-clause-risk");

    clearFilters();
    browser.eval("document.getElementById('verified').click()");
    assertThat(shownCards()).containsExactly("legal-clause-risk");
  }
}
