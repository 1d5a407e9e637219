package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A judge that passes when the answer contains required strings: all of them, or any one. Create
 * one with {@link Judges#contains(String...)}, {@link Judges#containsAll(String...)} or {@link
 * Judges#containsAny(String...)}.
 *
 * <p>With all strings required, the score is the fraction found (so a weighted composite gives
 * partial credit) and the verdict passes only when every one is found; with any one required, the
 * score is 1 or 0. Immutable and thread-safe; each option returns a new judge.
 *
 * <pre>{@code
 * Judge capitals = Judges.containsAll("Paris", "Berlin").ignoreCase();
 * // "The capitals are PARIS and Rome."  -> FAIL 0.5: missing "Berlin" (found "Paris")
 * }</pre>
 */
public final class ContainsJudge extends GuardedJudge {

  private final List<String> needles;
  private final boolean any;
  private final TextNormalizer normalizer;

  /**
   * @param name the judge's name
   * @param needles the strings to look for, or an empty list to look for the case's expected output
   * @param any whether one found string is enough
   */
  ContainsJudge(String name, List<String> needles, boolean any, TextNormalizer normalizer) {
    super(name);
    this.needles = needles;
    this.any = any;
    this.normalizer = normalizer;
  }

  /** {@return a copy that ignores differences of case, Unicode-aware} */
  public ContainsJudge ignoreCase() {
    return new ContainsJudge(name(), needles, any, normalizer.ignoreCase());
  }

  /**
   * {@return a copy that treats every run of whitespace (spaces, tabs, line breaks, no-break spaces)
   * as one space, in the answer and in the strings looked for}
   */
  public ContainsJudge normalizeWhitespace() {
    return new ContainsJudge(name(), needles, any, normalizer.normalizeWhitespace());
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    List<String> wanted = needles.isEmpty() ? List.of(requireExpected(testCase)) : needles;
    String haystack = normalizer.apply(completion.text());
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String needle : wanted) {
      (haystack.contains(normalizer.apply(needle)) ? found : missing).add(needle);
    }
    if (any) {
      return found.isEmpty()
          ? Verdict.fail("found none of " + Reasons.quoteAll(wanted) + " in " + Reasons.quote(completion.text()))
          : Verdict.pass("found " + Reasons.quoteAll(found));
    }
    double score = (double) found.size() / wanted.size();
    if (missing.isEmpty()) {
      return Verdict.pass("found " + Reasons.quoteAll(found));
    }
    String reason = "missing " + Reasons.quoteAll(missing)
        + (found.isEmpty() ? " in " + Reasons.quote(completion.text()) : " (found " + Reasons.quoteAll(found) + ")");
    return Verdict.of(false, score, reason);
  }

  /** {@return the name and settings, e.g. {@code contains-all["Paris", "Berlin", ignoreCase]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    needles.forEach(n -> settings.add(Reasons.quote(n)));
    if (needles.isEmpty()) {
      settings.add("expected output");
    }
    settings.addAll(normalizer.options());
    return Reasons.describe(name(), settings);
  }
}
