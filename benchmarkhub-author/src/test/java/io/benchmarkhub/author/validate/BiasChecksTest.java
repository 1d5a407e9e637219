package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.Fixtures.at;
import static io.benchmarkhub.author.validate.Fixtures.choice;
import static io.benchmarkhub.author.validate.Fixtures.input;
import static io.benchmarkhub.author.validate.Fixtures.labels;
import static io.benchmarkhub.author.validate.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BiasChecksTest {

  @Test
  void answerPositionComparesPositionsWithChance() {
    List<TestCase> cases = new ArrayList<>();
    String[] answers = {"A", "A", "A", "A", "A", "A", "A", "B", "C", "D", "A", "B"}; // A 8, B 2, C 1, D 1
    for (int i = 0; i < answers.length; i++) {
      cases.add(choice(i + 1, "question " + i, answers[i], "w", "x", "y", "z"));
    }
    CheckResult r = new AnswerPositionCheck().run(input(TaskType.MULTIPLE_CHOICE, cases));
    // expected 3 each: (25 + 1 + 4 + 4) / 3 = 34/3 on 3 df
    assertThat((double) r.figures().get("chiSquare")).isCloseTo(34.0 / 3, within(1e-9));
    assertThat(r.figures().get("positions")).isEqualTo(Map.of("A", 8L, "B", 2L, "C", 1L, "D", 1L));
    // TVD = (|8/12 - 1/4| + |2/12 - 1/4| + 2 |1/12 - 1/4|) / 2 = 5/12
    assertThat(r.score()).isCloseTo(1 - 5.0 / 12, within(1e-12));
    // scipy.stats.chisquare([8, 2, 1, 1]).pvalue = 0.010053444472836537: just above 0.01, so WARN
    assertThat((double) r.figures().get("pValue")).isCloseTo(0.010053444472836537, within(1e-9));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).message()).isEqualTo("position A holds 8 correct answers (66.7%, chance 25.0%)");
    assertThat(r.findings().get(0).caseIds()).hasSize(8);

    // a malformed case with more choices does not add positions nobody can hold
    List<TestCase> withBroken = new ArrayList<>(cases);
    withBroken.add(choice(13, "broken", "Q", "a", "b", "c", "d", "e", "f"));
    assertThat(new AnswerPositionCheck().run(input(TaskType.MULTIPLE_CHOICE, withBroken)).figures().get("positions"))
        .isEqualTo(Map.of("A", 8L, "B", 2L, "C", 1L, "D", 1L));

    List<TestCase> few = cases.subList(0, 7);
    assertThat(new AnswerPositionCheck().run(input(TaskType.MULTIPLE_CHOICE, few)).status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(new AnswerPositionCheck().run(input(TaskType.CLASSIFICATION, cases)).status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void lengthBiasOfChoicesUsesABinomialTest() {
    List<TestCase> cases = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      // the correct choice (A) is the single longest in the first 7 cases
      String right = i < 7 ? "the complete and careful answer" : "ok";
      cases.add(choice(i + 1, "question " + i, "A", right, "no", "maybe", "never"));
    }
    CheckResult r = new LengthBiasCheck().run(input(TaskType.MULTIPLE_CHOICE, cases));
    assertThat(r.figures()).containsEntry("correctIsLongest", 7).containsEntry("chance", 0.25);
    assertThat((double) r.figures().get("pValue")).isCloseTo(0.003505706787109375, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isCloseTo(1 - (0.7 - 0.25) / 0.75, within(1e-12));
    assertThat(where(r)).hasSize(7).first().isEqualTo("cases.jsonl:1");
  }

  @Test
  void lengthBiasOfLabelsUsesKruskalWallis() {
    List<TestCase> cases = new ArrayList<>();
    int line = 1;
    for (int words : new int[] {1, 2, 3, 4}) {
      cases.add(at(line++, String.join(" ", java.util.Collections.nCopies(words, "w")), "short").build());
    }
    for (int words : new int[] {5, 6, 7, 8, 8}) {
      cases.add(at(line++, String.join(" ", java.util.Collections.nCopies(words, "w")), "long").build());
    }
    CheckResult r = new LengthBiasCheck().run(input(labels("short", "long"), cases));
    // scipy.stats.kruskal([1,2,3,4], [5,6,7,8,8]): H = 6.050420168067227, p = 0.013902988164384317
    assertThat((double) r.figures().get("kruskalWallisH")).isCloseTo(6.050420168067227, within(1e-9));
    assertThat((double) r.figures().get("pValue")).isCloseTo(0.013902988164384317, within(1e-9));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isCloseTo(1 - 6.050420168067227 / 8, within(1e-9)); // 1 - H / (n - 1)
    assertThat(r.figures().get("medianWordsByLabel")).isEqualTo(Map.of("short", 2.5, "long", 7.0));
  }

  @Test
  void demographicTermsCountGroupsAndCompareLabels() {
    List<TestCase> cases = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < 5; i++) {
      cases.add(at(line++, "He says the order " + i + " is late", "complaint").build());
    }
    for (int i = 0; i < 5; i++) {
      cases.add(at(line++, "She asks about order " + i, "question").build());
    }
    cases.add(at(line++, "Mary wants a refund", "complaint").build());
    cases.add(at(line++, "mark the box please", "question").build()); // lower-case: not the name Mark
    cases.add(TestCase.builder().id("c1~cf").input("She says the order 0 is late").expected("complaint")
        .metadata("counterfactualOf", "c1").build());
    CheckResult r = new DemographicTermsCheck().run(input(labels("complaint", "question"), cases));
    @SuppressWarnings("unchecked")
    Map<String, Object> mentions = (Map<String, Object>) r.figures().get("mentions");
    assertThat(mentions).containsEntry("male terms", 5).containsEntry("female terms", 6)
        .containsEntry("female names", 1).containsEntry("male names", 0);
    // male: 5 complaint; female: 5 question + 1 complaint (the twin) -> TVD = |1 - 1/6| = 5/6
    assertThat((double) r.figures().get("largestLabelDistance")).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isCloseTo(1 - 5.0 / 6, within(1e-12));
    assertThat(r.figures()).containsEntry("counterfactualTwins", 1).containsEntry("casesWithoutTwin", 10L);
    assertThat(new DemographicTermsCheck().run(input(TaskType.QUESTION_ANSWERING,
        List.of(at(1, "What is 2 + 2?", "4").build()))).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void spuriousCueFindsAWordThatGivesTheLabelAway() {
    List<TestCase> cases = new ArrayList<>();
    int line = 1;
    String[] refunds = {"urgent money back for order", "urgent refund the shoes", "urgent charge was wrong",
        "urgent I paid twice", "urgent return the kettle"};
    for (String s : refunds) {
      cases.add(at(line++, s, "refund").build());
    }
    String[] shipping = {"where is my parcel", "tracking did not move", "parcel is late again",
        "delivery to Norway", "courier lost the box", "no parcel arrived yet"};
    for (String s : shipping) {
      cases.add(at(line++, s, "shipping").build());
    }
    CheckResult r = new SpuriousCueCheck().run(input(labels("refund", "shipping"), cases));
    // 'urgent' in 5 of 5 refund cases, 0 of 6 others: strong cue. 'parcel' in 3 of 6 shipping, 0 of 5: cue
    assertThat(r.figures().get("cues")).isEqualTo(List.of("urgent -> refund", "parcel -> shipping"));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isCloseTo(1 - 8.0 / 11, within(1e-12));
    assertThat(r.findings().get(0).message())
        .isEqualTo("the word 'urgent' appears in 5 of 5 'refund' cases (100.0%) and in 0 of 6 other cases");
    assertThat(where(r)).containsExactly("cases.jsonl:1", "cases.jsonl:6");
  }
}
