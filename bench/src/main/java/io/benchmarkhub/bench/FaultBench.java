package io.benchmarkhub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.judge.Judges;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs the fault workload against the stub LLM started with {@code --fault-rate 0.2} and
 * prints one line of figures: cases, passed, errors (with their kinds), lost (cases without a
 * result; must be 0), the requests the stub received and requests per trial (target at most 1.35).
 *
 * <pre>
 * java -cp ... io.benchmarkhub.bench.FaultBench --base-url http://127.0.0.1:18090 --cases 1000 --concurrency 50
 * </pre>
 *
 * <p>Retries keep their defaults except a 100 ms initial backoff; a 3 s request timeout turns the
 * stub's 30 s hangs into retried timeouts.
 */
public final class FaultBench {
  private FaultBench() {}

  /** Runs the bench; arguments are {@code --name value} pairs as in the class comment. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String stub = a.getOrDefault("base-url", "http://127.0.0.1:18090");
    int cases = Integer.parseInt(a.getOrDefault("cases", "1000"));
    int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "50"));

    List<TestCase> list = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      list.add(TestCase.builder().id("q" + i).input(ThroughputBench.question(i))
          .expected(ThroughputBench.answer(i)).build());
    }
    long before = stubRequests(stub);
    long start = System.nanoTime();
    RunSummary s = BenchmarkHub.benchmark("faults").dataset(Dataset.of(list)).models("openai-compatible:stub-model")
        .baseUrl("openai-compatible", stub + "/v1").concurrency("openai-compatible", concurrency)
        .requestTimeout(Duration.ofSeconds(3))
        .setting("cache", "false").setting("retry.initial-backoff", "100")
        .judge(Judges.exactMatch()).quiet().run();
    double seconds = (System.nanoTime() - start) / 1e9;
    long requests = stubRequests(stub) - before;
    long passed = s.trials().stream().filter(t -> t.status() == TrialStatus.PASS).count();
    Map<String, Long> errors = s.trials().stream().filter(t -> t.status() == TrialStatus.ERROR)
        .collect(Collectors.groupingBy(FaultBench::errorKind, TreeMap::new, Collectors.counting()));
    long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(Locale.ROOT, "cases=%d passed=%d errors=%d %s lost=%d requests=%d requests_per_trial=%.3f "
        + "seconds=%.1f%n", cases, passed, errorCount, errors, cases - s.trials().size(), requests,
        (double) requests / s.trials().size(), seconds);
    s.trials().stream().filter(t -> t.status() == TrialStatus.ERROR).limit(5)
        .forEach(t -> System.out.println("  error " + t.caseId() + ": " + t.error().message()));
  }

  private static String errorKind(TrialResult t) {
    return t.error() == null ? "?" : t.error().kind();
  }

  private static long stubRequests(String stub) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stub + "/stats")).GET().build(), HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body()).path("requests").asLong();
  }
}
