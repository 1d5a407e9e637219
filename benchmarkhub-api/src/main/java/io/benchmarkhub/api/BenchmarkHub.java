package io.benchmarkhub.api;

/**
 * The fluent entry point.
 *
 * <pre>{@code
 * RunSummary s = BenchmarkHub.benchmark("support-intent")
 *     .dataset(Dataset.jsonl(Path.of("cases.jsonl")))
 *     .prompt(c -> "Classify the intent: " + c.input())
 *     .models("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest")
 *     .judge(Judges.exactMatch().ignoreCase().trim())
 *     .run();
 * }</pre>
 */
public final class BenchmarkHub {
  private BenchmarkHub() {}

  /** {@return a builder for a benchmark with this name} */
  public static Benchmark.Builder benchmark(String name) {
    return Benchmark.builder(name);
  }
}
