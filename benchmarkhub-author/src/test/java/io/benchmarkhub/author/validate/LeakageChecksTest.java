package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.Fixtures.choice;
import static io.benchmarkhub.author.validate.Fixtures.input;
import static io.benchmarkhub.author.validate.Fixtures.labels;
import static io.benchmarkhub.author.validate.Fixtures.lines;
import static io.benchmarkhub.author.validate.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.TaskType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakageChecksTest {

  @Test
  void answerInInputMatchesWholeWordsAndSkipsShortAnswers() {
    CheckResult qa = new AnswerInInputCheck().run(input(TaskType.QUESTION_ANSWERING, lines(
        "The capital of France is Paris. What is the capital of France?", "Paris", // leaked
        "Which city hosts the Louvre?", "Paris",
        "Is water wet? yes", "yes",                       // under 4 characters: skipped
        "What is 20 + 22? Hint: 42", "42",                // number under 3 digits: skipped
        "Year of the moon landing? (1969)", "1969",       // leaked
        "Who wrote it? The Refunded", "refund")));        // 'refunded' is not the word 'refund'
    assertThat(qa.figures()).containsEntry("checked", 4).containsEntry("cases", 2);
    assertThat(where(qa)).containsExactly("cases.jsonl:1", "cases.jsonl:5");
    assertThat(qa.score()).isCloseTo(0.5, within(1e-12));
    assertThat(qa.status()).isEqualTo(CheckStatus.FAIL);

    CheckResult cls = new AnswerInInputCheck().run(input(labels("refund", "shipping"), lines(
        "I want a Refund, please", "refund", "Where is my parcel?", "shipping")));
    assertThat(where(cls)).containsExactly("cases.jsonl:1");
    assertThat(cls.recommendation()).contains("label word");
  }

  @Test
  void answerInInputForChoicesIgnoresInputsListingEveryChoice() {
    List<TestCase> cases = List.of(
        choice(1, "Pick one: Jupiter, Mars or Venus. Which is largest?", "A", "Jupiter", "Mars", "Venus"),
        choice(2, "Jupiter is the largest. Which planet is largest?", "A", "Jupiter", "Mars", "Venus"),
        choice(3, "Which planet is red?", "B", "Jupiter", "Mars", "Venus"));
    CheckResult r = new AnswerInInputCheck().run(input(TaskType.MULTIPLE_CHOICE, cases));
    assertThat(where(r)).containsExactly("cases.jsonl:2");
    assertThat(r.score()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(new AnswerInInputCheck().run(input(TaskType.EXTRACTION, cases)).status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void lexicalOverlapFindsSharedPassagesButNotNearDuplicates() {
    String passage = "according to the refund policy of the shop every customer may return goods";
    String near = "my parcel was supposed to arrive on monday but the tracking page has not changed since friday";
    CheckResult r = new LexicalOverlapCheck().run(input(TaskType.QUESTION_ANSWERING, lines(
        "Read: " + passage + ". Can Ann return a kettle after 20 days?", "yes",
        "Context: " + passage + " within a month. Is a sale item covered?", "no",
        near, "a",
        near + " evening", "b",                            // near duplicate of line 3: not counted here
        "Completely different question about the opening hours of the Utrecht store", "c")));
    assertThat(r.figures()).containsEntry("cases", 2).containsEntry("ngram", 8);
    // the 13-word passage holds 13 - 8 + 1 = 6 distinct 8-word runs
    assertThat(r.figures()).containsEntry("sharedPassages", 6);
    assertThat(where(r)).containsExactly("cases.jsonl:1", "cases.jsonl:2");
    assertThat(r.findings().get(0).message())
        .isEqualTo("shares the passage \"according to the refund policy of the shop\" with cases.jsonl:2 (c2)");
    assertThat(r.score()).isCloseTo(0.6, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
  }
}
