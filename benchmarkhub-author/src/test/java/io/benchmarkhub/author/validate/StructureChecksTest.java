package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.Fixtures.at;
import static io.benchmarkhub.author.validate.Fixtures.choice;
import static io.benchmarkhub.author.validate.Fixtures.input;
import static io.benchmarkhub.author.validate.Fixtures.labels;
import static io.benchmarkhub.author.validate.Fixtures.lines;
import static io.benchmarkhub.author.validate.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureChecksTest {

  @Test
  void caseSchemaFindsEachKindOfMalformedCase() {
    List<TestCase> mc = List.of(
        choice(1, "2 + 2?", "B", "3", "4", "5"),           // letter -> fine
        choice(2, "Capital of France?", "paris", "Rome", "Paris"), // text, case ignored -> fine
        choice(3, "Largest planet?", "0", "Jupiter", "Mars"),  // 0-based index -> fine
        choice(4, "Odd one?", "D", "a", "b", "c"),           // letter out of range
        choice(5, "Only one?", "A", "yes", "Yes"),           // one distinct choice
        at(6, "No answer", null).variable("choices", List.of("x", "y")).build());
    CheckResult r = new CaseSchemaCheck().run(input(TaskType.MULTIPLE_CHOICE, mc));
    assertThat(where(r)).containsExactly("cases.jsonl:4", "cases.jsonl:5", "cases.jsonl:6");
    assertThat(r.findings().get(0).message()).contains("'D' names none of its 3 choices");
    assertThat(r.findings().get(1).message()).contains("1 distinct choices");
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isCloseTo(0.5, within(1e-12)); // 3 of 6 malformed

    CheckResult cls = new CaseSchemaCheck().run(input(labels("refund", "shipping"),
        lines("money back", "Refund", "where is it", "delivery")));
    assertThat(where(cls)).containsExactly("cases.jsonl:2");
    assertThat(cls.findings().get(0).message()).contains("'delivery' is not one of the declared labels");

    CheckResult ext = new CaseSchemaCheck().run(input(TaskType.EXTRACTION,
        lines("Order 12 for Ann", "{\"order\": 12, \"name\": \"Ann\"}", "Order 13", "{order: 13}")));
    assertThat(where(ext)).containsExactly("cases.jsonl:2");
    assertThat(ext.findings().get(0).message()).startsWith("expected answer is not valid JSON");

    CheckResult gen = new CaseSchemaCheck().run(input(TaskType.GENERATION, lines("Write a poem", null)));
    assertThat(gen.status()).isEqualTo(CheckStatus.PASS);
    assertThat(gen.score()).isEqualTo(1.0);
  }

  @Test
  void everyCheckIsNotApplicableToAnEmptyDataset() {
    for (Check c : DatasetChecks.all()) {
      assertThat(c.run(input(TaskType.CLASSIFICATION, List.of())).status()).as(c.id())
          .isEqualTo(CheckStatus.NOT_APPLICABLE);
    }
    assertThat(DatasetChecks.all()).extracting(Check::id).doesNotHaveDuplicates().hasSize(16);
  }

  @Test
  void exactDuplicatesIgnoreCaseAndSpacingAndCountChatConversations() {
    List<TestCase> cases = new ArrayList<>(lines(
        "Where is my parcel?", "shipping",
        "where is   my PARCEL?", "shipping",
        "Cancel my order", "cancel",
        "Where is my parcel?", "shipping"));
    cases.add(TestCase.builder().id("chat1").messages(List.of(Message.system("You sort tickets."),
        Message.user("Cancel my order"))).expected("cancel").build());
    CheckResult r = new ExactDuplicatesCheck().run(input(TaskType.CLASSIFICATION, cases));
    // one group of 3 (lines 1, 2, 4); the chat case has a system message, so it differs from line 3
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).caseIds()).containsExactly("c1", "c2", "c4");
    assertThat(r.findings().get(0).message()).contains("cases.jsonl:2 (c2)", "cases.jsonl:4 (c4)");
    assertThat(r.figures()).containsEntry("redundantCases", 2);
    assertThat(r.score()).isCloseTo(1 - 2.0 / 5, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
  }

  @Test
  void nearDuplicatesReportPairsAboveThresholdButNotExactCopies() {
    String base = "my parcel was supposed to arrive on monday but the tracking page has not changed since friday";
    List<TestCase> cases = lines(
        base, "shipping",
        base + " evening", "shipping",           // 17 vs 18 words: 15 and 16 shingles, 15 shared -> 15/16
        base.toUpperCase(), "shipping",          // exact duplicate of line 1: left to exact-duplicates
        "please delete my account and every piece of data you hold about me", "account");
    CheckResult r = new NearDuplicatesCheck().run(input(TaskType.CLASSIFICATION, cases));
    // pairs (1,2) and (2,3) at 15/16; (1,3) is exact
    assertThat(r.figures()).containsEntry("pairs", 2).containsEntry("redundantCases", 2);
    assertThat(where(r)).containsExactly("cases.jsonl:2", "cases.jsonl:3");
    assertThat(r.findings().get(0).message()).contains("nearly duplicates cases.jsonl:1 (c1)", "Jaccard 0.938");
    assertThat(r.score()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void emptyExpectedFindsBlanksAndPlaceholdersButNotNone() {
    CheckResult r = new EmptyExpectedCheck().run(input(TaskType.QUESTION_ANSWERING, lines(
        "q1", "TODO", "q2", "  ", "q3", "n/a", "q4", "none", "q5", "42", "q6", "???", "q7", "Paris",
        "q8", null, "q9", "tbd.", "q10", "x")));
    assertThat(where(r)).containsExactly("cases.jsonl:1", "cases.jsonl:2", "cases.jsonl:3", "cases.jsonl:6",
        "cases.jsonl:9");
    assertThat(r.findings().get(1).message()).isEqualTo("expected answer is blank");
    assertThat(r.score()).isCloseTo(0.5, within(1e-12));
    assertThat(r.recommendation()).isNotEmpty();
  }

  @Test
  void contradictoryExpectedFailsOnIdenticalInputsAndWarnsOnNearDuplicates() {
    String near = "the blender arrived with a cracked jug and i want my money back not a replacement please";
    CheckResult r = new ContradictoryExpectedCheck().run(input(TaskType.CLASSIFICATION, lines(
        "Cancel my order", "cancel",
        "cancel my  order", "Cancel ",   // same answer after normalising: no contradiction
        "Where is it?", "shipping",
        "where is it?", "refund",         // contradiction
        near, "refund",
        near + " today", "other")));     // near duplicate with another answer
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.figures()).containsEntry("identicalInputGroups", 1).containsEntry("nearDuplicatePairs", 1)
        .containsEntry("casesInvolved", 4);
    assertThat(where(r)).containsExactly("cases.jsonl:3", "cases.jsonl:6");
    assertThat(r.findings().get(1).message()).contains("expects 'other' but its near duplicate cases.jsonl:5");
    assertThat(new ContradictoryExpectedCheck().run(input(TaskType.GENERATION, lines("a", "b"))).status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void labelBalanceReportsEntropyUnusedAndRareLabels() {
    List<TestCase> cases = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      cases.add(at(i, "text " + i, "refund").build());
    }
    cases.add(at(7, "text 7", "shipping").build());
    cases.add(at(8, "text 8", "shipping").build());
    CheckResult r = new LabelBalanceCheck().run(input(labels("refund", "shipping", "other"), cases));
    // counts 6, 2, 0: H = -(0.75 ln 0.75 + 0.25 ln 0.25) / ln 3 = 0.5118595071429148
    assertThat(r.score()).isCloseTo(0.5118595071429148, within(1e-12));
    assertThat(r.figures().get("labels")).isEqualTo(Map.of("refund", 6, "shipping", 2, "other", 0));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.findings()).extracting(Finding::message)
        .containsExactly("label 'other' is declared but no case expects it");

    // true/false multiple choice: the label is the correct choice's text; 3 true, 1 false of 4
    List<TestCase> tf = List.of(choice(1, "a", "A", "True", "False"), choice(2, "b", "True", "True", "False"),
        choice(3, "c", "0", "True", "False"), choice(4, "d", "B", "True", "False"));
    CheckResult mc = new LabelBalanceCheck().run(input(TaskType.MULTIPLE_CHOICE, tf));
    assertThat(mc.figures().get("labels")).isEqualTo(Map.of("True", 3, "False", 1));
    assertThat(mc.score()).isCloseTo(0.8112781244591328, within(1e-12));
    assertThat(mc.status()).isEqualTo(CheckStatus.WARN);
    assertThat(new LabelBalanceCheck().run(input(TaskType.QUESTION_ANSWERING, lines("q", "a"))).status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void textHygieneFindsDamageAndUnfilledPlaceholders() {
    List<TestCase> cases = List.of(
        at(1, "Caf\u00c3\u00a9 order", "ok").build(),                // mojibake
        at(2, "It\u00e2\u20ac\u2122s late", "ok").build(),            // mojibake of a curly quote
        at(3, "Hello {{name}}, your order", "ok").build(),           // unfilled
        at(4, "Hello {{name}}, your order", "ok").variable("name", "Ann").build(), // filled by a variable
        at(5, "Bell\u0007 here", "ok").build(),                       // control character
        at(6, "lost \uFFFD byte", "ok").build(),
        at(7, "zero\u200Bwidth", "ok").build(),
        at(8, "Clean text, with a\ttab", " refund").build(),         // whitespace in expected
        at(9, "Total is ${amount}", "ok").build(),
        at(10, "Fine", "ok").build());
    CheckResult r = new TextHygieneCheck().run(input(TaskType.CLASSIFICATION, cases));
    assertThat(where(r)).containsExactly("cases.jsonl:1", "cases.jsonl:2", "cases.jsonl:3", "cases.jsonl:5",
        "cases.jsonl:6", "cases.jsonl:7", "cases.jsonl:8", "cases.jsonl:9");
    assertThat(r.findings().get(0).message()).contains("mojibake '\u00c3\u00a9'");
    assertThat(r.findings().get(2).message()).isEqualTo("unfilled placeholder {{name}}");
    assertThat(r.findings().get(6).message()).isEqualTo("leading or trailing whitespace in the expected answer");
    assertThat(r.findings().get(7).message()).isEqualTo("unfilled placeholder ${amount}");
    assertThat(r.score()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void aJavaScriptTemplateLiteralIsCodeNotAnUnfilledPlaceholder() {
    List<TestCase> cases = List.of(
        at(1, "What is the bug?\nconst msg = `Total: ${total}`;\nreturn msg.lenght;", "a typo in length").build(),
        at(2, "Echo the shell line `echo ${HOME}` and then ${missing}", "ok").build());
    CheckResult r = new TextHygieneCheck().run(input(TaskType.QUESTION_ANSWERING, cases));
    assertThat(where(r)).containsExactly("cases.jsonl:2");
    assertThat(r.findings().get(0).message()).isEqualTo("unfilled placeholder ${missing}");
  }

  @Test
  void inputLengthOutliersUseMedianAndMad() {
    List<TestCase> cases = new ArrayList<>();
    int[] words = {10, 11, 12, 10, 11, 12, 10, 11, 60, 0};
    for (int i = 0; i < words.length; i++) {
      String text = words[i] == 0 ? "..." : String.join(" ", java.util.Collections.nCopies(words[i], "word"));
      cases.add(at(i + 1, text, "x").build());
    }
    CheckResult r = new InputLengthOutliersCheck().run(input(TaskType.QUESTION_ANSWERING, cases));
    // sorted 0 10 10 10 11 11 11 12 12 60: median 11; |dev| 1 0 1 1 0 1 1 0 49 11 -> MAD 1
    // 60: 49 / 1.4826 = 33 > 3.5; 0 words: always; 10 and 12: 0.67
    assertThat(r.figures()).containsEntry("medianWords", 11.0).containsEntry("madWords", 1.0);
    assertThat(where(r)).containsExactly("cases.jsonl:9", "cases.jsonl:10");
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isCloseTo(0.8, within(1e-12));
  }
}
