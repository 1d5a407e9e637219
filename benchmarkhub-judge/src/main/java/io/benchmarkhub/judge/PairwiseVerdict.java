package io.benchmarkhub.judge;

import io.benchmarkhub.api.PairJudgment;
import io.benchmarkhub.api.Usage;
import java.util.Objects;

/**
 * A {@link PairwiseJudge}'s comparison of two models' answers to one case, asked in both orders: the
 * {@link Outcome}, and what each order gave ({@link #aFirst()}, {@link #bFirst()}).
 *
 * <p>How the two orders combine, following MT-Bench (Zheng et al. 2023, "Judging LLM-as-a-Judge with
 * MT-Bench and Chatbot Arena", §3.4 and FastChat's {@code llm_judge/show_result.py}), which declares a
 * win only when an answer is preferred in both orders:
 *
 * <table>
 *   <caption>Outcome from the two orders</caption>
 *   <tr><th>A shown first</th><th>B shown first</th><th>outcome</th><th>{@link #score()}</th></tr>
 *   <tr><td>A</td><td>A</td><td>{@link Outcome#A A}</td><td>1</td></tr>
 *   <tr><td>B</td><td>B</td><td>{@link Outcome#B B}</td><td>0</td></tr>
 *   <tr><td>tie</td><td>tie</td><td>{@link Outcome#TIE TIE}</td><td>0.5</td></tr>
 *   <tr><td>A or B</td><td>tie (or the other way round)</td><td>{@link Outcome#TIE TIE}: a win in one
 *       order only is no win</td><td>0.5</td></tr>
 *   <tr><td>A</td><td>B (or B, A)</td><td>{@link Outcome#INCONSISTENT INCONSISTENT}: each order picked the
 *       same position, so the position decided, not the answers</td><td>0.5, counted as a tie as MT-Bench
 *       does</td></tr>
 *   <tr><td colspan="2">either order unreadable or failed</td><td>{@link Outcome#ERROR ERROR}</td><td>NaN</td></tr>
 * </table>
 *
 * <p>INCONSISTENT is kept apart from TIE (MT-Bench folds it into its ties) so that a judge's position
 * bias shows; its score is a tie's. Only the orders' results decide; their reasons are kept for people.
 *
 * @param modelA the name of the model whose answer is A
 * @param modelB the name of the model whose answer is B
 * @param aFirst what the judge model said when shown A first (as answer 1) and B second
 * @param bFirst what it said when shown B first (as answer 1) and A second
 */
public record PairwiseVerdict(String modelA, String modelB, Order aFirst, Order bFirst) implements PairJudgment {


  /** What one order's ask gave, in the positions it was shown: answer 1 (first) or answer 2 (second). */
  public enum Result {
    /** The judge model preferred the answer shown first ({@code "winner": "1"}). */
    FIRST,
    /** It preferred the answer shown second ({@code "winner": "2"}). */
    SECOND,
    /** It called a tie ({@code "winner": "tie"}). */
    TIE,
    /** No answer was a readable verdict, even after re-asks. */
    UNPARSEABLE,
    /** The judge model could not answer (a provider error after the runner's retries). */
    FAILED
  }

  /**
   * One order's ask.
   *
   * @param aShownFirst whether A's answer was shown first (answer 1)
   * @param result the verdict, in positions
   * @param reason the judge model's reason; for UNPARSEABLE or FAILED, why there is no verdict
   * @param answer the judge model's last answer, verbatim ("" when it failed before any)
   * @param usage the tokens and cost of every ask of this order, re-asks included
   * @param asks how many times the judge model was asked for this order
   */
  public record Order(boolean aShownFirst, Result result, String reason, String answer, Usage usage, int asks) {

    /** Checks the values. */
    public Order {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(usage, "usage");
      if (asks < 0) {
        throw new IllegalArgumentException("asks must be >= 0, was " + asks);
      }
    }

    /** {@return whether this order gave a verdict (FIRST, SECOND or TIE)} */
    public boolean graded() {
      return result == Result.FIRST || result == Result.SECOND || result == Result.TIE;
    }

