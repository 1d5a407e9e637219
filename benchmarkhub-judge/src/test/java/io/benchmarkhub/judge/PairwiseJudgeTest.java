package io.benchmarkhub.judge;

import io.benchmarkhub.api.PairJudgment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.PairJudgment.Outcome;
import io.benchmarkhub.judge.PairwiseVerdict.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseJudgeTest {
  private static final TestCase REFUND = TestCase.builder().id("r1").input("Can I get a refund after 40 days?")
      .expected("No: refunds are possible within 30 days of delivery.").build();
  private static final String ANSWER_A = "No, the refund window is 30 days.";
  private static final String ANSWER_B = "Yes, any time you like.";
  private static final String JUDGE = "openai:gpt-4o-mini";
  private static final String GPT = "gpt-4o";
  private static final String CLAUDE = "claude-3-5-haiku";

  private static String says(String winner) {
    return "{\"winner\": \"" + winner + "\", \"reason\": \"because " + winner + "\"}";
  }

  private static PairwiseVerdict compare(PairwiseJudge judge, ScriptedJudgeModels models) {
    return judge.bind(models).compare(REFUND, GPT, Completion.of(ANSWER_A), CLAUDE, Completion.of(ANSWER_B));
  }

  private static PairwiseVerdict compare(ScriptedJudgeModels models) {
    return compare(Judges.pairwise("Correct about the refund policy").model(JUDGE), models);
  }

  @Test
  void asksTwiceAtTemperatureZeroWithAFirstThenBFirstAsSamplesOneAndTwo() {
    // A first: A is answer 1, so "1" means A; B first: B is answer 1, so "2" means A
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE, says("1"), says("2"));
    PairwiseVerdict v = compare(models);

    assertThat(models.asks).hasSize(2);
    ScriptedJudgeModels.Ask ab = models.asks.get(0);
    ScriptedJudgeModels.Ask ba = models.asks.get(1);
    assertThat(ab.model()).isEqualTo(JUDGE);
    assertThat(List.of(ab.sample(), ba.sample())).containsExactly(1, 2);
    assertThat(ab.params().temperature().getAsDouble()).isZero();
    assertThat(ba.params().temperature().getAsDouble()).isZero();
    assertThat(ab.messages().get(0)).isEqualTo(Message.system(PairwiseJudge.SYSTEM));
    String first = ab.messages().get(1).content();
    String second = ba.messages().get(1).content();
    assertThat(first).contains("Correct about the refund policy").contains("Can I get a refund after 40 days?")
        .contains("No: refunds are possible within 30 days of delivery.")
        .contains("[Answer 1]\n" + ANSWER_A + "\n[End of answer 1]")
        .contains("[Answer 2]\n" + ANSWER_B + "\n[End of answer 2]");
    assertThat(second).contains("[Answer 1]\n" + ANSWER_B + "\n[End of answer 1]")
        .contains("[Answer 2]\n" + ANSWER_A + "\n[End of answer 2]");
    assertThat(first.indexOf(ANSWER_A)).isLessThan(first.indexOf(ANSWER_B));
    assertThat(second.indexOf(ANSWER_B)).isLessThan(second.indexOf(ANSWER_A));

    assertThat(v.outcome()).isEqualTo(Outcome.A);
    assertThat(v.winner()).contains(GPT);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.aFirst().result()).isEqualTo(Result.FIRST);
    assertThat(v.bFirst().result()).isEqualTo(Result.SECOND);
    assertThat(v.aFirst().reason()).isEqualTo("because 1");
    assertThat(v.bFirst().reason()).isEqualTo("because 2");
    assertThat(v.bFirst().answer()).isEqualTo(says("2"));
    assertThat(v.reason()).isEqualTo(
        "gpt-4o won in both orders (A first: answer 1, \"because 1\"; B first: answer 2, \"because 2\")");
    assertThat(v.usage()).isEqualTo(Usage.of(200, 40).withCost(0.002));
  }

  @Test
  void bWinningInBothOrdersIsB() {
    PairwiseVerdict v = compare(new ScriptedJudgeModels(null).script(JUDGE, says("2"), says("1")));
    assertThat(v.outcome()).isEqualTo(Outcome.B);
    assertThat(v.winner()).contains(CLAUDE);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).startsWith("claude-3-5-haiku won in both orders");
  }

  @Test
  void theSamePositionWinningInBothOrdersIsInconsistentAndScoredAsATie() {
    PairwiseVerdict first = compare(new ScriptedJudgeModels(null).script(JUDGE, says("1"), says("1")));
    assertThat(first.outcome()).isEqualTo(Outcome.INCONSISTENT);
    assertThat(first.aFirst().pick()).isEqualTo(Outcome.A);
    assertThat(first.bFirst().pick()).isEqualTo(Outcome.B);
    assertThat(first.score()).isEqualTo(0.5);
    assertThat(first.winner()).isEmpty();
    assertThat(first.isError()).isFalse();
    assertThat(first.reason()).startsWith("inconsistent: the answer shown first won in both orders (gpt-4o with A "
        + "first, claude-3-5-haiku with B first), so the position decided, not the answers; counted as a tie");

    PairwiseVerdict second = compare(new ScriptedJudgeModels(null).script(JUDGE, says("2"), says("2")));
    assertThat(second.outcome()).isEqualTo(Outcome.INCONSISTENT);
    assertThat(second.reason()).startsWith("inconsistent: the answer shown second won in both orders "
        + "(claude-3-5-haiku with A first, gpt-4o with B first)");
  }

  @Test
  void tiesInBothOrdersOrInOneAreATie() {
    PairwiseVerdict both = compare(new ScriptedJudgeModels(null).script(JUDGE, says("tie"), says("tie")));
    assertThat(both.outcome()).isEqualTo(Outcome.TIE);
    assertThat(both.score()).isEqualTo(0.5);
    assertThat(both.reason()).startsWith("tie in both orders (A first: tie, \"because tie\"");

    PairwiseVerdict lean = compare(new ScriptedJudgeModels(null).script(JUDGE, says("tie"), says("2")));
    assertThat(lean.outcome()).isEqualTo(Outcome.TIE);
    assertThat(lean.bFirst().pick()).isEqualTo(Outcome.A);
    assertThat(lean.score()).isEqualTo(0.5);
    assertThat(lean.reason()).startsWith("tie: gpt-4o won only with B first and the other order was a tie; a win in "
        + "one order only counts as a tie");

    PairwiseVerdict leanB = compare(new ScriptedJudgeModels(null).script(JUDGE, says("2"), says("tie")));
    assertThat(leanB.outcome()).isEqualTo(Outcome.TIE);
    assertThat(leanB.reason()).startsWith("tie: claude-3-5-haiku won only with A first");
  }

  @Test
  void anUnreadableAnswerIsAskedAgainAsItsOrdersNextSampleAndEveryAskIsCounted() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "I prefer the first one.", says("1"), says("2"));
    PairwiseVerdict v = compare(models);

    assertThat(v.outcome()).isEqualTo(Outcome.A);
    assertThat(models.asks).extracting(ScriptedJudgeModels.Ask::sample).containsExactly(1, 3, 2);
    assertThat(models.asks.get(1).messages()).isEqualTo(models.asks.get(0).messages());
    assertThat(v.aFirst().asks()).isEqualTo(2);
    assertThat(v.bFirst().asks()).isEqualTo(1);
    assertThat(v.aFirst().usage().inputTokens()).isEqualTo(200);
    assertThat(v.usage().inputTokens()).isEqualTo(300);
    assertThat(v.usage().costUsd().getAsDouble()).isCloseTo(0.003, within(1e-12));
  }

  @Test
  void anOrderThatStaysUnreadableMakesTheVerdictAnErrorAndTheOtherOrderIsStillAsked() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null)
        .script(JUDGE, "{\"winner\": \"A\"}", "{\"reason\": \"forgot\"}", says("2"), says("1"));
    PairwiseVerdict v = compare(Judges.pairwise("Correct").model(JUDGE).retries(2), models);

    // A first: samples 1 ("A" is no position), 3 (no winner), 5 ("2": B); B first: sample 2 ("1": B)
    assertThat(models.asks).extracting(ScriptedJudgeModels.Ask::sample).containsExactly(1, 3, 5, 2);
    assertThat(v.outcome()).isEqualTo(Outcome.B);
    assertThat(v.aFirst().asks()).isEqualTo(3);

    ScriptedJudgeModels twice = new ScriptedJudgeModels(null)
        .script(JUDGE, "no", "{\"winner\": \"A\", \"reason\": \"x\"}", says("2"));
    PairwiseVerdict error = compare(Judges.pairwise("Correct").model(JUDGE).retries(1).named("refund-pair"), twice);
    assertThat(twice.asks).extracting(ScriptedJudgeModels.Ask::sample).containsExactly(1, 3, 2);
    assertThat(error.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(error.isError()).isTrue();
    assertThat(error.score()).isNaN();
    assertThat(error.winner()).isEmpty();
    assertThat(error.aFirst().result()).isEqualTo(Result.UNPARSEABLE);
    assertThat(error.aFirst().pick()).isEqualTo(Outcome.ERROR);
    assertThat(error.bFirst().result()).isEqualTo(Result.SECOND);
    assertThat(error.aFirst().reason()).isEqualTo("judge model openai:gpt-4o-mini gave no readable verdict in 2 "
        + "answers (field 'winner' is neither \"1\", \"2\" nor \"tie\": \"A\"); the last was "
        + "\"{\\\"winner\\\": \\\"A\\\", \\\"reason\\\": \\\"x\\\"}\"");
    assertThat(error.reason()).startsWith("error: with A first, judge model openai:gpt-4o-mini gave no readable "
        + "verdict in 2 answers").endsWith("(A first: unparseable; B first: answer 2, \"because 2\")");
    assertThat(error.usage().inputTokens()).isEqualTo(300);

    ScriptedJudgeModels once = new ScriptedJudgeModels(null).script(JUDGE, says("1"), "no");
    PairwiseVerdict noRetry = compare(Judges.pairwise("Correct").model(JUDGE).retries(0), once);
    assertThat(noRetry.bFirst().reason()).contains("in 1 answer (no JSON object in the answer)");
    assertThat(noRetry.reason()).startsWith("error: with B first, ");
    assertThat(once.asks).hasSize(2);
  }

  @Test
  void aJudgeModelThatFailsMakesTheVerdictAnErrorNamingIt() {
    ProviderException outage =
        new ProviderException(ProviderException.Kind.SERVER_ERROR, 503, "after 4 attempts: HTTP 503", null, null);
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE, says("1"), outage);
    PairwiseVerdict v = compare(models);

    assertThat(v.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(v.bFirst().result()).isEqualTo(Result.FAILED);
    assertThat(v.bFirst().answer()).isEmpty();
    assertThat(v.bFirst().reason()).isEqualTo("judge model openai:gpt-4o-mini failed: after 4 attempts: HTTP 503");
    assertThat(v.reason()).startsWith("error: with B first, judge model openai:gpt-4o-mini failed: after 4 attempts");
    assertThat(v.usage().inputTokens()).isEqualTo(100);

    ScriptedJudgeModels both = new ScriptedJudgeModels(null).script(JUDGE, outage, outage);
    PairwiseVerdict down = compare(both);
    assertThat(down.reason()).startsWith("error: with A first, judge model openai:gpt-4o-mini failed: after 4 "
        + "attempts: HTTP 503; with B first, judge model");
    assertThat(down.usage()).isEqualTo(Usage.NONE);
    assertThat(both.asks).hasSize(2);
  }

  @Test
  void winnersAreReadTolerantly() {
    assertThat(readWinner("```json\n{\"winner\": 1, \"reason\": \"{braces}\",}\n```")).isEqualTo(Result.FIRST);
    assertThat(readWinner("{\"winner\": \"Answer 2\"}")).isEqualTo(Result.SECOND);
    assertThat(readWinner("Verdict: {\"winner\": \"[[1]]\"} done")).isEqualTo(Result.FIRST);
    assertThat(readWinner("{'winner': 'second'}")).isEqualTo(Result.SECOND);
    assertThat(readWinner("{\"winner\": \"TIE\"}")).isEqualTo(Result.TIE);
    assertThat(readWinner("{\"winner\": \"draw\"}")).isEqualTo(Result.TIE);
    assertThatThrownBy(() -> readWinner("{\"winner\": 3}")).isInstanceOf(JsonGrade.Unreadable.class)
        .hasMessage("field 'winner' is neither \"1\", \"2\" nor \"tie\": 3");
    assertThatThrownBy(() -> readWinner("{\"winner\": \"B\"}")).isInstanceOf(JsonGrade.Unreadable.class);
    assertThatThrownBy(() -> readWinner("{\"winner\": true}")).isInstanceOf(JsonGrade.Unreadable.class);
    assertThatThrownBy(() -> readWinner("{\"reason\": \"x\"}")).hasMessage("field 'winner' is missing");
  }

  private static Result readWinner(String answer) {
    return PairwiseJudge.winner(JsonGrade.object(answer));
  }

  @Test
  void withoutAModelTheRunsDefaultIsUsedAndWithoutEitherBindingSaysWhatToSet() {
    String haiku = "anthropic:claude-3-5-haiku-latest";
    ScriptedJudgeModels withDefault = new ScriptedJudgeModels(ModelRef.parse(haiku)).script(haiku, says("1"), says("2"));
    assertThat(compare(Judges.pairwise("Correct"), withDefault).outcome()).isEqualTo(Outcome.A);
    assertThat(withDefault.asks).extracting(ScriptedJudgeModels.Ask::model).containsExactly(haiku, haiku);

    assertThatThrownBy(() -> Judges.pairwise("Correct").bind(new ScriptedJudgeModels(null)))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("pairwise judge 'pairwise' has no judge model")
        .hasMessageContaining("-Dbenchmarkhub.judge.model=provider:model")
        .hasMessageContaining("never picks a judge model for you");

    ScriptedJudgeModels explicit = new ScriptedJudgeModels(ModelRef.parse(haiku)).script(JUDGE, says("1"), says("2"));
    compare(Judges.pairwise("Correct").model(JUDGE), explicit);
    assertThat(explicit.asks).extracting(ScriptedJudgeModels.Ask::model).containsExactly(JUDGE, JUDGE);
  }

  @Test
  void anUnboundJudgeCannotCompare() {
    PairwiseJudge judge = Judges.pairwise("Correct").model(JUDGE);
    assertThatThrownBy(() -> judge.compare(REFUND, GPT, Completion.of("a"), CLAUDE, Completion.of("b")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pairwise is not bound to a judge model");
    PairwiseJudge rebound = judge.bind(new ScriptedJudgeModels(null)).model("anthropic:claude-3-5-haiku-latest");
    assertThatThrownBy(() -> rebound.compare(REFUND, GPT, Completion.of("a"), CLAUDE, Completion.of("b")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badOptionsAndArgumentsFailAtOnce() {
    assertThatThrownBy(() -> Judges.pairwise(" ")).hasMessage("criterion must not be blank");
    assertThatThrownBy(() -> Judges.pairwise(null)).hasMessage("criterion must not be blank");
    PairwiseJudge judge = Judges.pairwise("x");
    assertThatThrownBy(() -> judge.retries(-1)).hasMessageContaining("retries must be >= 0, was -1");
    assertThatThrownBy(() -> judge.template("Compare {{answer1}} with nothing"))
        .hasMessageContaining("must contain {{answer1}} and {{answer2}}");
    assertThatThrownBy(() -> judge.template("")).hasMessage("template must not be blank");
    assertThatThrownBy(() -> judge.named("")).hasMessage("name must not be blank");
    assertThatThrownBy(() -> judge.model("no-colon")).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("not of the form provider:model");
    PairwiseJudge bound = judge.model(JUDGE).bind(new ScriptedJudgeModels(null));
    assertThatThrownBy(() -> bound.compare(REFUND, " ", Completion.of("a"), CLAUDE, Completion.of("b")))
        .hasMessage("modelA must not be blank");
    assertThatThrownBy(() -> bound.compare(REFUND, GPT, null, CLAUDE, Completion.of("b")))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void optionsReturnCopiesAndKeepTheRest() {
    PairwiseJudge base = Judges.pairwise("Polite");
    PairwiseJudge tuned = base.model(JUDGE).retries(0).named("politeness");
    assertThat(base.toString()).isEqualTo("pairwise[criterion=\"Polite\", model=judge.model setting, retries=2]");
    assertThat(tuned.toString())
        .isEqualTo("politeness[criterion=\"Polite\", model=openai:gpt-4o-mini, retries=0]");
    assertThat(tuned.name()).isEqualTo("politeness");
    assertThat(tuned.criterion()).isEqualTo("Polite");
    PairwiseJudge bound = tuned.bind(new ScriptedJudgeModels(null));
    assertThat(bound).isNotSameAs(tuned);
    assertThat(bound.toString()).isEqualTo(tuned.toString());
  }

  @Test
  void aTemplateReplacesTheUserMessageAndAnswersAreInsertedAsWritten() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE, says("1"), says("2"));
    PairwiseJudge judge = Judges.pairwise("Kind").model(JUDGE).template("C={{criterion}} 1={{answer1}} 2={{answer2}}");
    judge.bind(models).compare(REFUND, GPT, Completion.of("says {{answer2}}"), CLAUDE, Completion.of("plain"));
    assertThat(models.asks.get(0).messages().get(1).content()).isEqualTo("C=Kind 1=says {{answer2}} 2=plain");
    assertThat(models.asks.get(1).messages().get(1).content()).isEqualTo("C=Kind 1=plain 2=says {{answer2}}");
  }

  @Test
  void identicalAnswersAreStillAskedAsTwoRequestsKeptApartBySample() {
    ScriptedJudgeModels models = new ScriptedJudgeModels(null).script(JUDGE, says("1"), says("1"));
    PairwiseVerdict v = Judges.pairwise("Correct").model(JUDGE).bind(models)
        .compare(REFUND, GPT, Completion.of("same"), CLAUDE, Completion.of("same"));
    assertThat(models.asks.get(0).messages()).isEqualTo(models.asks.get(1).messages());
    assertThat(models.asks).extracting(ScriptedJudgeModels.Ask::sample).containsExactly(1, 2);
    assertThat(v.outcome()).isEqualTo(Outcome.INCONSISTENT);
  }

  @Test
  void aVerdictChecksItsOrders() {
    PairwiseVerdict.Order ab = new PairwiseVerdict.Order(true, Result.FIRST, "", "", Usage.NONE, 1);
    PairwiseVerdict.Order ba = new PairwiseVerdict.Order(false, Result.SECOND, "", "", Usage.NONE, 1);
    assertThat(new PairwiseVerdict("a", "b", ab, ba).outcome()).isEqualTo(Outcome.A);
    assertThatThrownBy(() -> new PairwiseVerdict("a", "b", ba, ab))
        .hasMessage("aFirst must be the order with A shown first and bFirst the other");
    assertThatThrownBy(() -> new PairwiseVerdict.Order(true, Result.TIE, "", "", Usage.NONE, -1))
        .hasMessage("asks must be >= 0, was -1");
    assertThat(new PairwiseVerdict("a", "b", ab, ba).toString()).isEqualTo("PairwiseVerdict[a vs b: A 1]");
  }
}
