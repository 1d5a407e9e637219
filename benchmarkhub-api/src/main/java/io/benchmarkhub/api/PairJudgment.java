package io.benchmarkhub.api;

/** What a {@link PairJudge} found about two answers to one case. */
public interface PairJudgment {

  /** Which answer is better. */
  enum Outcome {
    /** A's answer is better. */
    A,
    /** B's answer is better. */
    B,
    /** Neither is better. */
    TIE,
    /** The judge contradicted itself (e.g. each order preferred the answer shown in the same position). */
    INCONSISTENT,
    /** The judge could not compare (an unreadable answer, a failed judge model). */
    ERROR
  }

  /** {@return the outcome} */
  Outcome outcome();

  /** {@return why, in the judge's words} */
  String reason();

  /** {@return the tokens and cost the comparison used, counted as judge cost} */
  Usage usage();

  /**
   * {@return a judgment of these values}
   *
   * @param outcome the outcome
   * @param reason why
   * @param usage what it used
   */
  static PairJudgment of(Outcome outcome, String reason, Usage usage) {
    java.util.Objects.requireNonNull(outcome, "outcome");
    java.util.Objects.requireNonNull(reason, "reason");
    java.util.Objects.requireNonNull(usage, "usage");
    record Of(Outcome outcome, String reason, Usage usage) implements PairJudgment {}
    return new Of(outcome, reason, usage);
  }
}
