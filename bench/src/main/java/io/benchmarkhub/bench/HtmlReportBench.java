package io.benchmarkhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.report.HtmlReport;
import io.benchmarkhub.stats.Interval;
import io.benchmarkhub.stats.Means;
import io.benchmarkhub.stats.MultipleComparisons;
import io.benchmarkhub.stats.PairedTests;
import io.benchmarkhub.stats.Proportions;
import io.benchmarkhub.stats.Quantiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * HTML report bench for issue 7: a synthetic run of {@code --cases} cases × {@code --models} models
 * (10,000 × 5 by default; answers, reasons and latencies drawn from a fixed seed, per-model summaries
 * and pairwise comparisons computed with benchmarkhub-stats), written with {@link HtmlReport}, then
 * opened {@code --loads} times in headless Chromium over the DevTools protocol.
 *
 * <p>Prints the file's size, the time to write it (first write, and the median of {@code --writes}),
 * and the load time: from {@code Page.navigate} until the page's script has drawn the leaderboard and
 * the first page of cases ({@code body[data-ready]}, polled every 5 ms), median of the loads, plus the
 * page's own {@code performance.now()} at that moment. With {@code --screenshot file.png} it also saves
 * a screenshot of the loaded page.
 *
 * <pre>
 * java -cp ... io.benchmarkhub.bench.HtmlReportBench --cases 10000 --models 5 --out bench/target/report.html
 * </pre>
 */
