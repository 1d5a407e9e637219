package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import org.junit.jupiter.api.Test;

class ValidJsonJudgeTest {

  @Test
  void passesOnAPlainJsonObjectAndSaysWhatItRead() {
    Verdict v = gradeWithoutExpected(Judges.validJson(), "{\"intent\": \"refund\", \"confidence\": 0.92}");

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("a JSON object");
  }

  @Test
  void acceptsAnyJsonValueIncludingScalarsAndSurroundingWhitespace() {
    assertThat(gradeWithoutExpected(Judges.validJson(), "\n  [1, 2, 3]\n").reason()).isEqualTo("a JSON array");
    assertThat(gradeWithoutExpected(Judges.validJson(), "42").reason()).isEqualTo("a JSON number");
  }

  @Test
  void extractsASingleJsonFencedBlockWithProseAround() {
    String answer = "Sure! Here is the classification:\n\n```json\n{\"intent\": \"refund\"}\n```\n\nLet me know.";

    Verdict v = gradeWithoutExpected(Judges.validJson(), answer);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("a JSON object from a fenced block");
  }

  @Test
  void extractsAnUnlabelledFenceAndToleratesWindowsLineEnds() {
    assertThat(gradeWithoutExpected(Judges.validJson(), "```\r\n{\"a\": 1}\r\n```\r\n").passed()).isTrue();
    assertThat(gradeWithoutExpected(Judges.validJson(), "```JSON\n[true]\n```").passed()).isTrue();
  }

  @Test
  void refusesAFenceMarkedWithAnotherLanguage() {
    Verdict v = gradeWithoutExpected(Judges.validJson(), "```python\n{\"a\": 1}\n```");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("the fenced code block is marked \"python\", not json");
  }

  @Test
  void refusesSeveralFencedBlocks() {
    String answer = "Option 1:\n```json\n{\"a\": 1}\n```\nOption 2:\n```json\n{\"a\": 2}\n```";

    Verdict v = gradeWithoutExpected(Judges.validJson(), answer);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("found 2 fenced code blocks; expected one holding the JSON");
  }

  @Test
  void strictRefusesFencedBlocksAndSaysSo() {
    Verdict v = gradeWithoutExpected(Judges.validJson().strict(), "```json\n{\"intent\": \"refund\"}\n```");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("not valid JSON: Unexpected character ('`' (code 96))")
        .endsWith("at line 1, column 1 (strict: a fenced code block is not accepted)");
  }

  @Test
  void strictStillAcceptsPlainJson() {
    assertThat(gradeWithoutExpected(Judges.validJson().strict(), "{\"a\": [1, 2]}").passed()).isTrue();
  }

  @Test
  void reasonGivesTheParserMessageWithLineAndColumn() {
    String answer = "{\n  \"intent\": \"refund\",\n}";

    Verdict v = gradeWithoutExpected(Judges.validJson(), answer);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("not valid JSON: Unexpected character ('}' (code 125))")
        .endsWith(" at line 3, column 1")
        .doesNotContain("REDACTED");
  }

  @Test
  void lineNumbersInsideAFenceCountFromTheStartOfTheAnswer() {
    String answer = "Here you go:\n```json\n{\n  \"intent\": refund\n}\n```";

    Verdict v = gradeWithoutExpected(Judges.validJson(), answer);

    assertThat(v.reason()).startsWith("not valid JSON in the fenced code block: Unrecognized token 'refund'")
        .endsWith("at line 4, column 13");
  }

  @Test
  void trailingContentAfterTheValueFails() {
    Verdict v = gradeWithoutExpected(Judges.validJson(), "{\"a\": 1} and that's my answer");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("not valid JSON: ");
  }

  @Test
  void emptyAnswerFailsWithAPlainReason() {
    assertThat(gradeWithoutExpected(Judges.validJson(), "  \n").reason()).isEqualTo("the answer is empty");
    assertThat(gradeWithoutExpected(Judges.validJson(), "```json\n\n```").reason())
        .isEqualTo("the fenced code block is empty");
  }

  @Test
  void proseWithoutJsonFails() {
    Verdict v = gradeWithoutExpected(Judges.validJson(), "I'm sorry, I can't produce JSON for that.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("not valid JSON: Unrecognized token");
  }

  @Test
  void nameAndToString() {
    assertThat(Judges.validJson().name()).isEqualTo("valid-json");
    assertThat(Judges.validJson().strict()).hasToString("valid-json[strict]");
  }
}
