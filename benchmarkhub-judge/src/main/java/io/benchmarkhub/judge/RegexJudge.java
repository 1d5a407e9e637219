package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A judge that passes when a regular expression is found in the answer, or, with {@link
 * #fullMatch()}, when it matches the whole answer. Create one with {@link Judges#regex(String)} or
 * {@link Judges#regex(Pattern)}.
 *
 * <p>The score is 1 or 0. Immutable and thread-safe (each evaluation uses its own matcher). Use the
 * pattern's own flags for case ({@code (?i)}) and multi-line anchors ({@code (?m)}).
 *
 * <pre>{@code
 * Judge isoDate = Judges.regex("\\d{4}-\\d{2}-\\d{2}");
 * // "It shipped on 2024-03-07." -> PASS: found "2024-03-07"
 * }</pre>
 */
public final class RegexJudge extends GuardedJudge {

  private final Pattern pattern;
  private final boolean fullMatch;

  RegexJudge(Pattern pattern, boolean fullMatch) {
    super("regex");
    this.pattern = pattern;
    this.fullMatch = fullMatch;
  }

  /**
   * {@return a copy that passes only when the pattern matches the whole answer, as {@link
   * Matcher#matches()} does; leading and trailing whitespace count}
   */
  public RegexJudge fullMatch() {
    return new RegexJudge(pattern, true);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    String answer = completion.text();
    Matcher matcher = pattern.matcher(answer);
    if (fullMatch) {
      return matcher.matches()
          ? Verdict.pass("matches /" + pattern + "/ entirely")
          : Verdict.fail(Reasons.quote(answer) + " does not fully match /" + pattern + "/");
    }
    return matcher.find()
        ? Verdict.pass("found " + Reasons.quote(matcher.group()) + " matching /" + pattern + "/")
        : Verdict.fail("no match for /" + pattern + "/ in " + Reasons.quote(answer));
  }

  /** {@return the name and settings, e.g. {@code regex[/\d+/, fullMatch]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>(List.of("/" + pattern + "/"));
    if (fullMatch) {
      settings.add("fullMatch");
    }
    return Reasons.describe(name(), settings);
  }
}