public final class HtmlReportBench {
  private static final String[] WORDS = ("the a of to and in is it that for on with as was at by this be from or "
      + "order refund parcel account invoice delivery payment shipping cancel subscription customer support "
      + "tracking charge twice week monday address email password reset premium plan upgrade discount coupon "
      + "broken damaged missing late return label warehouse courier status update please thanks help urgent").split(" ");
  private static final String[] TAGS = {"billing", "shipping", "account", "refund", "cancel", "multilingual", "long",
      "adversarial"};
  private static final String[] DIFFICULTY = {"easy", "medium", "hard"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlReportBench() {}

  /** Runs the bench; arguments are {@code --name value} pairs as in the class comment. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int cases = Integer.parseInt(a.getOrDefault("cases", "10000"));
    int modelCount = Integer.parseInt(a.getOrDefault("models", "5"));
    int loads = Integer.parseInt(a.getOrDefault("loads", "5"));
    int writes = Integer.parseInt(a.getOrDefault("writes", "5"));
    Path out = Path.of(a.getOrDefault("out", "bench/target/report.html"));
    String chromium = a.getOrDefault("chromium", "chromium");

    long genStart = System.nanoTime();
    RunSummary run = synthetic(cases, modelCount, 42);
    System.out.printf(Locale.ROOT, "synthetic run: %,d cases x %d models = %,d trials, built in %.2f s%n", cases,
        modelCount, run.trials().size(), (System.nanoTime() - genStart) / 1e9);

    double[] writeSeconds = new double[writes];
    for (int i = 0; i < writes; i++) {
      long t = System.nanoTime();
      HtmlReport.write(run, out);
      writeSeconds[i] = (System.nanoTime() - t) / 1e9;
    }
    double mb = Files.size(out) / 1e6;
    System.out.printf(Locale.ROOT, "report: %s, %.2f MB (%,d bytes)%n", out, mb, Files.size(out));
    System.out.printf(Locale.ROOT, "write: first %.3f s (JVM cold), median of %d %.3f s, writes %s%n",
        writeSeconds[0], writes, median(writeSeconds), fmt(writeSeconds));

    try (Cdp browser = new Cdp(chromium)) {
      double[] wall = new double[loads];
      double[] inPage = new double[loads];
      for (int i = 0; i < loads; i++) {
        browser.send("Page.navigate", Map.of("url", "about:blank"));
        browser.waitFor("location.href === 'about:blank' && document.readyState === 'complete'", 5);
        long t = System.nanoTime();
        browser.send("Page.navigate", Map.of("url", out.toAbsolutePath().toUri().toString()));
        browser.waitFor("document.body !== null && document.body.dataset.ready === '1'", 5);
        wall[i] = (System.nanoTime() - t) / 1e9;
        inPage[i] = browser.eval("Number(document.body.dataset.readyMs)").asDouble() / 1000;
        System.out.println("  load " + (i + 1) + " in-page ms: " + browser.eval("(() => { const n = "
            + "performance.getEntriesByType('navigation')[0]; const m = {}; performance.getEntriesByType('mark')"
            + ".forEach(e => m[e.name] = Math.round(e.startTime)); return JSON.stringify({responseEnd: "
            + "Math.round(n.responseEnd), script: m['bh-script'], parsed: m['bh-parsed'], ready: m['bh-ready']}); })()")
            .asText());
        if (i == 0) {
          System.out.println("loaded: " + browser.eval("document.getElementById('p-info').textContent").asText()
              + "; leaderboard rows " + browser.eval("document.querySelectorAll('#leaderboard-table tbody tr').length")
              + ", case rows " + browser.eval("document.querySelectorAll('#cases tr.trial').length"));
        }
      }
      System.out.printf(Locale.ROOT, "load until leaderboard and first page drawn: median of %d %.3f s (%s), "
          + "in-page performance.now() median %.3f s (%s); target < 2 s%n", loads, median(wall), fmt(wall),
          median(inPage), fmt(inPage));
      double[] search = new double[3];
      for (int i = 0; i < search.length; i++) {
        search[i] = browser.eval("(() => { const q = document.getElementById('f-q'); const t = performance.now();"
            + " q.value = " + (i % 2 == 0 ? "'refund twice'" : "''") + "; q.dispatchEvent(new Event('input'));"
            + " return new Promise(r => setTimeout(() => r(performance.now() - t - 150), 150)); })()").asDouble();
      }
      System.out.printf(Locale.ROOT, "search over all cases (after the 150 ms debounce): %s ms%n", fmt(search));
      if (a.containsKey("screenshot")) {
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 2400,
            "deviceScaleFactor", 1, "mobile", false));
        JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(Path.of(a.get("screenshot")), Base64.getDecoder().decode(shot.get("data").asText()));
        System.out.println("screenshot: " + a.get("screenshot"));
        // and the first cases, with the first diff opened
        browser.eval("(() => { const d = document.querySelector('#cases details'); if (d) { d.open = true; } })()");
        double top = browser.eval("document.getElementById('cases-section').getBoundingClientRect().top + scrollY")
            .asDouble();
        JsonNode casesPng = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", top, "width", 1400, "height", 1600, "scale", 1)));
        Path casesShot = Path.of(a.get("screenshot").replaceFirst("(\\.png)?$", "-cases.png"));
        Files.write(casesShot, Base64.getDecoder().decode(casesPng.get("data").asText()));
        System.out.println("screenshot: " + casesShot);
      }
    }
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  static String fmt(double[] v) {
    StringBuilder b = new StringBuilder();
    for (double d : v) {
      b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", d));
    }
    return b.toString();
  }

  // ---- the synthetic run

  static String words(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /** A run whose model i passes a case with probability 0.55 + 0.08 i; model 4 has no known cost. */
  static RunSummary synthetic(int cases, int modelCount, long seed) {
    Random r = new Random(seed);
    List<String> models = new ArrayList<>();
    String[] names = {"openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest", "gemini:gemini-2.0-flash",
        "openrouter:mistral-small", "ollama:llama3.2"};
    for (int m = 0; m < modelCount; m++) {
      models.add(m < names.length ? names[m] : "model-" + m);
    }
    List<TrialResult> trials = new ArrayList<>(cases * modelCount);
    boolean[][] passed = new boolean[modelCount][cases];
    double[][] scores = new double[modelCount][cases];
    for (int i = 0; i < cases; i++) {
      String expected = words(r, 2 + r.nextInt(6));
      TestCase.Builder cb = TestCase.builder().id("case-" + i)
          .input("Customer message #" + i + ": " + words(r, 25 + r.nextInt(30)) + "?").expected(expected)
          .difficulty(DIFFICULTY[r.nextInt(3)]).tags(TAGS[r.nextInt(TAGS.length)]);
      if (r.nextInt(4) == 0) {
        cb.tags(TAGS[r.nextInt(TAGS.length)]);
      }
      TestCase c = cb.build();
      for (int m = 0; m < modelCount; m++) {
        String model = models.get(m);
        boolean error = r.nextInt(200) == 0;
        if (error) {
          trials.add(new TrialResult(i, c, model, 1, List.of(Message.user(c.input())), TrialStatus.ERROR, Double.NaN,
              List.of(), null, new TrialError(TrialError.Phase.PROVIDER, "TIMEOUT", "no answer within 30 s")));
          scores[m][i] = 0;
          continue;
        }
        boolean pass = r.nextDouble() < 0.55 + 0.08 * m;
        String answer = pass ? expected : words(r, 3 + r.nextInt(25));
        double score = pass ? 1 : Math.round(r.nextDouble() * 60) / 100.0;
        passed[m][i] = pass;
        scores[m][i] = score;
        Verdict v = (pass ? Verdict.scored(score, 0.7, "the answer matches the expected intent")
            : Verdict.scored(score, 0.7, "the answer names a different intent than '" + expected + "'"))
            .named("rubric(intent)");
        long latency = (long) (Math.exp(5.5 + 0.3 * m + 0.4 * r.nextGaussian()));
        Usage usage = Usage.of(60 + c.input().length() / 4, 2 + answer.length() / 4);
        if (m != 4) {
          usage = usage.withCost(usage.inputTokens() * (0.15 + m * 0.2) / 1e6 + usage.outputTokens() * (0.6 + m) / 1e6);
        }
        Completion comp = new Completion(answer, FinishReason.STOP, Duration.ofMillis(latency), usage, null);
        trials.add(new TrialResult(i, c, model, 1, List.of(Message.user(c.input())),
            pass ? TrialStatus.PASS : TrialStatus.FAIL, score, List.of(v), comp, null));
      }
    }
    List<ModelSummary> summaries = new ArrayList<>();
    for (int m = 0; m < modelCount; m++) {
      summaries.add(summarize(models.get(m), trials));
    }
    List<ModelComparison> comparisons = new ArrayList<>();
    List<double[]> raw = new ArrayList<>();
    for (int x = 0; x < modelCount; x++) {
      for (int y = x + 1; y < modelCount; y++) {
        PairedTests.McNemar mc = PairedTests.mcnemar(passed[x], passed[y]);
        PairedTests.SignedRank w = PairedTests.wilcoxon(scores[x], scores[y]);
        raw.add(new double[] {x, y, mc.pValue(), w.pValue(), mc.onlyFirst(), mc.onlySecond(), mc.difference(),
            Arrays.stream(scores[x]).average().orElse(0) - Arrays.stream(scores[y]).average().orElse(0),
            w.rankBiserial()});
      }
    }
    double[] passP = MultipleComparisons.holm(raw.stream().mapToDouble(d -> d[2]).toArray());
    double[] scoreP = MultipleComparisons.holm(raw.stream().mapToDouble(d -> d[3]).toArray());
    for (int k = 0; k < raw.size(); k++) {
      double[] d = raw.get(k);
      comparisons.add(new ModelComparison(models.get((int) d[0]), models.get((int) d[1]), cases, (long) d[4],
          (long) d[5], d[6], d[2], passP[k], d[7], d[3], scoreP[k], d[8]));
    }
    RunInfo info = new RunInfo("support-intent-synthetic.jsonl", cases,
        "5d41402abc4b2a76b9719d911017c592aaf0c6a3b1f0e9d8c7b6a5f4e3d2c1b0", "", 1,
        models.stream().map(m -> new RunInfo.ModelInfo(m, m.substring(0, m.indexOf(':')), m.substring(m.indexOf(':') + 1),
            "{temperature=0.0, maxTokens=64}")).toList(),
        List.of("rubric(intent) by openai:gpt-4o-mini, threshold 0.7"), List.of(), "0.1.0-SNAPSHOT");
    Instant start = Instant.parse("2026-01-05T10:00:00Z");
    return new RunSummary("support-intent", "1.0.0", "20260105-100000-bench", start, start.plusSeconds(1234), info,
        summaries, TrialResults.of(trials), comparisons, List.of(), List.of(), null);
  }

  static ModelSummary summarize(String model, List<TrialResult> trials) {
    long passed = 0;
    long failed = 0;
    long errors = 0;
    long in = 0;
    long outTokens = 0;
    double cost = 0;
    long withoutCost = 0;
    boolean anyCost = false;
    List<Double> graded = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    for (TrialResult t : trials) {
      if (!t.model().equals(model)) {
        continue;
      }
      switch (t.status()) {
        case PASS -> passed++;
        case FAIL -> failed++;
        default -> errors++;
      }
      if (t.status() == TrialStatus.PASS || t.status() == TrialStatus.FAIL) {
        graded.add(t.score());
      }
      if (t.completion() != null) {
        in += t.completion().usage().inputTokens();
        outTokens += t.completion().usage().outputTokens();
        latencies.add(t.completion().latency().toMillis());
        if (t.completion().usage().costUsd().isPresent()) {
          cost += t.completion().usage().costUsd().getAsDouble();
          anyCost = true;
        } else {
          withoutCost++;
        }
      }
    }
    Interval w = Proportions.wilson(passed, passed + failed, 0.95);
    Interval s = Means.tInterval(graded.stream().mapToDouble(Double::doubleValue).toArray(), 0.95);
    long[] lat = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new ModelSummary(model, passed + failed + errors, passed, failed, errors, 0, (double) passed / (passed + failed),
        w.lower(), w.upper(), s.estimate(), Math.max(0, s.lower()), Math.min(1, s.upper()), in, outTokens,
        anyCost ? OptionalDouble.of(cost) : OptionalDouble.empty(), withoutCost,
        Duration.ofMillis(Math.round(Quantiles.quantileOfSorted(lat, 0.5))),
        Duration.ofMillis(Math.round(Quantiles.quantileOfSorted(lat, 0.95))), OptionalDouble.empty());
  }

  // ---- a minimal DevTools client over java.net.http's WebSocket

  static final class Cdp implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private String session;

    Cdp(String binary) throws Exception {
      profile = Files.createTempDirectory("bench-chromium");
      process = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu",
          "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "about:blank")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      CompletableFuture<String> url = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
            StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
              url.complete(m.group(1));
            }
          }
          url.completeExceptionally(new IOException("chromium exited before listening"));
        } catch (IOException e) {
          url.completeExceptionally(e);
        }
      });
      reader.setDaemon(true);
      reader.start();
      try {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create(url.get(20, TimeUnit.SECONDS)), new WebSocket.Listener() {
              private final StringBuilder partial = new StringBuilder();

              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                  try {
                    JsonNode msg = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> f = msg.has("id") ? pending.remove(msg.get("id").asLong()) : null;
                    if (f != null) {
                      f.complete(msg);
                    }
                  } catch (IOException e) {
                    // not a reply
                  }
                  partial.setLength(0);
                }
                ws.request(1);
                return null;
              }
            }).get(20, TimeUnit.SECONDS);
        String target = send("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        session = send("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        send("Page.enable", Map.of());
      } catch (Exception e) {
        close();
        throw e;
      }
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
      long id = ids.incrementAndGet();
      ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
      msg.set("params", JSON.valueToTree(params));
      if (session != null) {
        msg.put("sessionId", session);
      }
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      socket.sendText(JSON.writeValueAsString(msg), true).get(20, TimeUnit.SECONDS);
      JsonNode r = reply.get(20, TimeUnit.SECONDS);
      if (r.has("error")) {
        throw new IllegalStateException(method + ": " + r.get("error"));
      }
      return r.get("result");
    }

    JsonNode eval(String expression) throws Exception {
      JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
          "awaitPromise", true));
      JsonNode v = r.path("result").get("value");
      return v == null ? JSON.nullNode() : v;
    }

    void waitFor(String expression, long pollMillis) throws Exception {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (true) {
        try {
          if (eval(expression).asBoolean(false)) {
            return;
          }
        } catch (IllegalStateException e) {
          // navigating: the context is being replaced
        }
        if (System.nanoTime() > end) {
          throw new IllegalStateException("timed out after 20 s waiting for " + expression);
        }
        Thread.sleep(pollMillis);
      }
    }

    @Override
    public void close() {
      if (socket != null) {
        socket.abort();
      }
      List<ProcessHandle> children = process.descendants().toList();
      children.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temp profile left behind is harmless
      }
    }
  }
}
