package io.benchmarkhub.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A judge that passes when the answer is the same JSON value as the expected one: objects equal
 * whatever the order and spacing of their members, arrays element by element in order, numbers by
 * value ({@code 5355}, {@code 5355.0} and {@code 5.355e3} are equal; {@link #tolerance(double)} allows
 * a difference), strings exactly (or {@link #ignoreCase()}), booleans and null exactly. Create one with {@link Judges#jsonEquals()} (the
 * expected value is the case's expected answer, parsed as JSON) or {@link Judges#jsonEquals(String)}.
 *
 * <p>The answer is read as {@link Judges#validJson()} reads it: the whole answer, or one fenced
 * {@code json} block (not with {@link #strict()}). {@link #allowExtraFields()} lets the answer's
 * objects have members the expected ones lack. The score is the share of the expected value's leaves
 * (scalars, empty objects and arrays) that the answer matches; it passes only when all match and
 * nothing is extra. A failure's reason names each difference by its JSON path, e.g.
 * {@code $.total: expected 5355.0, got 5355.5; $.vendor: missing}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Judge invoice = Judges.jsonEquals().tolerance(0.005);
 * // expected {"invoice_number": "A-17", "total": 5355.00}
 * // answer   "```json\n{ \"total\": 5355, \"invoice_number\": \"A-17\" }\n```" -> PASS
 * }</pre>
 */
public final class JsonEqualsJudge extends GuardedJudge {
  private final String expectedJson;
  private final JsonNode expectedFixed;
  private final boolean strict;
  private final boolean allowExtra;
  private final double tolerance;
  private final boolean ignoreCase;

  JsonEqualsJudge(String expectedJson, boolean strict, boolean allowExtra, double tolerance, boolean ignoreCase) {
    super("json-equals");
    this.expectedJson = expectedJson;
    this.expectedFixed = expectedJson == null ? null : parseExpected(expectedJson, "the judge's expected value");
    this.strict = strict;
    this.allowExtra = allowExtra;
    this.tolerance = tolerance;
    this.ignoreCase = ignoreCase;
  }

  /** {@return a copy that accepts only an answer that is JSON as a whole, without a fenced block} */
  public JsonEqualsJudge strict() {
    return new JsonEqualsJudge(expectedJson, true, allowExtra, tolerance, ignoreCase);
  }

  /** {@return a copy that lets the answer's objects have members the expected objects lack} */
  public JsonEqualsJudge allowExtraFields() {
    return new JsonEqualsJudge(expectedJson, strict, true, tolerance, ignoreCase);
  }

  /** {@return a copy that compares strings ignoring case (member names still match exactly)} */
  public JsonEqualsJudge ignoreCase() {
    return new JsonEqualsJudge(expectedJson, strict, allowExtra, tolerance, true);
  }

  /**
   * {@return a copy that counts two numbers equal when they differ by at most {@code absolute}}
   *
   * @throws IllegalArgumentException when it is negative or not finite
   */
  public JsonEqualsJudge tolerance(double absolute) {
    if (!(absolute >= 0) || Double.isInfinite(absolute)) {
      throw new IllegalArgumentException("tolerance must be a finite number >= 0, was " + absolute);
    }
    return new JsonEqualsJudge(expectedJson, strict, allowExtra, absolute, ignoreCase);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    JsonNode expected = expectedFixed != null ? expectedFixed
        : parseExpected(requireExpected(testCase), "case " + testCase.id() + "'s expected answer");
    JsonAnswer.Parsed answer = JsonAnswer.read(completion.text(), strict);
    if (!answer.ok()) {
      return Verdict.fail(answer.failure());
    }
    JsonComparison c = new JsonComparison(allowExtra, tolerance, ignoreCase).compare(expected, answer.value());
    if (c.equal()) {
      return Verdict.pass("equal JSON" + (answer.fenced() ? " (from a fenced block)" : ""));
    }
    return Verdict.of(false, Math.min(c.score(), 1.0 - 1e-9), c.describe());
  }

  private static JsonNode parseExpected(String json, String what) {
    try {
      return JsonAnswer.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CannotGrade(what + " is not JSON: " + e.getOriginalMessage());
    }
  }

  /** {@return the name and settings, e.g. {@code json-equals[tolerance 0.005, extra fields allowed]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    if (expectedJson != null) {
      settings.add("expected " + expectedJson);
    }
    if (strict) {
      settings.add("strict");
    }
    if (allowExtra) {
      settings.add("extra fields allowed");
    }
    if (tolerance > 0) {
      settings.add("tolerance " + tolerance);
    }
    if (ignoreCase) {
      settings.add("ignoreCase");
    }
    return Reasons.describe(name(), settings);
  }
}
