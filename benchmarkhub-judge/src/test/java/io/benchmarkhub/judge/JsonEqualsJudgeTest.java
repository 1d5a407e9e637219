package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.grade;
import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class JsonEqualsJudgeTest {
  private static final String INVOICE =
      "{\"invoice_number\":\"A-17\",\"invoice_date\":\"2026-03-02\",\"currency\":\"EUR\",\"total\":5355.00,"
          + "\"vendor\":\"Nordlicht GmbH\"}";

  @Test
  void memberOrderSpacingNumberFormAndAFenceDoNotMatter() {
    String answer = "Here it is:\n```json\n{ \"vendor\": \"Nordlicht GmbH\", \"total\": 5355,\n"
        + "  \"currency\": \"EUR\", \"invoice_date\": \"2026-03-02\", \"invoice_number\": \"A-17\" }\n```";

    Verdict v = grade(Judges.jsonEquals(), INVOICE, answer);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.reason()).isEqualTo("equal JSON (from a fenced block)");
    assertThat(grade(Judges.jsonEquals(), "[1, 2.50]", "[1.0, 2.5]").passed()).isTrue();
    assertThat(grade(Judges.jsonEquals(), "5.355e3", "5355").passed()).isTrue();
  }

  @Test
  void eachDifferenceIsNamedByItsPathAndTheScoreIsTheShareOfLeavesMatched() {
    String answer = "{\"invoice_number\":\"A-17\",\"invoice_date\":\"2026-02-03\",\"currency\":\"EUR\","
        + "\"total\":5355.5,\"note\":\"paid\"}";

    Verdict v = grade(Judges.jsonEquals(), INVOICE, answer);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("$.invoice_date: expected \"2026-03-02\", got \"2026-02-03\"; "
        + "$.total: expected 5355.0, got 5355.5; $.vendor: missing; $.note: not expected");
    assertThat(v.score()).isCloseTo(2.0 / 5.0, within(1e-12)); // number and currency of five leaves
  }

  @Test
  void toleranceExtraFieldsAndStrictnessAreOptions() {
    assertThat(grade(Judges.jsonEquals().tolerance(0.01), "{\"total\": 10.00}", "{\"total\": 10.004}").passed())
        .isTrue();
    assertThat(grade(Judges.jsonEquals().tolerance(0.01), "{\"total\": 10.00}", "{\"total\": 10.02}").passed())
        .isFalse();
    assertThat(grade(Judges.jsonEquals().allowExtraFields(), "{\"a\": 1}", "{\"a\": 1, \"b\": 2}").passed())
        .isTrue();
    assertThat(grade(Judges.jsonEquals(), "{\"v\": \"GmbH\"}", "{\"v\": \"GMBH\"}").passed()).isFalse();
    assertThat(grade(Judges.jsonEquals().ignoreCase(), "{\"v\": \"GmbH\"}", "{\"v\": \"GMBH\"}").passed()).isTrue();
    assertThat(grade(Judges.jsonEquals().ignoreCase(), "{\"v\": 1}", "{\"V\": 1}").passed()).as("names").isFalse();
    Verdict strict = grade(Judges.jsonEquals().strict(), "{\"a\": 1}", "```json\n{\"a\": 1}\n```");
    assertThat(strict.passed()).isFalse();
    assertThat(strict.reason()).contains("strict");
  }

  @Test
  void arraysCompareInOrderAndTypesMustAgree() {
    assertThat(grade(Judges.jsonEquals(), "[\"a\", \"b\"]", "[\"b\", \"a\"]").reason())
        .isEqualTo("$[0]: expected \"a\", got \"b\"; $[1]: expected \"b\", got \"a\"");
    assertThat(grade(Judges.jsonEquals(), "[1]", "[1, 2]").reason()).isEqualTo("$: 1 elements more than the 1 expected");
    assertThat(grade(Judges.jsonEquals(), "{\"due\": 30}", "{\"due\": \"30\"}").reason())
        .isEqualTo("$.due: expected 30, got \"30\"");
    assertThat(grade(Judges.jsonEquals(), "{\"lines\": [{\"sku\": 1}]}", "{\"lines\": {}}").reason())
        .isEqualTo("$.lines: expected an array, got object {}");
    assertThat(grade(Judges.jsonEquals(), "{\"auto_renews\": null}", "{\"auto_renews\": false}").passed()).isFalse();
  }

  @Test
  void anAnswerThatIsNotJsonFailsAndAnExpectedThatIsNotJsonIsAnError() {
    assertThat(grade(Judges.jsonEquals(), "{\"a\": 1}", "a is 1").reason()).startsWith("not valid JSON");
    Verdict bad = grade(Judges.jsonEquals(), "{a: 1}", "{\"a\": 1}");
    assertThat(bad.status()).isEqualTo(Status.ERROR);
    assertThat(bad.reason()).contains("expected answer is not JSON");
    assertThat(gradeWithoutExpected(Judges.jsonEquals(), "{}").status()).isEqualTo(Status.ERROR);
    assertThat(gradeWithoutExpected(Judges.jsonEquals("{\"a\": [1, 2]}"), "{\"a\":[1,2]}").passed()).isTrue();
    assertThatThrownBy(() -> Judges.jsonEquals("{oops")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThat(Judges.jsonEquals().tolerance(0.5).allowExtraFields()).hasToString(
        "json-equals[extra fields allowed, tolerance 0.5]");
  }
}
