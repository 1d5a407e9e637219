package io.benchmarkhub.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.Usage;
import io.benchmarkhub.judge.PairwiseVerdict.Order;
import io.benchmarkhub.judge.PairwiseVerdict.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseTallyTest {
  private static final Usage ASK = Usage.of(100, 20).withCost(0.001);

  /** A verdict of gpt (A) vs claude (B) from what each order said, in positions. */
  private static PairwiseVerdict verdict(Result withAFirst, Result withBFirst) {
    return new PairwiseVerdict("gpt", "claude", new Order(true, withAFirst, "", "", ASK, 1),
        new Order(false, withBFirst, "", "", ASK, 1));
  }

  private static final PairwiseVerdict A_WINS = verdict(Result.FIRST, Result.SECOND);
  private static final PairwiseVerdict B_WINS = verdict(Result.SECOND, Result.FIRST);
  private static final PairwiseVerdict TIE = verdict(Result.TIE, Result.TIE);
  private static final PairwiseVerdict LEAN_A = verdict(Result.FIRST, Result.TIE);
  private static final PairwiseVerdict FIRST_BIAS = verdict(Result.FIRST, Result.FIRST);
  private static final PairwiseVerdict SECOND_BIAS = verdict(Result.SECOND, Result.SECOND);
  private static final PairwiseVerdict ERROR = verdict(Result.UNPARSEABLE, Result.FIRST);

  @Test
  void countsEachOutcomeAndWinsHalfForTiesAndInconsistentVerdictsLeavingErrorsOut() {
    List<PairwiseVerdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      verdicts.add(A_WINS);
    }
    verdicts.addAll(List.of(B_WINS, B_WINS, TIE, LEAN_A, FIRST_BIAS, FIRST_BIAS, SECOND_BIAS, ERROR));
    PairwiseTally t = PairwiseTally.of(verdicts);

    assertThat(t.modelA()).isEqualTo("gpt");
    assertThat(t.modelB()).isEqualTo("claude");
    assertThat(t.wins()).isEqualTo(5);
    assertThat(t.losses()).isEqualTo(2);
    assertThat(t.ties()).isEqualTo(2);
    assertThat(t.inconsistent()).isEqualTo(3);
    assertThat(t.errors()).isEqualTo(1);
    assertThat(t.total()).isEqualTo(13);
    assertThat(t.graded()).isEqualTo(12);
    // (5 + 0.5 × (2 + 3)) / 12 = 7.5 / 12
    assertThat(t.winRate()).isCloseTo(0.625, within(1e-12));
    double meanScore = verdicts.stream().filter(v -> !v.isError()).mapToDouble(PairwiseVerdict::score).average()
        .orElseThrow();
    assertThat(t.winRate()).isCloseTo(meanScore, within(1e-12));
    assertThat(t.inconsistencyRate()).isCloseTo(3.0 / 12, within(1e-12));
    assertThat(t.firstPositionShare()).isCloseTo(2.0 / 3, within(1e-12));
    // decisive picks of graded verdicts: A_WINS 5×(F,S), B_WINS 2×(S,F), LEAN_A (F), FIRST_BIAS 2×(F,F),
    // SECOND_BIAS (S,S): 10 + 4 + 1 + 4 + 2 = 21 picks, of which first shown 5 + 2 + 1 + 4 + 0 = 12
    assertThat(t.firstShownPickRate()).isCloseTo(12.0 / 21, within(1e-12));
    assertThat(t.usage().inputTokens()).isEqualTo(13 * 200);
    assertThat(t.usage().costUsd().getAsDouble()).isCloseTo(0.026, within(1e-12));
    assertThat(t.toString()).isEqualTo("gpt vs claude: 5 wins, 2 losses, 2 ties, 3 inconsistent, 1 errors; "
        + "win rate 0.625, inconsistent 0.25, first-shown picks 0.571");
  }

  @Test
  void anUnbiasedJudgePicksTheFirstShownAnswerHalfTheTime() {
    PairwiseTally t = PairwiseTally.of(List.of(A_WINS, B_WINS, A_WINS));
    assertThat(t.firstShownPickRate()).isEqualTo(0.5);
    assertThat(t.inconsistencyRate()).isZero();
    assertThat(t.firstPositionShare()).isNaN();
    assertThat(t.winRate()).isCloseTo(2.0 / 3, within(1e-12));

    PairwiseTally biased = PairwiseTally.of(List.of(FIRST_BIAS, FIRST_BIAS));
    assertThat(biased.firstShownPickRate()).isEqualTo(1.0);
    assertThat(biased.firstPositionShare()).isEqualTo(1.0);
    assertThat(biased.inconsistencyRate()).isEqualTo(1.0);
    assertThat(biased.winRate()).isEqualTo(0.5);
  }

  @Test
  void plusAddsOneVerdictOrATallyWithoutChangingThis() {
    PairwiseTally empty = PairwiseTally.empty("gpt", "claude");
    assertThat(empty.total()).isZero();
    assertThat(empty.winRate()).isNaN();
    assertThat(empty.toString()).contains("win rate n/a");
    PairwiseTally one = empty.plus(A_WINS);
    assertThat(empty.total()).isZero();
    assertThat(one.wins()).isEqualTo(1);
    PairwiseTally merged = one.plus(PairwiseTally.of(List.of(B_WINS, ERROR)));
    assertThat(merged).isEqualTo(PairwiseTally.of(List.of(A_WINS, B_WINS, ERROR)));
    assertThat(merged.hashCode()).isEqualTo(PairwiseTally.of(List.of(A_WINS, B_WINS, ERROR)).hashCode());
    assertThat(PairwiseTally.of(List.of(ERROR)).winRate()).isNaN();
  }

  @Test
  void verdictsOfAnotherPairOrWithTheRolesSwappedAreRefused() {
    PairwiseTally t = PairwiseTally.of(List.of(A_WINS));
    PairwiseVerdict swapped = new PairwiseVerdict("claude", "gpt", A_WINS.aFirst(), A_WINS.bFirst());
    assertThatThrownBy(() -> t.plus(swapped)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a verdict of claude (A) vs gpt (B) cannot be tallied with gpt (A) vs claude (B): A and B are "
            + "the other way round");
    PairwiseVerdict other = new PairwiseVerdict("gpt", "gemini", A_WINS.aFirst(), A_WINS.bFirst());
    assertThatThrownBy(() -> PairwiseTally.of(List.of(A_WINS, other))).hasMessageStartingWith("a verdict of gpt (A) "
        + "vs gemini (B) cannot be tallied");
    assertThatThrownBy(() -> t.plus(PairwiseTally.empty("gpt", "gemini")))
        .hasMessage("a tally of gpt vs gemini cannot be added to one of gpt vs claude");
    assertThatThrownBy(() -> PairwiseTally.of(List.of())).hasMessageContaining("no verdicts to tally");
    assertThatThrownBy(() -> PairwiseTally.empty("", "x")).hasMessage("modelA must not be blank");
  }
}
