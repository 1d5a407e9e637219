package io.benchmarkhub.report;

import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.PairwiseResult;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** Escaping and the formatting of numbers and plain-language readings for {@link HtmlReport}. */
final class HtmlText {
  /** The significance level of the readings. */
  static final double ALPHA = 0.05;

  private HtmlText() {}

  /**
   * {@return the text escaped for HTML element content and quoted attribute values}: {@code & < > " '}
   * become character references, and characters that are not allowed in HTML (controls other than
   * tab, newline and carriage return, lone surrogates) become U+FFFD
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          boolean bad = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7f
              || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
          if (bad) {
            b.append('\uFFFD');
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    }
    return b.toString();
  }

  static String pct(double fraction) {
    return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  static String pctRange(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? ""
        : String.format(Locale.ROOT, "%.1f–%.1f%%", low * 100, high * 100);
  }

  static String score(double s) {
    return Double.isNaN(s) ? "—" : String.format(Locale.ROOT, "%.3f", s);
  }

  static String scoreRange(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? "" : String.format(Locale.ROOT, "%.3f–%.3f", low, high);
  }

  /** {@return a dollar amount with enough digits for small costs}, e.g. $12.35, $0.0123, $0.000315 */
  static String usd(double v) {
    if (v == 0) {
      return "$0";
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "$%,.0f", v);
    }
    if (v >= 1) {
      return String.format(Locale.ROOT, "$%.2f", v);
    }
    return "$" + new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  static String usd(OptionalDouble v) {
    return v.isPresent() ? usd(v.getAsDouble()) : "unknown";
  }

  static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@return a number for a data-v attribute}: empty when unknown, so that it sorts last */
  static String v(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? "" : Double.toString(d);
  }

  static String ms(Duration d) {
    return num(d.toMillis()) + " ms";
  }

  static String signedPp(double fraction) {
    return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%+.1f pp", fraction * 100);
  }

  static String signed(double d) {
    return Double.isNaN(d) ? "—" : String.format(Locale.ROOT, "%+.3f", d);
  }

  /** {@return "p = 0.003", "p < 0.001" or "p = 0.41"} */
  static String p(double p) {
    if (Double.isNaN(p)) {
      return "p not defined";
    }
    if (p < 0.001) {
      return "p < 0.001";
    }
    return String.format(Locale.ROOT, p < 0.1 ? "p = %.3f" : "p = %.2f", p);
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** {@return the pass-rate comparison of a pair in plain language} */
  static String passReading(ModelComparison c) {
    if (c.pairs() == 0 || Double.isNaN(c.passPAdjusted())) {
      return c.modelA() + " and " + c.modelB() + ": no case graded by both";
    }
    long a = c.onlyAPassed();
    long b = c.onlyBPassed();
    if (c.passPAdjusted() < ALPHA && a != b) {
      boolean aWins = a > b;
      return (aWins ? c.modelA() : c.modelB()) + " beats " + (aWins ? c.modelB() : c.modelA()) + " on "
          + num(Math.abs(a - b)) + (Math.abs(a - b) == 1 ? " more case" : " more cases")
          + " (" + num(Math.max(a, b)) + " vs " + num(Math.min(a, b))
          + " passed by one only, of " + num(c.pairs()) + "), " + p(c.passPAdjusted()) + " (Holm)";
    }
    return c.modelA() + " vs " + c.modelB() + ": no significant difference in pass rate (" + num(a) + " vs " + num(b)
        + " passed by one only, of " + num(c.pairs()) + "), " + p(c.passPAdjusted()) + " (Holm)";
  }

  /** {@return the score comparison of a pair in plain language} */
  static String scoreReading(ModelComparison c) {
    if (c.pairs() == 0 || Double.isNaN(c.meanScoreDifference())) {
      return c.modelA() + " and " + c.modelB() + ": no case graded by both";
    }
    String effect = Double.isNaN(c.scoreEffect()) ? ""
        : String.format(Locale.ROOT, ", effect r = %+.2f", c.scoreEffect());
    if (c.scorePAdjusted() < ALPHA && c.meanScoreDifference() != 0) {
      boolean aHigher = c.meanScoreDifference() > 0;
      // the effect is from A's side: told from the higher-scoring model's side, it is positive
      String higherEffect = Double.isNaN(c.scoreEffect()) ? ""
          : String.format(Locale.ROOT, ", effect r = %+.2f", aHigher ? c.scoreEffect() : -c.scoreEffect());
      return (aHigher ? c.modelA() : c.modelB()) + " scores higher than " + (aHigher ? c.modelB() : c.modelA())
          + " by " + String.format(Locale.ROOT, "%.3f", Math.abs(c.meanScoreDifference())) + " on average"
          + higherEffect + ", " + p(c.scorePAdjusted()) + " (Wilcoxon, Holm)";
    }
    return c.modelA() + " vs " + c.modelB() + ": no significant difference in score (mean difference "
        + signed(c.meanScoreDifference()) + effect + "), " + p(c.scorePAdjusted()) + " (Wilcoxon, Holm)";
  }

  /** {@return a pair judge's result in plain language} */
  static String pairwiseReading(PairwiseResult r) {
    String counts = r.modelA() + " won " + num(r.winsA()) + ", " + r.modelB() + " won " + num(r.winsB()) + ", "
        + num(r.ties()) + " ties, " + num(r.inconsistent()) + " inconsistent";
    if (Double.isNaN(r.pValue())) {
      return r.judge() + ": no judgment without errors";
    }
    if (r.pValue() < ALPHA && r.winsA() != r.winsB()) {
      String winner = r.winsA() > r.winsB() ? r.modelA() : r.modelB();
      return r.judge() + " prefers " + winner + " (" + counts + "), " + p(r.pValue()) + " (sign test, Holm)";
    }
    return r.judge() + ": no significant preference (" + counts + "), " + p(r.pValue()) + " (sign test, Holm)";
  }

  /** {@return how far to trust a panel, after Krippendorff's customary thresholds} */
  static String agreementReading(JudgeAgreement a) {
    double alpha = a.krippendorffAlpha();
    if (Double.isNaN(alpha)) {
      return "not measurable";
    }
    return alpha >= 0.8 ? "reliable" : alpha >= 0.667 ? "tentative" : "unreliable: read the split trials";
  }
}
