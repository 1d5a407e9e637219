package io.benchmarkhub.api;

/**
 * The user's own code as what a benchmark evaluates: an assistant, a RAG pipeline, an agent. The runner
 * calls it once per trial with the case and a {@link ModelHandle} bound to the trial's model, and the
 * judges grade the text it returns.
 *
 * <pre>{@code
 * BenchmarkHub.benchmark("refunds")
 *     .dataset(Dataset.jsonl(Path.of("refund-questions.jsonl")))
 *     .subject((testCase, model) -> new RefundAssistant(model).answer(testCase.input()))
 *     .models("openai:gpt-4o-mini")
 *     .judge(Judges.contains("30 days"))
 *     .run();
 * }</pre>
 *
 * <p>Every call through the handle goes through the runner as a prompt's request does (response cache,
 * cassette, retries, rate limits, budget, pricing), and the trial's usage and cost are the sums over
 * its calls; its latency is the wall time of {@link #answer}. Called from several threads at once (one
 * per trial in flight), so it must not mutate shared state without guarding it.
 */
@FunctionalInterface
public interface Subject {

  /**
   * Answers one case with the trial's model.
   *
   * @param testCase the case, never null
   * @param model the trial's model, usable only until this method returns; never null
   * @return the answer the judges grade, never null
   * @throws Exception anything: the trial becomes an {@link TrialStatus#ERROR} of phase
   *     {@link TrialError.Phase#SUBJECT} with the exception's class as kind and its stack trace kept, or
   *     of phase {@link TrialError.Phase#PROVIDER} with the provider's kind when the exception is (or is
   *     caused by) a {@link ProviderException} from one of the handle's calls
   */
  String answer(TestCase testCase, ModelHandle model) throws Exception;
}
