package io.benchmarkhub.judge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text normalisation the string judges share: Unicode NFC always, then (each optional)
 * punctuation removal, case folding, whitespace collapsing, and trimming. Immutable.
 *
 * <p>"Whitespace" is Unicode's White_Space property: besides spaces, tabs and line breaks it covers
 * the no-break space (U+00A0), the narrow no-break space (U+202F) and the other typographic spaces
 * models emit. Case folding maps both sides through upper then lower case in {@link Locale#ROOT},
 * so "Straße" equals "STRASSE" and final sigma equals sigma.
 */
final class TextNormalizer {

  static final TextNormalizer NONE = new TextNormalizer(false, false, false, false);

  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\p{IsWhite_Space}+");
  private static final Pattern EDGE_WHITESPACE =
      Pattern.compile("^\\p{IsWhite_Space}+|\\p{IsWhite_Space}+$");
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{IsPunctuation}");

  private final boolean ignoreCase;
  private final boolean trim;
  private final boolean normalizeWhitespace;
  private final boolean ignorePunctuation;

  private TextNormalizer(boolean ignoreCase, boolean trim, boolean normalizeWhitespace, boolean ignorePunctuation) {
    this.ignoreCase = ignoreCase;
    this.trim = trim;
    this.normalizeWhitespace = normalizeWhitespace;
    this.ignorePunctuation = ignorePunctuation;
  }

  TextNormalizer ignoreCase() {
    return new TextNormalizer(true, trim, normalizeWhitespace, ignorePunctuation);
  }

  TextNormalizer trim() {
    return new TextNormalizer(ignoreCase, true, normalizeWhitespace, ignorePunctuation);
  }

  TextNormalizer normalizeWhitespace() {
    return new TextNormalizer(ignoreCase, trim, true, ignorePunctuation);
  }

  TextNormalizer ignorePunctuation() {
    return new TextNormalizer(ignoreCase, trim, normalizeWhitespace, true);
  }

  /** {@return {@code text} normalised with this normaliser's options} */
  String apply(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (ignorePunctuation) {
      s = PUNCTUATION.matcher(s).replaceAll("");
    }
    if (ignoreCase) {
      s = foldCase(s);
    }
    if (normalizeWhitespace) {
      s = WHITESPACE_RUN.matcher(s).replaceAll(" ");
    }
    if (trim || normalizeWhitespace) {
      s = strip(s);
    }
    return s;
  }

  /** {@return {@code s} without leading and trailing Unicode whitespace, no-break spaces included} */
  static String strip(String s) {
    return EDGE_WHITESPACE.matcher(s).replaceAll("");
  }

  /** {@return {@code s} case-folded: the same for strings that differ only in case} */
  static String foldCase(String s) {
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** {@return the names of the options in use, in the order the fluent methods are named} */
  List<String> options() {
    List<String> names = new ArrayList<>();
    if (ignoreCase) {
      names.add("ignoreCase");
    }
    if (trim) {
      names.add("trim");
    }
    if (normalizeWhitespace) {
      names.add("normalizeWhitespace");
    }
    if (ignorePunctuation) {
      names.add("ignorePunctuation");
    }
    return names;
  }
}
