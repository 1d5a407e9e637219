package io.benchmarkhub.judge;

import io.benchmarkhub.api.PairJudgment;
import io.benchmarkhub.api.Usage;
import java.util.Collection;
import java.util.Objects;

/**
 * The {@link PairwiseVerdict}s of one model pair added up: A's wins, losses, ties, inconsistent
 * verdicts and errors, A's win rate, and how the judge model leaned on position.
 *
 * <pre>{@code
 * PairwiseTally t = PairwiseTally.of(verdicts);
 * System.out.println(t);  // gpt-4o vs claude: 12 wins, 5 losses, 2 ties, 1 inconsistent, 0 errors; win rate 0.675 ...
 * }</pre>
 *
 * <p>The win rate counts a tie and an inconsistent verdict as half a win, and leaves errors out:
 * {@code (wins + 0.5 × (ties + inconsistent)) / (wins + losses + ties + inconsistent)}. That is MT-Bench's
 * "win_rate_adjusted" (FastChat {@code llm_judge/show_result.py}: errors dropped, inconsistent counted
 * as a tie, "each tie counts as 0.5 win + 0.5 loss"), and the mean of {@link PairwiseVerdict#score()}.
 *
 * <p>Position bias, measured over the verdicts without error:
 * <ul>
 *   <li>{@link #inconsistencyRate()}: the share of verdicts whose orders disagreed (INCONSISTENT); each of
 *       them went to the same position in both orders, so a judge without position bias has few;
 *   <li>{@link #firstPositionShare()}: of the inconsistent verdicts, the share where both orders picked the
 *       answer shown first (the rest picked the one shown second): which position the judge favours;
 *   <li>{@link #firstShownPickRate()}: of every order's decisive pick (ties left out), the share that went
 *       to the answer shown first; since each pair is shown both ways, an unbiased judge is near 0.5.
 * </ul>
 * These follow the swap test of Zheng et al. 2023 (§3.3, position bias) and the position consistency
 * and preference fairness of Shi et al. 2024 ("Judging the Judges: A Systematic Study of Position Bias
 * in LLM-as-a-Judge"). Immutable; {@link #plus} returns a new tally.
 */
public final class PairwiseTally {
  private final String modelA;
  private final String modelB;
  private final int wins;
  private final int losses;
  private final int ties;
  private final int inconsistent;
  private final int errors;
  /** Inconsistent verdicts where both orders picked the answer shown first. */
  private final int inconsistentFirst;
  /** Decisive picks (FIRST or SECOND) of the orders of verdicts without error. */
  private final int decisivePicks;
  /** Of those, the picks of the answer shown first. */
  private final int firstShownPicks;
  private final Usage usage;

  private PairwiseTally(String modelA, String modelB, int wins, int losses, int ties, int inconsistent, int errors,
      int inconsistentFirst, int decisivePicks, int firstShownPicks, Usage usage) {
    this.modelA = modelA;
    this.modelB = modelB;
    this.wins = wins;
    this.losses = losses;
    this.ties = ties;
    this.inconsistent = inconsistent;
    this.errors = errors;
    this.inconsistentFirst = inconsistentFirst;
    this.decisivePicks = decisivePicks;
    this.firstShownPicks = firstShownPicks;
    this.usage = usage;
  }

  /** {@return an empty tally for this pair} */
  public static PairwiseTally empty(String modelA, String modelB) {
    return new PairwiseTally(RubricJudge.requireText(modelA, "modelA"), RubricJudge.requireText(modelB, "modelB"),
        0, 0, 0, 0, 0, 0, 0, 0, Usage.NONE);
  }

  /**
   * {@return the tally of these verdicts}, all of one pair in the same roles
   *
   * @throws IllegalArgumentException when there are none, or they are not all of the same model A and B
   */
  public static PairwiseTally of(Collection<PairwiseVerdict> verdicts) {
    if (verdicts.isEmpty()) {
      throw new IllegalArgumentException("no verdicts to tally; use PairwiseTally.empty(modelA, modelB)");
    }
    PairwiseVerdict first = verdicts.iterator().next();
    PairwiseTally tally = empty(first.modelA(), first.modelB());
    for (PairwiseVerdict v : verdicts) {
      tally = tally.plus(v);
    }
    return tally;
  }

