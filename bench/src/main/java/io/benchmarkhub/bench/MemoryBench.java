package io.benchmarkhub.bench;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.judge.Judges;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.management.ObjectName;

/**
 * Memory bench for issue 5: one run of {@code --trials} cases on one model against the stub LLM, in a
 * small heap ({@code -Xmx128m} in {@code bench/memory.sh}), with the cache off. Prints one line:
 * trials, seconds, trials/s, the heap high-water mark, the live heap after a full GC at the end while
 * the {@link RunSummary} is still held, and a read-back of every trial from the summary (counted, and
 * the passed ones), timed.
 *
 * <pre>
 * java -Xmx128m -cp ... io.benchmarkhub.bench.MemoryBench --base-url http://127.0.0.1:18092 \
 *     --trials 100000 --concurrency 50 --run-dir bench/target/memory-runs
 * </pre>
 *
 * <p>The cases are generated as a stream ({@link ResumeBench#generated}), so the dataset itself holds
 * nothing. The high-water mark is the sum over the heap's memory pools of {@link
 * MemoryPoolMXBean#getPeakUsage()}, after a GC and a reset of the peaks before the run and read after
 * the read-back: an upper bound, since the pools peak at different moments (eden's peak is mostly
 * garbage the next young GC frees). A sampled peak of the whole heap's used bytes (every 2 ms, as
 * {@code DatasetStreamingBench}) is printed beside it. With {@code --histogram <file>} it writes the
 * class histogram of the live heap (as {@code jmap -histo:live}) at the end, the summary still held.
 */
public final class MemoryBench {
  private static final long MB = 1024 * 1024;

  private MemoryBench() {}

  /** Runs the bench; arguments are {@code --name value} pairs as in the class comment. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String stub = a.getOrDefault("base-url", "http://127.0.0.1:18092");
    int trials = Integer.parseInt(a.getOrDefault("trials", "100000"));
    int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "50"));
    String runDir = a.getOrDefault("run-dir", "bench/target/memory-runs");

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    Sampler sampler = new Sampler(memory);
    sampler.start();

    long start = System.nanoTime();
    RunSummary s = BenchmarkHub.benchmark("memory").dataset(ResumeBench.generated(trials))
        .models("openai-compatible:stub-model").baseUrl("openai-compatible", stub + "/v1")
        .concurrency("openai-compatible", concurrency)
        .setting("cache", "false").setting("run-dir", runDir)
        .judge(Judges.exactMatch()).quiet().run();
    double seconds = (System.nanoTime() - start) / 1e9;

    long readStart = System.nanoTime();
    long read = 0;
    long passed = 0;
    for (TrialResult t : s.trials()) {
      read++;
      passed += t.status() == TrialStatus.PASS ? 1 : 0;
    }
    double readSeconds = (System.nanoTime() - readStart) / 1e9;

    long sampledPeak = sampler.finish();
    long poolPeak = 0;
    StringBuilder pools = new StringBuilder();
    for (MemoryPoolMXBean p : heapPools) {
      long peak = p.getPeakUsage().getUsed();
      poolPeak += peak;
      pools.append(pools.length() == 0 ? "" : ", ").append(p.getName()).append(' ')
          .append(String.format(Locale.ROOT, "%.1f", peak / (double) MB));
    }
    System.gc();
    System.gc();
    long live = memory.getHeapMemoryUsage().getUsed();
    long logBytes = Files.size(s.runLog());
    if (a.containsKey("histogram")) { // what the live heap holds, the summary still held: jmap -histo:live
      Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      Files.writeString(Path.of(a.get("histogram")), histogram.toString());
    }
    Reference.reachabilityFence(s); // the summary is held while the live heap is measured

    System.out.printf(Locale.ROOT, "trials=%d seconds=%.2f trials_per_s=%.0f peak_heap_mb=%.1f (pool peaks: %s) "
            + "sampled_peak_mb=%.1f live_heap_mb=%.1f read_back=%d passed=%d read_back_s=%.2f log_mb=%.1f "
            + "max_heap_mb=%d%n", s.trials().size(), seconds, trials / seconds, poolPeak / (double) MB, pools,
        sampledPeak / (double) MB, live / (double) MB, read, passed, readSeconds, logBytes / (double) MB,
        Runtime.getRuntime().maxMemory() / MB);
    if (read != trials || passed != trials) {
      System.out.println("FAIL: read back " + read + " trials, " + passed + " passed, of " + trials);
      System.exit(1);
    }
  }

  /** Samples the heap in use on a daemon thread, keeping the highest value seen. */
  private static final class Sampler extends Thread {
    private final MemoryMXBean memory;
    private volatile boolean running = true;
    private volatile long peak;

    Sampler(MemoryMXBean memory) {
      super("heap-sampler");
      this.memory = memory;
      setDaemon(true);
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

    long finish() throws InterruptedException {
      running = false;
      join();
      return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
  }
}
