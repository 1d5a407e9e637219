package io.benchmarkhub.author.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseCheckerTest {
  private static CaseChecker checker(TaskType type, String... labels) {
    return new CaseChecker(new BenchmarkDesign(type, List.of(), List.of(), List.of(labels)));
  }

  private static CandidateCase c(String input, String expected, String... choices) {
    return new CandidateCase(input, expected, List.of(choices), null);
  }

  @Test
  void inputAndExpectedAreRequiredWhereTheTaskTypeNeedsThem() {
    assertThat(checker(TaskType.QUESTION_ANSWERING).problem(c(" ", "4"))).isEqualTo(CaseChecker.NO_INPUT);
    assertThat(checker(TaskType.QUESTION_ANSWERING).problem(c("2+2?", ""))).isEqualTo(CaseChecker.NO_EXPECTED);
    assertThat(checker(TaskType.QUESTION_ANSWERING).problem(c("2+2?", "4"))).isNull();
    assertThat(checker(TaskType.GENERATION).problem(c("Write a haiku", null))).isNull();
  }

  @Test
  void aClassificationLabelMustBeDeclaredAndTakesTheDeclaredSpelling() {
    CaseChecker k = checker(TaskType.CLASSIFICATION, "Refund", "Shipping");
    assertThat(k.problem(c("Where is my parcel?", "delivery"))).isEqualTo(CaseChecker.UNKNOWN_LABEL);
    assertThat(k.problem(c("Where is my parcel?", " shipping "))).isNull();
    assertThat(k.normalize(c(" Where is my parcel? ", " shipping ")).expected()).isEqualTo("Shipping");
    assertThat(checker(TaskType.CLASSIFICATION).problem(c("x", "anything"))).isNull(); // no labels declared
  }

  @Test
  void multipleChoiceNeedsTwoChoicesAndTheExpectedAmongThemByTextOrLetter() {
    CaseChecker k = checker(TaskType.MULTIPLE_CHOICE);
    assertThat(k.problem(c("Pick", "a", "a"))).isEqualTo(CaseChecker.FEW_CHOICES);
    assertThat(k.problem(c("Pick", "c", "a", "b"))).isEqualTo(CaseChecker.NOT_A_CHOICE);
    assertThat(k.problem(c("Pick", "C", "a", "b"))).isEqualTo(CaseChecker.NOT_A_CHOICE);
    assertThat(k.problem(c("Pick", "B", "a", "b"))).isNull();
    assertThat(k.problem(c("Pick", " Paris ", "paris", "Rome"))).isNull();
  }

  @Test
  void extractionExpectsAJsonObjectOrArray() {
    CaseChecker k = checker(TaskType.EXTRACTION);
    assertThat(k.problem(c("Order 12 from Ann", "order 12"))).isEqualTo(CaseChecker.NOT_JSON);
    assertThat(k.problem(c("Order 12 from Ann", "12"))).isEqualTo(CaseChecker.NOT_JSON);
    assertThat(k.problem(c("Order 12 from Ann", "{\"order\":12}"))).isNull();
  }
}
