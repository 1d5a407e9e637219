package io.benchmarkhub.judge;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A judge that scores the model's tool calls against the case's
 * {@linkplain TestCase#expectedToolCalls() expected calls} by F1: a call is right when it has the
 * name of an expected call and the same arguments (JSON equality, as {@link JsonEqualsJudge}
 * compares; or the name alone with {@link #namesOnly()}), each expected call matching at most one
 * call and order not mattering. Precision is the share of the calls that are right, recall the share
 * of expected calls made; the score is their F1, and it passes when the F1 is at least the
 * {@link #threshold(double) threshold} (default 1, every call right and none missing).
 *
 * <p>A case that expects no calls scores 1 when the model made none and 0 otherwise. Calls whose
 * arguments are not JSON are never right. The reason names the calls that were not expected and the
 * expected calls that are missing, e.g. {@code F1 0.67 (precision 0.50, recall 1.00); not expected:
 * get_time({})}. Create one with {@link Judges#toolCallsF1()}. Immutable and thread-safe.
 */
public final class ToolCallsF1Judge extends GuardedJudge {
  private final double threshold;
  private final boolean namesOnly;

  private ToolCallsF1Judge(double threshold, boolean namesOnly) {
    super("tool-calls-f1");
    this.threshold = threshold;
    this.namesOnly = namesOnly;
  }

  /** {@return the judge with threshold 1, comparing names and arguments} */
  static ToolCallsF1Judge create() {
    return new ToolCallsF1Judge(1.0, false);
  }

  /**
   * {@return a copy that passes at an F1 of at least {@code minimum}}
   *
   * @throws IllegalArgumentException when not within (0, 1]
   */
  public ToolCallsF1Judge threshold(double minimum) {
    if (!(minimum > 0 && minimum <= 1)) {
      throw new IllegalArgumentException("threshold must be within (0, 1], was " + minimum);
    }
    return new ToolCallsF1Judge(minimum, namesOnly);
  }

  /** {@return a copy that counts a call right by its name alone, whatever its arguments} */
  public ToolCallsF1Judge namesOnly() {
    return new ToolCallsF1Judge(threshold, true);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    List<ToolCall> expected = testCase.expectedToolCalls();
    List<ToolCall> actual = completion.toolCalls();
    if (expected.isEmpty()) {
      return actual.isEmpty() ? Verdict.pass("no tool call expected and none made")
          : Verdict.fail("no tool call expected; the model called " + actual);
    }
    List<ToolCall> missing = new ArrayList<>(expected);
    List<ToolCall> unexpected = new ArrayList<>();
    for (ToolCall call : actual) {
      ToolCall match = missing.stream().filter(e -> same(e, call)).findFirst().orElse(null);
      if (match != null) {
        missing.remove(match);
      } else {
        unexpected.add(call);
      }
    }
    int right = expected.size() - missing.size();
    double precision = actual.isEmpty() ? 0 : (double) right / actual.size();
    double recall = (double) right / expected.size();
    double f1 = right == 0 ? 0 : 2 * precision * recall / (precision + recall);
    String reason = String.format(Locale.ROOT, "F1 %.2f (precision %.2f, recall %.2f)", f1, precision, recall);
    if (!unexpected.isEmpty()) {
      reason += "; not expected: " + unexpected.stream().map(this::describe).toList();
    }
    if (!missing.isEmpty()) {
      reason += "; missing: " + missing.stream().map(this::describe).toList();
    }
    return Verdict.of(f1 >= threshold, f1, reason);
  }

  private boolean same(ToolCall expected, ToolCall call) {
    if (!expected.name().equals(call.name())) {
      return false;
    }
    if (namesOnly) {
      return true;
    }
    JsonNode want = ToolCallJudge.arguments(expected);
    JsonNode got = ToolCallJudge.arguments(call);
    return want != null && got != null && new JsonComparison(false, 0, false).compare(want, got).equal();
  }

  private String describe(ToolCall call) {
    return namesOnly ? call.name() : call.toString();
  }

  /** {@return the name and settings, e.g. {@code tool-calls-f1[threshold 0.8, names only]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    if (threshold < 1) {
      settings.add("threshold " + threshold);
    }
    if (namesOnly) {
      settings.add("names only");
    }
    return Reasons.describe(name(), settings);
  }
}