  /**
   * {@return this tally with one more verdict}
   *
   * @throws IllegalArgumentException when the verdict is of another pair, or of this pair with A and B
   *     the other way round
   */
  public PairwiseTally plus(PairwiseVerdict v) {
    Objects.requireNonNull(v, "verdict");
    if (!v.modelA().equals(modelA) || !v.modelB().equals(modelB)) {
      throw new IllegalArgumentException("a verdict of " + v.modelA() + " (A) vs " + v.modelB()
          + " (B) cannot be tallied with " + modelA + " (A) vs " + modelB + " (B)"
          + (v.modelA().equals(modelB) && v.modelB().equals(modelA) ? ": A and B are the other way round" : ""));
    }
    PairJudgment.Outcome o = v.outcome();
    int decisive = 0;
    int firstShown = 0;
    if (o != PairJudgment.Outcome.ERROR) {
      for (PairwiseVerdict.Order order : java.util.List.of(v.aFirst(), v.bFirst())) {
        if (order.result() == PairwiseVerdict.Result.FIRST) {
          decisive++;
          firstShown++;
        } else if (order.result() == PairwiseVerdict.Result.SECOND) {
          decisive++;
        }
      }
    }
    boolean inc = o == PairJudgment.Outcome.INCONSISTENT;
    return new PairwiseTally(modelA, modelB,
        wins + (o == PairJudgment.Outcome.A ? 1 : 0),
        losses + (o == PairJudgment.Outcome.B ? 1 : 0),
        ties + (o == PairJudgment.Outcome.TIE ? 1 : 0),
        inconsistent + (inc ? 1 : 0),
        errors + (o == PairJudgment.Outcome.ERROR ? 1 : 0),
        inconsistentFirst + (inc && v.aFirst().result() == PairwiseVerdict.Result.FIRST ? 1 : 0),
        decisivePicks + decisive, firstShownPicks + firstShown, usage.plus(v.usage()));
  }

  /**
   * {@return this tally and another of the same pair together}
   *
   * @throws IllegalArgumentException when the other is of another pair
   */
  public PairwiseTally plus(PairwiseTally other) {
    if (!other.modelA.equals(modelA) || !other.modelB.equals(modelB)) {
      throw new IllegalArgumentException("a tally of " + other.modelA + " vs " + other.modelB
          + " cannot be added to one of " + modelA + " vs " + modelB);
    }
    return new PairwiseTally(modelA, modelB, wins + other.wins, losses + other.losses, ties + other.ties,
        inconsistent + other.inconsistent, errors + other.errors, inconsistentFirst + other.inconsistentFirst,
        decisivePicks + other.decisivePicks, firstShownPicks + other.firstShownPicks, usage.plus(other.usage));
  }

  /** {@return model A's name} */
  public String modelA() {
    return modelA;
  }

  /** {@return model B's name} */
  public String modelB() {
    return modelB;
  }

  /** {@return the verdicts where A won in both orders} */
  public int wins() {
    return wins;
  }

  /** {@return the verdicts where B won in both orders} */
  public int losses() {
    return losses;
  }

  /** {@return the ties: both orders a tie, or a win in one order and a tie in the other} */
  public int ties() {
    return ties;
  }

  /** {@return the verdicts whose orders disagreed} */
  public int inconsistent() {
    return inconsistent;
  }

  /** {@return the verdicts with an unreadable or failed order} */
  public int errors() {
    return errors;
  }

  /** {@return every verdict tallied, errors included} */
  public int total() {
    return wins + losses + ties + inconsistent + errors;
  }

  /** {@return the verdicts without error: wins, losses, ties and inconsistent} */
  public int graded() {
    return wins + losses + ties + inconsistent;
  }

  /**
   * {@return A's win rate}, ties and inconsistent verdicts counting half, errors left out:
   * {@code (wins + 0.5 × (ties + inconsistent)) / graded}; NaN when nothing was graded
   */
  public double winRate() {
    return ratio(wins + 0.5 * (ties + inconsistent), graded());
  }

  /** {@return the share of graded verdicts whose orders disagreed}; NaN when nothing was graded */
  public double inconsistencyRate() {
    return ratio(inconsistent, graded());
  }

  /**
   * {@return of the inconsistent verdicts, the share where both orders picked the answer shown first}
   * (1: the judge favours the first position, 0: the second); NaN when none was inconsistent
   */
  public double firstPositionShare() {
    return ratio(inconsistentFirst, inconsistent);
  }

  /**
   * {@return of the decisive picks of each order (verdicts without error, ties left out), the share that
   * went to the answer shown first}; about 0.5 for a judge without position bias, NaN when there were none
   */
  public double firstShownPickRate() {
    return ratio(firstShownPicks, decisivePicks);
  }

  /** {@return the tokens and cost of every ask of every verdict} */
  public Usage usage() {
    return usage;
  }

  private static double ratio(double part, int whole) {
    return whole == 0 ? Double.NaN : part / whole;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseTally t && t.modelA.equals(modelA) && t.modelB.equals(modelB) && t.wins == wins
        && t.losses == losses && t.ties == ties && t.inconsistent == inconsistent && t.errors == errors
        && t.inconsistentFirst == inconsistentFirst && t.decisivePicks == decisivePicks
        && t.firstShownPicks == firstShownPicks && t.usage.equals(usage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(modelA, modelB, wins, losses, ties, inconsistent, errors, inconsistentFirst, decisivePicks,
        firstShownPicks, usage);
  }

  @Override
  public String toString() {
    return modelA + " vs " + modelB + ": " + wins + " wins, " + losses + " losses, " + ties + " ties, " + inconsistent
        + " inconsistent, " + errors + " errors; win rate " + rate(winRate()) + ", inconsistent "
        + rate(inconsistencyRate()) + ", first-shown picks " + rate(firstShownPickRate());
  }

  private static String rate(double r) {
    return Double.isNaN(r) ? "n/a" : Reasons.score(r);
  }
}
