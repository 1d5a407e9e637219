package io.benchmarkhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.judge.Judges;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Runs the throughput workload against the loopback stub LLM and prints one line of figures.
 *
 * <pre>
 * java -cp ... io.benchmarkhub.bench.ThroughputBench --mode benchmarkhub|bare \
 *     --base-url http://127.0.0.1:8089/v1 --cases 1000 --models 5 --concurrency 50
 * </pre>
 *
 * <p>{@code benchmarkhub} runs the full pipeline (dataset, prompt, openai-compatible provider over
 * HTTP, exact-match judge, per-model summary). {@code bare} sends the same requests with a plain
 * OkHttp client and the same number of threads, parsing each answer and comparing it, as the
 * yardstick of what the HTTP stack alone costs. Both print
 * {@code tool=... trials=... seconds=... trials_per_s=... passed=... errors=...}.
 */
public final class ThroughputBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ThroughputBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    String mode = a.getOrDefault("mode", "benchmarkhub");
    String baseUrl = a.getOrDefault("base-url", "http://127.0.0.1:8089/v1");
    int cases = Integer.parseInt(a.getOrDefault("cases", "1000"));
    int models = Integer.parseInt(a.getOrDefault("models", "5"));
    int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "50"));
    long start = System.nanoTime();
    long[] outcome = mode.equals("bare")
        ? bare(baseUrl, cases, models, concurrency)
        : benchmarkhub(baseUrl, cases, models, concurrency);
    double seconds = (System.nanoTime() - start) / 1e9;
    long trials = (long) cases * models;
    System.out.printf(Locale.ROOT, "tool=%s trials=%d seconds=%.3f trials_per_s=%.0f passed=%d errors=%d%n",
        mode, trials, seconds, trials / seconds, outcome[0], outcome[1]);
  }

  static String question(int i) {
    return "What is the answer to Q" + i;
  }

  static String answer(int i) {
    return "A" + (i % 7);
  }

  private static long[] benchmarkhub(String baseUrl, int cases, int models, int concurrency) {
    List<TestCase> list = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      list.add(TestCase.builder().id("q" + i).input(question(i)).expected(answer(i)).build());
    }
    String[] refs = new String[models];
    for (int m = 0; m < models; m++) {
      refs[m] = "openai-compatible:stub-model-" + (m + 1);
    }
    RunSummary s = BenchmarkHub.benchmark("throughput").dataset(Dataset.of(list)).models(refs)
        .baseUrl("openai-compatible", baseUrl).concurrency("openai-compatible", concurrency)
        .setting("cache", "false") // every trial must reach the stub, as promptfoo's --no-cache
        .judge(Judges.exactMatch()).quiet().run();
    // the summary's counts: reading every trial back from the run log is not part of a run
    long passed = s.models().stream().mapToLong(ModelSummary::passed).sum();
    long errors = s.models().stream().mapToLong(ModelSummary::errors).sum();
    return new long[] {passed, errors};
  }

  private static long[] bare(String baseUrl, int cases, int models, int concurrency) throws Exception {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(concurrency * 2);
    dispatcher.setMaxRequestsPerHost(concurrency * 2);
    OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(concurrency * 2, 5, TimeUnit.MINUTES)).build();
    MediaType json = MediaType.get("application/json");
    AtomicLong passed = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      for (int m = 1; m <= models; m++) {
        int c = i;
        int model = m;
        futures.add(pool.submit(() -> {
          Map<String, Object> body = Map.of("model", "stub-model-" + model,
              "messages", List.of(Map.of("role", "user", "content", question(c))));
          try {
            Request request = new Request.Builder().url(baseUrl + "/chat/completions")
                .post(RequestBody.create(JSON.writeValueAsBytes(body), json)).build();
            try (Response response = client.newCall(request).execute()) {
              JsonNode tree = JSON.readTree(response.body().byteStream());
              String text = tree.path("choices").path(0).path("message").path("content").asText();
              if (response.isSuccessful() && text.equals(answer(c))) {
                passed.incrementAndGet();
              } else if (!response.isSuccessful()) {
                errors.incrementAndGet();
              }
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          }
        }));
      }
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    return new long[] {passed.get(), errors.get()};
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }
}
