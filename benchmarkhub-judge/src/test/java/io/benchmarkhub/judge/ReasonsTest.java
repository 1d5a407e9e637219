package io.benchmarkhub.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void quoteEscapesQuotesBackslashesAndInvisibleCharacters() {
    assertThat(Reasons.quote("say \"hi\"\\n")).isEqualTo("\"say \\\"hi\\\"\\\\n\"");
    assertThat(Reasons.quote("a\tb\r\nc")).isEqualTo("\"a\\tb\\r\\nc\"");
    assertThat(Reasons.quote("zero\u200Bwidth\u00A0nbsp")).isEqualTo("\"zero\\u200Bwidth\\u00A0nbsp\"");
    assertThat(Reasons.quote("café ✓")).isEqualTo("\"café ✓\"");
  }

  @Test
  void quoteCutsLongAnswersWithoutSplittingSurrogatePairs() {
    String longAnswer = "😀".repeat(100);

    String quoted = Reasons.quote(longAnswer);

    assertThat(quoted).isEqualTo("\"" + "😀".repeat(Reasons.MAX_QUOTED) + "…\"");
  }

  @Test
  void numbersAreWrittenPlainlyUnlessVeryLargeOrSmall() {
    assertThat(Reasons.number(72.0)).isEqualTo("72");
    assertThat(Reasons.number(-0.25)).isEqualTo("-0.25");
    assertThat(Reasons.number(new BigDecimal("1234.500"))).isEqualTo("1234.5");
    assertThat(Reasons.number(new BigDecimal("6.022e23"))).isEqualTo("6.022E+23");
    assertThat(Reasons.number(new BigDecimal("5.5e-7"))).isEqualTo("5.5E-7");
  }

  @Test
  void scoresAreRoundedToThreeDecimals() {
    assertThat(Reasons.score(1.0)).isEqualTo("1");
    assertThat(Reasons.score(2.0 / 3)).isEqualTo("0.667");
    assertThat(Reasons.score(0.5)).isEqualTo("0.5");
  }
}
