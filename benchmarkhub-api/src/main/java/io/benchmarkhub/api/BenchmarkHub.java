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

  /** {@return this library's version, e.g. "0.1.0", as the build wrote it; "unknown" when it cannot be read} */
  public static String version() {
    return Version.VALUE;
  }

  /** {@return a builder for a benchmark with this name} */
  public static Benchmark.Builder benchmark(String name) {
    return Benchmark.builder(name);
  }

  /** Reads the version once, lazily. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      try (java.io.InputStream in = BenchmarkHub.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
      } catch (java.io.IOException e) {
        return "unknown";
      }
    }
  }
}
