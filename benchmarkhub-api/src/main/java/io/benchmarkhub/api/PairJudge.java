package io.benchmarkhub.api;

/**
 * Compares two models' answers to the same case: which is better. The runner calls it, after the
 * trials, for every case and every pair of the benchmark's models (A before B as the benchmark lists
 * them; with repeats, repeat r of A against repeat r of B), on the answers both models gave.
 *
 * <p>The ready-made one is {@code io.benchmarkhub.judge.Judges.pairwise(criterion)}, an LLM judge that
 * asks in both orders to cancel position bias. A pair judge must be thread-safe, and should not throw:
 * an exception becomes an {@link PairJudgment.Outcome#ERROR ERROR} judgment with its message.
 */
public interface PairJudge {

  /** {@return the name shown in results} */
  String name();

  /**
   * {@return the pair judge ready for a run}: one that asks a model takes its handle from the context
   * here, as {@link Judge#bind} does; by default itself
   *
   * @param context the run's judge models
   */
  default PairJudge bind(JudgeContext context) {
    return this;
  }

  /**
   * Compares two answers to one case.
   *
   * @param testCase the case
   * @param modelA the first model's id
   * @param a the first model's answer
   * @param modelB the second model's id
   * @param b the second model's answer
   * @return the judgment, never null
   */
  PairJudgment compare(TestCase testCase, String modelA, Completion a, String modelB, Completion b);
}
