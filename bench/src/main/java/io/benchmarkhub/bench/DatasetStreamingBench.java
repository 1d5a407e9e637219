package io.benchmarkhub.bench;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Streams a large JSONL dataset through {@link Dataset#jsonl(Path)} and prints the case count,
 * the throughput and the peak heap used: the evidence that datasets stream. Run it with a small
 * heap to prove that memory stays flat:
 *
 * <pre>
 * java -Xmx64m -cp &lt;classpath&gt; io.benchmarkhub.bench.DatasetStreamingBench [size-in-MB | file.jsonl]
 * </pre>
 *
 * <p>With a size (default 1024 MB) it writes a dataset of about 1 KB per case (ids, a long input,
 * an expected output, tags, variables, metadata) to a temporary directory and deletes it
 * afterwards; with a path it reads that file. It prints the peak heap in use while reading
 * (sampled, so garbage not yet collected counts too) and the live heap after the last case, which
 * is mostly the ids kept to detect duplicates.
 */
public final class DatasetStreamingBench {
  private static final long MB = 1024 * 1024;

  private DatasetStreamingBench() {}

  /** Runs the harness; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path given = args.length > 0 && !args[0].matches("\\d+") ? Path.of(args[0]) : null;
    long sizeMb = args.length > 0 && given == null ? Long.parseLong(args[0]) : 1024;
    Path dir = given == null ? Files.createTempDirectory("benchmarkhub-bench-") : null;
    Path file = given != null ? given : dir.resolve("cases.jsonl");
    try {
      if (given == null) {
        long start = System.nanoTime();
        generate(file, sizeMb * MB);
        System.out.printf(Locale.ROOT, "generated %s (%,d MB) in %.1f s%n", file,
            Files.size(file) / MB, seconds(start));
      }
      read(file);
    } finally {
      if (dir != null) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    }
  }

  private static void read(Path file) throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    HeapSampler sampler = HeapSampler.start(memory);
    long start = System.nanoTime();
    long cases = 0;
    long inputChars = 0;
    long liveAtEnd;
    try (Stream<TestCase> stream = Dataset.jsonl(file).cases()) {
      for (TestCase c : (Iterable<TestCase>) stream::iterator) {
        cases++;
        inputChars += c.input().length();
      }
      // Still open: the ids of all cases are held for the duplicate check.
      System.gc();
      liveAtEnd = memory.getHeapMemoryUsage().getUsed();
    }
    double seconds = seconds(start);
    long peak = sampler.finish();
    double mb = Files.size(file) / (double) MB;
    System.out.printf(Locale.ROOT, "cases:      %,d (%,d input chars)%n", cases, inputChars);
    System.out.printf(Locale.ROOT, "read:       %,.0f MB in %.1f s = %.1f MB/s, %,.0f cases/s%n", mb,
        seconds, mb / seconds, cases / seconds);
    System.out.printf(Locale.ROOT, "heap:       peak %,.1f MB used (sampled every 2 ms, garbage"
        + " included), %,.1f MB live after the last case, max heap %,d MB%n", peak / (double) MB,
        liveAtEnd / (double) MB, Runtime.getRuntime().maxMemory() / MB);
  }

  /** Samples the heap in use on a daemon thread, keeping the highest value seen. */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler(MemoryMXBean memory) {
      super("heap-sampler");
      this.memory = memory;
      setDaemon(true);
    }

    static HeapSampler start(MemoryMXBean memory) {
      HeapSampler sampler = new HeapSampler(memory);
      sampler.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() {
      running = false;
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
  }

  /** Writes cases of about 1 KB each until the file reaches {@code bytes}. */
  private static void generate(Path file, long bytes) throws IOException {
    String context = ("Orders can be returned within 30 days of delivery. Refunds go to the original"
        + " payment method and take 5 to 10 business days. ").repeat(5);
    String[] intents = {"refund", "shipping", "billing", "account"};
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; written < bytes; i++) {
        String intent = intents[(int) (i % intents.length)];
        String line = "{\"id\": \"case-" + i + "\", \"input\": \"Policy: " + context
            + "Question " + i + ": can I get my money back for order " + (100_000 + i) + "?\","
            + " \"expected\": \"" + intent + "\", \"tags\": [\"" + intent + "\", \"generated\"],"
            + " \"difficulty\": " + (i % 5 + 1) + ", \"vars\": {\"customer\": \"Customer " + i
            + "\", \"orders\": " + (i % 17) + ", \"vip\": " + (i % 3 == 0) + "},"
            + " \"metadata\": {\"source\": \"bench\", \"seed\": " + i + "}}\n";
        out.write(line);
        written += line.length();
      }
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
