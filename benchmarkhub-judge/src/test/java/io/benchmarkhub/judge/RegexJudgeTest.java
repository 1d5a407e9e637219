package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexJudgeTest {

  @Test
  void passesWhenThePatternIsFoundAndQuotesTheMatch() {
    Verdict v = gradeWithoutExpected(Judges.regex("\\d{4}-\\d{2}-\\d{2}"), "It shipped on 2024-03-07, on time.");

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("found \"2024-03-07\" matching /\\d{4}-\\d{2}-\\d{2}/");
  }

  @Test
  void failsWhenThePatternIsNotFound() {
    Verdict v = gradeWithoutExpected(Judges.regex("\\d{4}-\\d{2}-\\d{2}"), "It shipped last Tuesday.");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).isEqualTo("no match for /\\d{4}-\\d{2}-\\d{2}/ in \"It shipped last Tuesday.\"");
  }

  @Test
  void fullMatchRequiresTheWholeAnswerToMatch() {
    RegexJudge judge = Judges.regex("[A-D]").fullMatch();

    assertThat(gradeWithoutExpected(judge, "B").passed()).isTrue();
    Verdict v = gradeWithoutExpected(judge, "The answer is B");
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).isEqualTo("\"The answer is B\" does not fully match /[A-D]/");
  }

  @Test
  void compiledPatternKeepsItsFlags() {
    RegexJudge judge = Judges.regex(Pattern.compile("^answer: yes$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));

    assertThat(gradeWithoutExpected(judge, "Let me think.\nANSWER: Yes\n").passed()).isTrue();
  }

  @Test
  void invalidPatternIsRejectedAtConstructionNamingThePattern() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.regex("(unclosed"))
        .withMessageStartingWith("invalid regex \"(unclosed\": Unclosed group");
  }

  @Test
  void catastrophicRecursionBecomesAnErrorVerdict() {
    String longAnswer = "ab".repeat(100_000);

    Verdict v = gradeWithoutExpected(Judges.regex("(a|b)*c"), longAnswer);

    assertThat(v.status()).isEqualTo(Status.ERROR);
    assertThat(v.reason()).isEqualTo("regex threw StackOverflowError");
  }

  @Test
  void toStringShowsPatternAndOptions() {
    assertThat(Judges.regex("\\d+").fullMatch()).hasToString("regex[/\\d+/, fullMatch]");
    assertThat(Judges.regex("\\d+").name()).isEqualTo("regex");
  }
}
