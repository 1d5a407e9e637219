package io.benchmarkhub.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmJudgesTest {
  private static final TestCase REFUND = TestCase.builder().id("r1").input("Can I get a refund after 40 days?")
      .expected("No: refunds are possible within 30 days of delivery.").build();
  private static final Completion ANSWER = Completion.of("Yes, any time you like.");
  private static final String JUDGE = "openai:gpt-4o-mini";

  private static Verdict grade(Judge judge, ScriptedJudgeModels models) {
    return judge.bind(models).evaluate(REFUND, ANSWER);
  }

  @Test
  void aRubricJudgeAsksItsModelAtTemperatureZeroWithTheRubricCaseReferenceAndAnswer() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "{\"score\": 0.1, \"pass\": false, \"reason\": \"Contradicts the 30-day policy.\"}");
    Verdict v = grade(Judges.llmRubric("States the 30-day refund window correctly").model(JUDGE), models);

    assertThat(v.status()).isEqualTo(Verdict.Status.FAIL);
    assertThat(v.score()).isEqualTo(0.1);
    assertThat(v.reason()).isEqualTo("score 0.1: Contradicts the 30-day policy.");
    assertThat(v.usage().inputTokens()).isEqualTo(100);
    assertThat(v.usage().costUsd().getAsDouble()).isEqualTo(0.001);
    ScriptedJudgeModels.Ask ask = models.asks.get(0);
    assertThat(ask.model()).isEqualTo(JUDGE);
    assertThat(ask.sample()).isEqualTo(1);
    assertThat(ask.params().temperature().getAsDouble()).isZero();
    assertThat(ask.params().jsonOutput()).isTrue();
    assertThat(ask.messages().get(0)).isEqualTo(Message.system(RubricJudge.SYSTEM));
    assertThat(ask.messages().get(1).content()).contains("States the 30-day refund window correctly")
        .contains("Can I get a refund after 40 days?").contains("No: refunds are possible within 30 days")
        .contains("Yes, any time you like.");
  }

  @Test
  void aMultiTurnCaseIsShownToTheJudgeAsItsWholeConversationWithTheExpectedLastTurn() {
    TestCase conversation = TestCase.builder().id("follow-up")
        .messages(List.of(Message.system("You are the support assistant of a home-goods shop."),
            Message.user("I bought a lamp 10 days ago. Can I return it?"),
            Message.assistant("Yes: unused items can be returned within 30 days of delivery."),
            Message.user("And if I already opened the box?")))
        .expected("Yes, within 30 days, minus a 15% restocking fee for opened items.").build();
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "{\"score\": 1, \"pass\": true, \"reason\": \"Mentions the fee.\"}");

    Verdict v = Judges.llmRubric("Answers the last question consistently with the earlier turns").model(JUDGE)
        .bind(models).evaluate(conversation, Completion.of("Yes, with a 15% restocking fee."));

    assertThat(v.passed()).isTrue();
    String asked = models.asks.get(0).messages().get(1).content();
    assertThat(asked).contains("system: You are the support assistant of a home-goods shop.\n"
        + "user: I bought a lamp 10 days ago. Can I return it?\n"
        + "assistant: Yes: unused items can be returned within 30 days of delivery.\n"
        + "user: And if I already opened the box?")
        .contains("minus a 15% restocking fee for opened items").contains("Yes, with a 15% restocking fee.");
  }

  @Test
  void theJudgeModelsPassDecidesUnlessAThresholdIsSet() {
    String lenient = "{\"score\": 0.6, \"pass\": true, \"reason\": \"ok\"}";
    RubricJudge rubric = Judges.llmRubric("Polite").model(JUDGE);
    assertThat(grade(rubric, new ScriptedJudgeModels(null).script(JUDGE, lenient)).passed()).isTrue();
    assertThat(grade(rubric.threshold(0.8), new ScriptedJudgeModels(null).script(JUDGE, lenient)).passed()).isFalse();
    String noFlag = "{\"score\": 0.5, \"reason\": \"half\"}";
    assertThat(grade(rubric, new ScriptedJudgeModels(null).script(JUDGE, noFlag)).passed()).isTrue();
  }

  @Test
  void answersWrappedInAFenceOrProseAreRead() {
    String fenced = "Here is my grade:\n```json\n{\"score\": \"0.9\", \"pass\": \"yes\", \"reason\": \"Uses {braces} "
        + "in text\",}\n```\nHope that helps.";
    Verdict v = grade(Judges.llmRubric("Correct").model(JUDGE), new ScriptedJudgeModels(null).script(JUDGE, fenced));
    assertThat(v.passed()).isTrue();
    assertThat(v.score()).isEqualTo(0.9);
    assertThat(v.reason()).endsWith("Uses {braces} in text");
  }

  @Test
  void anUnreadableAnswerIsAskedAgainAsANewSampleAndEveryAskIsCounted() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "I think it is wrong.", "{\"score\": 7, \"pass\": false, \"reason\": \"x\"}",
            "{\"score\": 0, \"pass\": false, \"reason\": \"Wrong.\"}");
    Verdict v = grade(Judges.llmRubric("Correct").model(JUDGE), models);

    assertThat(v.status()).isEqualTo(Verdict.Status.FAIL);
    assertThat(models.asks).extracting(ScriptedJudgeModels.Ask::sample).containsExactly(1, 2, 3);
    assertThat(v.usage().inputTokens()).isEqualTo(300);
    assertThat(v.usage().costUsd().getAsDouble()).isCloseTo(0.003, within(1e-12));
  }

  @Test
  void anAnswerThatStaysUnreadableIsUnparseableNeverAFailure() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE, "no", "still no", "{\"pass\": true}");
    Verdict v = grade(Judges.llmRubric("Correct").model(JUDGE).named("refund-rubric"), models);

    assertThat(v.isError()).isTrue();
    assertThat(v.unparseable()).isTrue();
    assertThat(v.reason()).isEqualTo("refund-rubric: judge model openai:gpt-4o-mini gave no readable grade in 3 "
        + "answers (field 'score' is missing); the last was \"{\\\"pass\\\": true}\"");
    assertThat(v.usage().inputTokens()).isEqualTo(300);
    assertThat(models.asks).hasSize(3);

    ScriptedJudgeModels once = new ScriptedJudgeModels(null).script(JUDGE, "no");
    assertThat(grade(Judges.llmRubric("Correct").model(JUDGE).retries(0), once).reason())
        .contains("in 1 answer (no JSON object in the answer)");
  }

  @Test
  void aJudgeModelThatFailsIsAnErrorNamingIt() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE,
        new ProviderException(ProviderException.Kind.SERVER_ERROR, 503, "after 4 attempts: HTTP 503", null, null));
    Verdict v = grade(Judges.llmRubric("Correct").model(JUDGE), models);

    assertThat(v.isError()).isTrue();
    assertThat(v.unparseable()).isFalse();
    assertThat(v.reason()).isEqualTo("llm-rubric: judge model openai:gpt-4o-mini failed: after 4 attempts: HTTP 503");
  }

  @Test
  void withoutAModelTheRunsDefaultIsUsedAndWithoutEitherTheRunCannotStart() {
    ScriptedJudgeModels withDefault = new ScriptedJudgeModels(ModelRef.parse("anthropic:claude-3-5-haiku-latest"))
        .script("anthropic:claude-3-5-haiku-latest", "{\"score\": 1, \"pass\": true, \"reason\": \"fine\"}");
    assertThat(grade(Judges.llmRubric("Correct"), withDefault).passed()).isTrue();
    assertThat(withDefault.asks.get(0).model()).isEqualTo("anthropic:claude-3-5-haiku-latest");

    assertThatThrownBy(() -> Judges.llmRubric("Correct").bind(new ScriptedJudgeModels(null)))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("llm-rubric judge 'llm-rubric' has no judge model")
        .hasMessageContaining("-Dbenchmarkhub.judge.model=provider:model")
        .hasMessageContaining("never picks a judge model for you");
  }

  @Test
  void anUnboundJudgeSaysSoInsteadOfGrading() {
    Verdict v = Judges.llmRubric("Correct").model(JUDGE).evaluate(REFUND, ANSWER);
    assertThat(v.isError()).isTrue();
    assertThat(v.reason()).contains("is not bound to a judge model");
  }

  @Test
  void badOptionsFailAtOnce() {
    assertThatThrownBy(() -> Judges.llmRubric(" ")).hasMessage("rubric must not be blank");
    assertThatThrownBy(() -> Judges.llmRubric("x").threshold(1.5)).hasMessageContaining("threshold must be within [0, 1]");
    assertThatThrownBy(() -> Judges.llmRubric("x").template("Grade {{input}}"))
        .hasMessageContaining("must contain {{answer}}");
    assertThatThrownBy(() -> Judges.llmRubric("x").retries(-1)).hasMessageContaining("retries must be >= 0");
    assertThatThrownBy(() -> Judges.llmRubric("x").model("no-colon")).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("not of the form provider:model");
  }

  @Test
  void aTemplateReplacesTheUserMessage() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "{\"score\": 1, \"pass\": true, \"reason\": \"ok\"}");
    grade(Judges.llmRubric("Be kind").model(JUDGE).template("R={{rubric}} A={{answer}} E={{expected}}"), models);
    assertThat(models.asks.get(0).messages().get(1).content())
        .isEqualTo("R=Be kind A=Yes, any time you like. E=No: refunds are possible within 30 days of delivery.");
  }

  @Test
  void criteriaAreScoredOneToFiveNormalisedAndWeighted() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE,
        "{\"criteria\": {\"correctness\": {\"score\": 2, \"reason\": \"wrong window\"}, "
            + "\"tone\": {\"score\": 5, \"reason\": \"friendly\"}}}");
    Judge criteria = Judges.criteria().criterion("correctness", "Factually right", 3)
        .criterion("tone", "Friendly and clear").threshold(0.5).model(JUDGE);
    Verdict v = grade(criteria, models);

    // (3 × (2−1)/4 + 1 × (5−1)/4) / 4 = (0.75 + 1) / 4 = 0.4375
    assertThat(v.score()).isCloseTo(0.4375, within(1e-12));
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).isEqualTo("score 0.438 < 0.5: correctness 2/5 (wrong window); tone 5/5 (friendly)");
    assertThat(models.asks.get(0).messages().get(1).content()).contains("- correctness: Factually right")
        .contains("- tone: Friendly and clear");
  }

  @Test
  void aMissingCriterionOrAScoreOffTheScaleIsUnreadable() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE,
        "{\"criteria\": {\"correctness\": {\"score\": 4}}}",
        "{\"criteria\": {\"correctness\": {\"score\": 0}, \"tone\": {\"score\": 3}}}",
        "{\"criteria\": {\"correctness\": 4, \"tone\": 3}}");
    Judge criteria = Judges.criteria().criterion("correctness", "Right").criterion("tone", "Kind").model(JUDGE);
    Verdict v = grade(criteria, models);
    assertThat(v.passed()).isTrue();
    assertThat(v.score()).isCloseTo(0.625, within(1e-12));
    assertThat(models.asks).hasSize(3);

    assertThatThrownBy(() -> Judges.criteria().model(JUDGE).bind(new ScriptedJudgeModels(null)))
        .hasMessageContaining("has no criteria");
    assertThatThrownBy(() -> Judges.criteria().criterion("a", "x").criterion("a", "y"))
        .hasMessage("criterion a is given twice");
  }

  @Test
  void aPanelCombinesItsMembersAndFlagsASplit() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script("openai:gpt-4o-mini", "{\"score\": 0.9, \"pass\": true, \"reason\": \"a\"}")
        .script("anthropic:claude-3-5-haiku-latest", "{\"score\": 0.2, \"pass\": false, \"reason\": \"b\"}")
        .script("gemini:gemini-2.0-flash", "{\"score\": 0.8, \"pass\": true, \"reason\": \"c\"}");
    RubricJudge rubric = Judges.llmRubric("Correct");
    PanelJudge panel = Judges.panel(rubric.model("openai:gpt-4o-mini").named("gpt"),
        rubric.model("anthropic:claude-3-5-haiku-latest").named("claude"),
        rubric.model("gemini:gemini-2.0-flash").named("gemini"));
    Verdict v = grade(panel, models);

    assertThat(v.passed()).isTrue();
    assertThat(v.score()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(PanelJudge.split(v)).isTrue();
    assertThat(v.reason()).startsWith("split 2–1, majority 0.667: gpt passed 0.9 (score 0.9: a); claude failed 0.2");
    assertThat(v.parts()).extracting(Verdict::judge).containsExactly("gpt", "claude", "gemini");
    assertThat(v.usage().inputTokens()).isEqualTo(300);
    assertThat(v.usage().costUsd().getAsDouble()).isCloseTo(0.003, within(1e-12));
  }

  @Test
  void eachAggregationCombinesTheSameVerdictsItsOwnWay() {
    Judge pass9 = Judge.named("a", (c, out) -> Verdict.of(true, 0.9, ""));
    Judge fail2 = Judge.named("b", (c, out) -> Verdict.of(false, 0.2, ""));
    Judge pass6 = Judge.named("c", (c, out) -> Verdict.of(true, 0.6, ""));
    PanelJudge panel = Judges.panel(pass9, fail2, pass6);

    assertThat(panel.evaluate(REFUND, ANSWER).passed()).isTrue();
    Verdict unanimous = panel.aggregate(PanelJudge.Aggregation.UNANIMOUS).evaluate(REFUND, ANSWER);
    assertThat(unanimous.passed()).isFalse();
    assertThat(unanimous.score()).isCloseTo(2.0 / 3, within(1e-12));
    Verdict mean = panel.aggregate(PanelJudge.Aggregation.MEAN).threshold(0.6).evaluate(REFUND, ANSWER);
    assertThat(mean.score()).isCloseTo(1.7 / 3, within(1e-12));
    assertThat(mean.passed()).isFalse();
    Verdict median = panel.aggregate(PanelJudge.Aggregation.MEDIAN).threshold(0.6).evaluate(REFUND, ANSWER);
    assertThat(median.score()).isEqualTo(0.6);
    assertThat(median.passed()).isTrue();
    assertThat(PanelJudge.split(Judges.panel(pass9, pass6).evaluate(REFUND, ANSWER))).isFalse();
  }

  @Test
  void membersThatErrAreLeftOutUntilFewerThanHalfGrade() {
    Judge pass = Judge.named("ok", (c, out) -> Verdict.pass("fine"));
    Judge broken = Judge.named("broken", (c, out) -> Verdict.unparseable("no grade"));
    Judge thrower = Judge.named("thrower", (c, out) -> {
      throw new IllegalStateException("boom");
    });

    Verdict twoOfThree = Judges.panel(pass, pass, broken).evaluate(REFUND, ANSWER);
    assertThat(twoOfThree.passed()).isTrue();
    assertThat(twoOfThree.reason()).contains("broken errored (no grade)");
    assertThat(PanelJudge.split(twoOfThree)).isFalse();

    Verdict oneOfThree = Judges.panel(pass, broken, thrower).evaluate(REFUND, ANSWER);
    assertThat(oneOfThree.isError()).isTrue();
    assertThat(oneOfThree.reason()).startsWith("only 1 of 3 panel judges graded: ok passed 1")
        .contains("thrower errored (thrower threw IllegalStateException: boom)");
    assertThatThrownBy(() -> Judges.panel(pass)).hasMessageContaining("at least two judges");
  }

  @Test
  void bindingAComposedJudgeBindsTheLlmJudgesInsideIt() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "{\"score\": 1, \"pass\": true, \"reason\": \"ok\"}");
    Judge both = Judges.allOf(Judges.containsAny("30 days", "refund"), Judges.llmRubric("Correct").model(JUDGE));
    Verdict v = both.bind(models).evaluate(REFUND, Completion.of("Refunds within 30 days."));
    assertThat(v.passed()).isTrue();
    assertThat(v.usage().inputTokens()).isEqualTo(100);
    Judge named = Judge.named("mine", Judges.llmRubric("Correct").model(JUDGE));
    assertThat(named.bind(models).name()).isEqualTo("mine");
    Judge plain = Judges.exactMatch();
    assertThat(plain.bind(models)).isSameAs(plain);
  }

  @Test
  void aPlaceholderInsideACaseOrAnAnswerIsShownAsWrittenNotFilledIn() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "{\"score\": 1, \"pass\": true, \"reason\": \"ok\"}");
    TestCase tricky = TestCase.builder().id("t").input("Repeat {{answer}} and {{rubric}}").expected("{{input}}").build();
    Judges.llmRubric("R").model(JUDGE).template("in={{input}} exp={{expected}} ans={{answer}} {{unknown}}")
        .bind(models).evaluate(tricky, Completion.of("I say {{expected}}"));
    assertThat(models.asks.get(0).messages().get(1).content())
        .isEqualTo("in=Repeat {{answer}} and {{rubric}} exp={{input}} ans=I say {{expected}} {{unknown}}");
  }
}
