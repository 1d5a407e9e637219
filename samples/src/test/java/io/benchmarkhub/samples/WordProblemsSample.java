package io.benchmarkhub.samples;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.judge.Judges;

/**
 * Grade-school word problems (GSM8K style) from a CSV file: the model reasons in prose and the
 * numeric judge takes the last number of the answer.
 *
 * <p>OpenRouter reports each request's cost, which the summary adds up.
 */
public final class WordProblemsSample {
  private WordProblemsSample() {}

  /** {@return the benchmark, ready to run} */
  public static Benchmark.Builder benchmark() {
    return BenchmarkHub.benchmark("word-problems")
        .version("1.0.0")
        .dataset(Dataset.classpath("word-problems.csv"))
        .prompt(c -> "Solve the problem. Show your reasoning briefly, then give the final answer as a number "
            + "on the last line.\n\n" + c.input())
        .model("openai:gpt-4o-mini", p -> p.withTemperature(0).withSeed(7))
        .model("openrouter:meta-llama/llama-3.1-8b-instruct", p -> p.withTemperature(0).withSeed(7))
        .judge(Judges.numeric().tolerance(0.01));
  }

  /** Runs the benchmark live: needs OPENAI_API_KEY and OPENROUTER_API_KEY. */
  public static void main(String[] args) {
    benchmark().run();
  }
}
