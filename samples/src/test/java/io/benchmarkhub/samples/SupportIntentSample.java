package io.benchmarkhub.samples;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.judge.Judges;

/**
 * Classify customer-support messages into one intent, on three providers at once.
 *
 * <p>The dataset is JSONL on the classpath; the judge accepts exactly one of the listed labels and
 * requires it to equal the case's expected label, so "**cancel**" passes and "The intent is:
 * account" does not.
 */
public final class SupportIntentSample {
  private SupportIntentSample() {}

  /** {@return the benchmark, ready to run} */
  public static Benchmark.Builder benchmark() {
    return BenchmarkHub.benchmark("support-intent")
        .version("1.0.0")
        .dataset(Dataset.classpath("support-intent.jsonl"))
        .prompt(c -> "Classify the customer's message into exactly one intent: refund, shipping, account, "
            + "cancel or other. Answer with the intent only.\n\nMessage: " + c.input())
        .model("openai:gpt-4o-mini", p -> p.withTemperature(0))
        .model("anthropic:claude-3-5-haiku-latest", p -> p.withTemperature(0).withMaxTokens(16))
        .model("gemini:gemini-2.0-flash", p -> p.withTemperature(0))
        .judge(Judges.oneOf("refund", "shipping", "account", "cancel", "other"));
  }

  /** Runs the benchmark live: needs OPENAI_API_KEY, ANTHROPIC_API_KEY and GEMINI_API_KEY. */
  public static void main(String[] args) {
    benchmark().run();
  }
}