    /** {@return the verdict in models: A, B or TIE; ERROR when this order gave none} */
    public Outcome pick() {
      return switch (result) {
        case FIRST -> aShownFirst ? Outcome.A : Outcome.B;
        case SECOND -> aShownFirst ? Outcome.B : Outcome.A;
        case TIE -> Outcome.TIE;
        case UNPARSEABLE, FAILED -> Outcome.ERROR;
      };
    }
  }

  /** Checks the values. */
  public PairwiseVerdict {
    RubricJudge.requireText(modelA, "modelA");
    RubricJudge.requireText(modelB, "modelB");
    Objects.requireNonNull(aFirst, "aFirst");
    Objects.requireNonNull(bFirst, "bFirst");
    if (!aFirst.aShownFirst() || bFirst.aShownFirst()) {
      throw new IllegalArgumentException("aFirst must be the order with A shown first and bFirst the other");
    }
  }

  /** {@return the outcome of both orders; see the table above} */
  public Outcome outcome() {
    Outcome ab = aFirst.pick();
    Outcome ba = bFirst.pick();
    if (ab == Outcome.ERROR || ba == Outcome.ERROR) {
      return Outcome.ERROR;
    }
    if (ab == ba) {
      return ab;
    }
    return ab == Outcome.TIE || ba == Outcome.TIE ? Outcome.TIE : Outcome.INCONSISTENT;
  }

  /**
   * {@return the score from A's point of view}: 1 when A is better, 0 when B is, 0.5 for a tie and for
   * an inconsistent verdict (counted as a tie, as MT-Bench does); NaN for an error
   */
  public double score() {
    return switch (outcome()) {
      case A -> 1.0;
      case B -> 0.0;
      case TIE, INCONSISTENT -> 0.5;
      case ERROR -> Double.NaN;
    };
  }

  /** {@return whether an order gave no verdict} */
  public boolean isError() {
    return outcome() == Outcome.ERROR;
  }

  /** {@return the tokens and cost of both orders' asks, re-asks included} */
  public Usage usage() {
    return aFirst.usage().plus(bFirst.usage());
  }

  /** {@return the name of the model whose answer won in both orders; empty unless the outcome is A or B} */
  public java.util.Optional<String> winner() {
    return switch (outcome()) {
      case A -> java.util.Optional.of(modelA);
      case B -> java.util.Optional.of(modelB);
      default -> java.util.Optional.empty();
    };
  }

  /**
   * {@return why, for a person}: the outcome in model names, then each order's result and reason, e.g.
   * {@code gpt-4o won in both orders (A first: answer 1, "..."; B first: answer 2, "...")}
   */
  public String reason() {
    Outcome ab = aFirst.pick();
    Outcome ba = bFirst.pick();
    String head = switch (outcome()) {
      case A -> modelA + " won in both orders";
      case B -> modelB + " won in both orders";
      case TIE -> ab == ba ? "tie in both orders"
          : "tie: " + name(ab == Outcome.TIE ? ba : ab) + " won only " + (ab == Outcome.TIE ? "with B first" : "with A first")
              + " and the other order was a tie; a win in one order only counts as a tie";
      case INCONSISTENT -> "inconsistent: the answer shown " + (aFirst.result() == Result.FIRST ? "first" : "second")
          + " won in both orders (" + name(ab) + " with A first, " + name(ba) + " with B first), so the position "
          + "decided, not the answers; counted as a tie";
      case ERROR -> "error: " + (aFirst.graded() ? "" : "with A first, " + aFirst.reason())
          + (aFirst.graded() || bFirst.graded() ? "" : "; ")
          + (bFirst.graded() ? "" : "with B first, " + bFirst.reason());
    };
    return head + " (A first: " + describe(aFirst) + "; B first: " + describe(bFirst) + ")";
  }

  private String name(Outcome pick) {
    return pick == Outcome.A ? modelA : modelB;
  }

  private static String describe(Order order) {
    String said = switch (order.result()) {
      case FIRST -> "answer 1";
      case SECOND -> "answer 2";
      case TIE -> "tie";
      case UNPARSEABLE -> "unparseable";
      case FAILED -> "failed";
    };
    return order.graded() && !order.reason().isBlank() ? said + ", " + Reasons.quote(order.reason()) : said;
  }

  @Override
  public String toString() {
    return "PairwiseVerdict[" + modelA + " vs " + modelB + ": " + outcome()
        + (isError() ? "" : " " + Reasons.score(score())) + "]";
  }
}
