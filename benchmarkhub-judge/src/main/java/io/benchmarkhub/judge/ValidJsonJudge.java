package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.List;

/**
 * A judge that passes when the answer is valid JSON (RFC 8259: an object, array, string, number,
 * boolean or null). Create one with {@link Judges#validJson()}.
 *
 * <p>By default an answer that is not JSON as a whole may hold one fenced code block marked
 * {@code json} (or unmarked), with prose around it, and that block is read instead; {@link
 * #strict()} refuses this. Content after the JSON value fails. A failure's reason is the parser's
 * message with the line and column in the answer. The score is 1 or 0. Immutable and thread-safe.
 *
 * <pre>{@code
 * Judge json = Judges.validJson();
 * // "Sure! ```json\n{\"ok\": true}\n```" -> PASS
 * // "{\"ok\": true,}"  -> FAIL: not valid JSON: Unexpected character ('}' ...) at line 1, column 13
 * }</pre>
 */
public final class ValidJsonJudge extends GuardedJudge {

  private final boolean strict;

  ValidJsonJudge(boolean strict) {
    super("valid-json");
    this.strict = strict;
  }

  /** {@return a copy that accepts only an answer that is JSON as a whole, without a fenced block} */
  public ValidJsonJudge strict() {
    return new ValidJsonJudge(true);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    JsonAnswer.Parsed parsed = JsonAnswer.read(completion.text(), strict);
    return parsed.ok() ? Verdict.pass(parsed.describe()) : Verdict.fail(parsed.failure());
  }

  /** {@return the name and settings, e.g. {@code valid-json[strict]}} */
  @Override
  public String toString() {
    return Reasons.describe(name(), strict ? List.of("strict") : List.of());
  }
}
