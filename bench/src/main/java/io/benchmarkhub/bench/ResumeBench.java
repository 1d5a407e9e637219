package io.benchmarkhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.judge.Judges;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Kill-and-resume bench for issue 5: runs a benchmark in a separate JVM with a fixed run id, kills
 * that JVM with {@code kill -9} part-way through, runs the same command again (same run id, so it
 * resumes) and checks the run log and the requests the stub LLM received.
 *
 * <pre>
 * java -cp ... io.benchmarkhub.bench.ResumeBench --base-url http://127.0.0.1:18091 --cases 2000 \
 *     --concurrency 20 --kill-at 0.4 --cache true --dir bench/target/resume-cache
 * </pre>
 *
 * <p>The orchestrator (this main without {@code --mode run}) starts the child JVM ({@code --mode run},
 * same java and class path), polls the log's line count every 2 ms and sends SIGKILL once it holds
 * {@code kill-at × cases} lines. It records the stub's request count R1 and the log's complete lines
 * L1 (and whether the last line was torn), runs the child again to the end and records R2. Checks:
 * the killed JVM died of SIGKILL before finishing; the log holds exactly one line per trial (each
 * line's caseId/model/repeat parsed; no duplicate, none missing, none extra, no torn line); the
 * resumed summary has every trial, all passed; {@code R2 - R1 <= N - L1} (no trial already logged
 * was sent again); and, the stub injecting no faults, {@code R2 - R1 + cache hits == N - L1}. Prints
 * one figures line and PASS or FAIL; exits 1 on FAIL.
 *
 * <p>Each invocation uses a fresh run folder and response cache under {@code --dir} (deleted first),
 * so an earlier invocation's cache cannot answer the resumed run.
 */
public final class ResumeBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BENCHMARK = "resume";
  private static final String MODEL = "openai-compatible:stub-model";

  private ResumeBench() {}

  /** Runs the orchestrator, or with {@code --mode run} the benchmark itself. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      a.put(args[i].substring(2), args[i + 1]);
    }
    if (a.getOrDefault("mode", "bench").equals("run")) {
      child(a);
    } else {
      System.exit(orchestrate(a) ? 0 : 1);
    }
  }

  /** The benchmark run, in the child JVM: prints one line with the summary's trial counts by origin. */
  private static void child(Map<String, String> a) {
    String stub = a.get("base-url");
    int cases = Integer.parseInt(a.get("cases"));
    long start = System.nanoTime();
    RunSummary s = BenchmarkHub.benchmark(BENCHMARK).dataset(generated(cases)).models(MODEL)
        .baseUrl("openai-compatible", stub + "/v1").concurrency("openai-compatible", Integer.parseInt(a.get("concurrency")))
        .setting("run-id", a.get("run-id")).setting("run-dir", a.get("run-dir"))
        .setting("cache", a.get("cache")).setting("cache-dir", a.get("cache-dir"))
        .judge(Judges.exactMatch()).quiet().run();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<CompletionOrigin, Long> origins = new EnumMap<>(CompletionOrigin.class);
    long passed = 0;
    long trials = 0;
    for (TrialResult t : s.trials()) {
      trials++;
      passed += t.status() == TrialStatus.PASS ? 1 : 0;
      if (t.completion() != null) {
        origins.merge(t.completion().origin(), 1L, Long::sum);
      }
    }
    System.out.printf(Locale.ROOT, "child trials=%d size=%d passed=%d live=%d cache=%d replay=%d seconds=%.2f%n",
        trials, s.trials().size(), passed, origins.getOrDefault(CompletionOrigin.LIVE, 0L),
        origins.getOrDefault(CompletionOrigin.CACHE, 0L), origins.getOrDefault(CompletionOrigin.REPLAY, 0L), seconds);
  }

  /** The questions of ThroughputBench, generated as a stream (the same cases on every read). */
  static Dataset generated(int cases) {
    return new Dataset() {
      @Override
      public String name() {
        return "generated-" + cases;
      }

      @Override
      public Stream<TestCase> cases() {
        return IntStream.range(0, cases).mapToObj(i -> TestCase.builder().id("q" + i)
            .input(ThroughputBench.question(i)).expected(ThroughputBench.answer(i)).build());
      }
    };
  }

  private static boolean orchestrate(Map<String, String> a) throws Exception {
    String stub = a.getOrDefault("base-url", "http://127.0.0.1:18091");
    int n = Integer.parseInt(a.getOrDefault("cases", "2000"));
    int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "20"));
    double killAt = Double.parseDouble(a.getOrDefault("kill-at", "0.4"));
    String cache = a.getOrDefault("cache", "true");
    Path dir = Path.of(a.getOrDefault("dir", "bench/target/resume-" + (cache.equals("false") ? "nocache" : "cache")));
    deleteRecursively(dir);
    Files.createDirectories(dir);
    String runId = "resume-bench";
    Path runDir = dir.resolve("runs");
    Path logFile = runDir.resolve(runId).resolve(BENCHMARK + ".jsonl");

    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ResumeBench.class.getName(), "--mode", "run", "--base-url", stub, "--cases", Integer.toString(n),
        "--concurrency", Integer.toString(concurrency), "--run-id", runId, "--run-dir", runDir.toString(),
        "--cache", cache, "--cache-dir", dir.resolve("cache").toString()));

    long r0 = stubRequests(stub);
    // 1. first run, killed with SIGKILL once the log holds kill-at of the trials
    Process first = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("first.log").toFile()).start();
    long threshold = Math.round(killAt * n);
    long seen = 0;
    long t0 = System.nanoTime();
    while (first.isAlive() && (seen = completeLines(logFile)) < threshold) {
      Thread.sleep(2);
    }
    boolean aliveAtKill = first.isAlive();
    if (aliveAtKill) {
      new ProcessBuilder("kill", "-9", Long.toString(first.pid())).inheritIO().start().waitFor();
    }
    int firstExit = first.waitFor();
    double firstSeconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(300); // let the stub count any request whose body was still arriving
    long r1 = stubRequests(stub) - r0;
    byte[] killed = Files.exists(logFile) ? Files.readAllBytes(logFile) : new byte[0];
    long l1 = count(killed, killed.length);
    boolean torn = killed.length > 0 && killed[killed.length - 1] != '\n';

    // 2. the same command again: resumes the run
    Process second = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("second.log").toFile()).start();
    int secondExit = second.waitFor();
    long r2 = stubRequests(stub) - r0;
    Map<String, Long> child = childFigures(dir.resolve("second.log"));
    long cacheHits = child.getOrDefault("cache", -1L);
    boolean runnerCutTorn = Files.readString(dir.resolve("second.log")).contains("a torn last line was cut off");

    // 3. the log: exactly one line per trial
    LogCheck log = checkLog(logFile, n);
    long after = r2 - r1;
    long missing = n - l1;
    List<String> failures = new ArrayList<>();
    check(failures, aliveAtKill && firstExit == 137 && l1 < n, "first JVM killed by SIGKILL mid-run (exit "
        + firstExit + ", " + l1 + " of " + n + " lines)");
    check(failures, secondExit == 0, "resumed JVM exit 0 (was " + secondExit + "; see " + dir.resolve("second.log") + ")");
    check(failures, log.lines == n && log.distinct == n && log.duplicates == 0 && log.outsidePlan == 0
        && log.unparsable == 0 && !log.tornEnd, "log holds exactly one result per trial (" + log + ")");
    check(failures, child.getOrDefault("trials", -1L) == n && child.getOrDefault("size", -1L) == n
        && child.getOrDefault("passed", -1L) == n, "resumed summary: " + n + " trials, all passed (" + child + ")");
    check(failures, runnerCutTorn == torn, "the resumed run cut off a torn last line exactly when there was one ("
        + runnerCutTorn + ")");
    check(failures, after <= missing, "requests after resume " + after + " <= N - L1 = " + missing);
    check(failures, after + cacheHits == missing, "requests after resume + cache hits = " + after + " + " + cacheHits
        + " == N - L1 = " + missing);
    if (cache.equals("false")) {
      check(failures, cacheHits == 0, "no cache hits with cache=false (" + cacheHits + ")");
    }
    System.out.printf(Locale.ROOT, "cache=%s N=%d concurrency=%d killed_after=%.2fs L1=%d torn=%s R1=%d "
            + "lost_in_flight=%d R2=%d requests_after_resume=%d N-L1=%d cache_hits=%d log_lines=%d distinct=%d "
            + "duplicates=%d resumed_seconds=%.2f checks=%s%n",
        cache, n, concurrency, firstSeconds, l1, torn, r1, r1 - l1 - Math.max(cacheHits, 0), r2, after, missing,
        cacheHits, log.lines, log.distinct, log.duplicates, child.getOrDefault("millis", -1L) / 1000.0,
        failures.isEmpty() ? "PASS" : "FAIL");
    failures.forEach(f -> System.out.println("  FAILED: " + f));
    return failures.isEmpty();
  }

  private static void check(List<String> failures, boolean ok, String what) {
    if (!ok) {
      failures.add(what);
    }
  }

  /** What the log holds: lines, distinct trials, duplicates, lines outside the plan. */
  private static final class LogCheck {
    long lines;
    long distinct;
    long duplicates;
    long outsidePlan;
    long unparsable;
    boolean tornEnd;

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "lines=%d distinct=%d duplicates=%d outside_plan=%d unparsable=%d torn_end=%s",
          lines, distinct, duplicates, outsidePlan, unparsable, tornEnd);
    }
  }

  private static LogCheck checkLog(Path logFile, int n) throws IOException {
    LogCheck c = new LogCheck();
    byte[] bytes = Files.readAllBytes(logFile);
    c.tornEnd = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
    BitSet seen = new BitSet(n);
    Set<String> keys = new HashSet<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      c.lines++;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        c.unparsable++;
        continue;
      }
      String caseId = node.path("caseId").asText();
      String model = node.path("model").asText();
      int repeat = node.path("repeat").asInt();
      if (!keys.add(caseId + "\u0000" + model + "\u0000" + repeat)) {
        c.duplicates++;
      }
      int index = caseId.matches("q\\d+") ? Integer.parseInt(caseId.substring(1)) : -1;
      if (index < 0 || index >= n || !model.equals(MODEL) || repeat != 1
          || node.path("caseIndex").asLong() != index) {
        c.outsidePlan++;
      } else {
        seen.set(index);
      }
    }
    c.distinct = seen.cardinality();
    return c;
  }

  private static Map<String, Long> childFigures(Path output) throws IOException {
    Map<String, Long> figures = new TreeMap<>();
    for (String line : Files.readAllLines(output)) {
      if (!line.startsWith("child ")) {
        continue;
      }
      for (String pair : line.substring(6).split(" ")) {
        String[] kv = pair.split("=");
        if (kv[0].equals("seconds")) {
          figures.put("millis", Math.round(Double.parseDouble(kv[1]) * 1000));
        } else {
          figures.put(kv[0], Long.parseLong(kv[1]));
        }
      }
    }
    return figures;
  }

  /** Counts the line breaks in the file: its complete lines. */
  private static long completeLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
        lines += count(buffer, r);
      }
    }
    return lines;
  }

  private static long count(byte[] bytes, int length) {
    long lines = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }

  static long stubRequests(String stub) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stub + "/stats")).GET().build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body()).path("requests").asLong();
  }
}
