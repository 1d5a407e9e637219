package io.benchmarkhub.api;

/**
 * Turns a trial's completion into a {@link Verdict}: a score in [0, 1], a pass flag and a reason.
 *
 * <p>A judge must be thread-safe: the runner calls it from many threads. A judge that throws does
 * not stop the run; the trial is recorded as an {@link TrialStatus#ERROR error} with the exception's
 * message. Ready-made judges live in {@code io.benchmarkhub.judge.Judges}.
 *
 * <pre>{@code
 * Judge shortAnswer = Judge.named("short", (c, out) ->
 *     out.text().length() <= 20 ? Verdict.pass() : Verdict.fail("longer than 20 characters"));
 * }</pre>
 */
@FunctionalInterface
public interface Judge {

  /**
   * Grades one completion.
   *
   * @param testCase the case, with its expected output when it has one
   * @param completion the model's answer
   * @return the verdict, never null
   */
  Verdict evaluate(TestCase testCase, Completion completion);

  /**
   * {@return the judge ready for a run}: a judge that grades with a model (an LLM judge) takes its
   * model handles from the context here; every other judge returns itself, which is the default
   *
   * <p>The runner calls this once per run, before the first trial, on every judge of the benchmark.
   * A judge that cannot run (it needs a model and has none) throws {@link BenchmarkException} saying
   * what to set; the run then stops before any request.
   *
   * @param context the run's judge models
   */
  default Judge bind(JudgeContext context) {
    return this;
  }

  /** {@return the name shown in results; override it, or build with {@link #named}} */
  default String name() {
    return getClass().isSynthetic() || getClass().isAnonymousClass() ? "judge" : getClass().getSimpleName();
  }

  /** {@return a judge with this name that grades with {@code judge}} */
  static Judge named(String name, Judge judge) {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(judge, "judge");
    return new Judge() {
      @Override
      public Verdict evaluate(TestCase testCase, Completion completion) {
        return judge.evaluate(testCase, completion);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Judge bind(JudgeContext context) {
        Judge bound = judge.bind(context);
        return bound == judge ? this : named(name, bound);
      }

      @Override
      public String toString() {
        return "Judge[" + name + "]";
      }
    };
  }
}
