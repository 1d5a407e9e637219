package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.text.NearDuplicates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes test cases with a model (the PRD's {@code generate_domain_cases}): given a domain, a
 * {@link BenchmarkDesign} and a count, it asks a generator model for cases, stratified across the
 * concept x difficulty grid, plus edge cases derived from the accepted ones, and keeps those that pass
 * the checks and are not near duplicates.
 *
 * <p>The steps:
 * <ol>
 *   <li>{@code round(count x edgeShare)} of the cases are edge cases, the rest normal; each part is
 *       split across the cells by {@link StratifiedPlan}.
 *   <li>Each cell's normal cases are asked for in requests of at most {@code perRequest} cases. Every
 *       request is one trial of a benchmark run through the runner ({@code generate-<name>-round<n>},
 *       version = the prompt version), so the response cache, retries (429 Retry-After, 5xx backoff,
 *       quota stops), per-provider concurrency, the budget, progress, record/replay cassettes and the
 *       run log all apply. The model is asked for JSON ({@link ModelParams#withJsonOutput()}) unless
 *       {@link Builder#jsonMode(boolean) turned off}.
 *   <li>Each answer is read by {@link CaseListParser} (an unreadable answer counts as
 *       {@code unparseable}), each case checked by {@link CaseChecker}, then compared with every case
 *       accepted so far and the existing cases by {@link NearDuplicates} on its input; see
 *       {@link GenerationReport} for what is counted.
 *   <li>From the second round on, each cell with accepted normal cases gets its edge requests, each
 *       listing up to three of them as sources (taken in turn).
 *   <li><b>Top-ups.</b> A cell short of cases (rejections, unparseable or failed requests) is asked
 *       again in the next round for what it lacks plus a quarter more (at least one more; cases beyond
 *       the need are counted as surplus), with new request numbers (so new requests, not cache hits). Bound: each cell is asked at most {@code 1 + topUps} times for normal cases and as many
 *       for edge cases (default {@code topUps} 2), so there are at most {@code 2 + topUps} rounds; what
 *       is still missing is reported as a shortfall, never looped on.
 * </ol>
 *
 * <pre>{@code
 * GenerationResult r = LlmCaseGenerator.builder()
 *     .domain("customer support for a home-goods shop")
 *     .design(new BenchmarkDesign(TaskType.CLASSIFICATION, List.of("refunds", "shipping"),
 *         List.of("easy", "hard"), List.of("refund", "shipping", "other")))
 *     .count(200).model("openai:gpt-4o-mini").build().generate();
 * }</pre>
 */
public final class LlmCaseGenerator {
  private static final int SOURCES_PER_EDGE_REQUEST = 3;

  private final Builder b;

  private LlmCaseGenerator(Builder b) {
    this.b = b;
  }

  /** {@return a builder; domain, design, count and model are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates the cases.
   *
   * @return the accepted cases and the report
   * @throws io.benchmarkhub.api.BenchmarkException when the run cannot start (e.g. the generator's API
   *     key is missing, naming the variable); a request that fails becomes a counted failed request
   */
  public GenerationResult generate() {
    long started = System.nanoTime();
    ModelRef model = model();
    String promptVersion = b.promptVersion != null ? b.promptVersion : GenerationPrompt.VERSION;
    GenerationPrompt prompt = new GenerationPrompt(b.domain, b.design);
    int edgeTotal = (int) Math.round(b.count * b.edgeShare);
    Map<GenerationCell, Integer> normal = StratifiedPlan.split(b.design, b.count - edgeTotal);
    Map<GenerationCell, Integer> edge = StratifiedPlan.split(b.design, edgeTotal);
    CaseCollector collector = new CaseCollector(new CaseChecker(b.design),
        NearDuplicates.withThreshold(b.dedupeThreshold), b.existing, b.name, b.count, model.id(), promptVersion,
        b.clock.instant());
    normal.forEach((cell, n) -> collector.plan(cell, n, edge.get(cell)));
    int rounds = 0;
    double spent = 0;
    for (int round = 1; round <= 2 + b.topUps; round++) {
      List<GenerationRequest> requests = requests(collector, round);
      if (requests.isEmpty()) {
        break;
      }
      if (!Double.isNaN(b.maxCost) && spent >= b.maxCost) {
        break;
      }
      rounds++;
      double before = collector.costUsd;
      run(round, requests, prompt, model, promptVersion, b.maxCost - spent, collector);
      spent += collector.costUsd - before;
    }
    List<GenerationReport.CellReport> cells = new ArrayList<>();
    collector.cells().forEach((cell, c) -> cells.add(new GenerationReport.CellReport(cell.concept(),
        cell.difficulty(), c.target, c.normal.size(), c.edgeTarget, c.edge.size(), c.requests)));
    List<TestCase> accepted = collector.accepted();
    GenerationReport report = new GenerationReport(b.name, model.id(), promptVersion, b.count, accepted.size(),
        cells, collector.requests, rounds, collector.failedRequests, collector.unparseable, collector.invalid,
        collector.nearDuplicates, collector.surplus, collector.inputTokens, collector.outputTokens,
        collector.costUsd, collector.unpriced, Duration.ofNanos(System.nanoTime() - started));
    return new GenerationResult(accepted, report);
  }

  private ModelRef model() {
    ModelParams p = ModelParams.defaults().withTemperature(b.temperature);
    if (b.seed != null) {
      p = p.withSeed(b.seed);
    }
    if (b.jsonMode) {
      p = p.withJsonOutput();
    }
    if (b.maxTokens > 0) {
      p = p.withMaxTokens(b.maxTokens);
    }
    ModelRef ref = ModelRef.parse(b.model);
    return ref.withParams(p);
  }

  /** The requests of one round: what each cell still lacks, within its ask bound. */
  private List<GenerationRequest> requests(CaseCollector collector, int round) {
    List<GenerationRequest> out = new ArrayList<>();
    for (Map.Entry<GenerationCell, CaseCollector.Cell> e : collector.cells().entrySet()) {
      CaseCollector.Cell c = e.getValue();
      int missing = c.missing(false);
      if (missing > 0 && c.normalAsks <= b.topUps) {
        int ask = c.normalAsks++ == 0 ? missing : withMargin(missing);
        for (int left = ask; left > 0; left -= b.perRequest) {
          out.add(new GenerationRequest(e.getKey(), false, Math.min(left, b.perRequest), ++c.normalIndex, List.of()));
        }
      }
      int missingEdge = c.missing(true);
      if (round > 1 && missingEdge > 0 && c.edgeAsks <= b.topUps && !c.normal.isEmpty()) {
        int ask = c.edgeAsks++ == 0 ? missingEdge : withMargin(missingEdge);
        for (int left = ask; left > 0; left -= b.perRequest) {
          int index = ++c.edgeIndex;
          out.add(new GenerationRequest(e.getKey(), true, Math.min(left, b.perRequest), index, sources(c, index)));
        }
      }
    }
    return out;
  }

  /** A top-up asks for a quarter more than is missing, at least one more, so one rejection needs no new round. */
  private static int withMargin(int missing) {
    return missing + Math.max(1, (missing + 3) / 4);
  }

  private static List<TestCase> sources(CaseCollector.Cell c, int index) {
    int n = Math.min(SOURCES_PER_EDGE_REQUEST, c.normal.size());
    List<TestCase> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(c.normal.get(((index - 1) * SOURCES_PER_EDGE_REQUEST + i) % c.normal.size()));
    }
    return out;
  }

  private void run(int round, List<GenerationRequest> requests, GenerationPrompt prompt, ModelRef model,
      String promptVersion, double budgetLeft, CaseCollector collector) {
    Map<String, GenerationRequest> byId = new LinkedHashMap<>();
    List<TestCase> trials = new ArrayList<>();
    for (GenerationRequest r : requests) {
      byId.put(r.id(), r);
      trials.add(TestCase.builder().id(r.id()).input(prompt.text(r)).build());
    }
    Benchmark.Builder bench = BenchmarkHub.benchmark("generate-" + b.name + "-round" + round)
        .version(promptVersion).dataset(Dataset.of(trials)).model(model).judge(CASE_LIST)
        .secrets(b.secrets).setting("reports", "false");
    b.settings.forEach(bench::setting);
    b.providers.forEach(bench::provider);
    if (b.concurrency > 0) {
      bench.concurrency(model.provider(), b.concurrency);
    }
    if (!Double.isNaN(budgetLeft)) {
      bench.maxCost(Math.max(budgetLeft, 1e-9));
    }
    if (b.quiet) {
      bench.quiet();
    }
    RunSummary summary = bench.run();
    for (TrialResult t : summary.trials()) {
      collector.collect(byId.get(t.caseId()), t);
    }
  }

  /** The judge of a generation trial: whether the answer reads as a list of cases. */
  private static final Judge CASE_LIST = Judge.named("case-list", (c, out) -> {
    CaseListParser.Parsed p = CaseListParser.parse(out.text());
    return p.ok() ? Verdict.pass(p.cases().size() + " cases") : Verdict.fail("unparseable: " + p.unparseable());
  });

  /** Builds an {@link LlmCaseGenerator}; setters check their arguments at once. */
  public static final class Builder {
    private String name = "cases";
    private String domain;
    private BenchmarkDesign design;
    private int count;
    private String model;
    private int perRequest = 10;
    private double edgeShare = 0.2;
    private double dedupeThreshold = 0.8;
    private String promptVersion;
    private double temperature = 1.0;
    private Long seed;
    private int maxTokens;
    private boolean jsonMode = true;
    private int topUps = 2;
    private List<TestCase> existing = List.of();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private SecretSource secrets = SecretSource.environment();
    private int concurrency;
    private double maxCost = Double.NaN;
    private boolean quiet;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Names the generation: ids are {@code <name>-0001}, …, runs {@code generate-<name>-round<n>}. Default "cases". */
    public Builder name(String value) {
      if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new IllegalArgumentException("generation name must be letters, digits, '.', '_' or '-', was '" + value + "'");
      }
      this.name = value;
      return this;
    }

    /** Describes the domain the cases are about, e.g. "refund questions to a home-goods shop". Required. */
    public Builder domain(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("the domain must not be blank");
      }
      this.domain = value;
      return this;
    }

    /** Sets the task type, concepts, difficulty levels and labels. Required. */
    public Builder design(BenchmarkDesign value) {
      this.design = Objects.requireNonNull(value, "design");
      return this;
    }

    /**
     * Sets how many cases to generate, edge cases included. Required.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder count(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("count must be >= 1, was " + value);
      }
      this.count = value;
      return this;
    }

    /**
     * Sets the generator model, {@code provider:model}. Required: there is no default generator.
     *
     * @throws io.benchmarkhub.api.BenchmarkException when it is not of that form
     */
    public Builder model(String ref) {
      ModelRef.parse(ref);
      this.model = ref;
      return this;
    }

    /** Sets how many cases one request asks for, 1 to 100. Default 10. */
    public Builder perRequest(int value) {
      if (value < 1 || value > 100) {
        throw new IllegalArgumentException("cases per request must be within [1, 100], was " + value);
      }
      this.perRequest = value;
      return this;
    }

    /** Sets the share of edge cases in the count, within [0, 1). Default 0.2. */
    public Builder edgeShare(double value) {
      if (!(value >= 0 && value < 1)) {
        throw new IllegalArgumentException("edge share must be within [0, 1), was " + value);
      }
      this.edgeShare = value;
      return this;
    }

    /** Sets the Jaccard similarity (word 3-shingles of the input) at which a case is a near duplicate, in (0, 1]. Default 0.8. */
    public Builder dedupeThreshold(double value) {
      NearDuplicates.withThreshold(value);
      this.dedupeThreshold = value;
      return this;
    }

    /** Sets the prompt version recorded on every case. Default {@code gen-1}, the built-in prompt's version. */
    public Builder promptVersion(String value) {
      this.promptVersion = value == null || value.isBlank() ? null : value.strip();
      return this;
    }

    /** Sets the sampling temperature. Default 1.0, for variety. */
    public Builder temperature(double value) {
      ModelParams.defaults().withTemperature(value);
      this.temperature = value;
      return this;
    }

    /** Sets the sampling seed sent to the provider (where it honours one). Default none. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Limits each answer's output tokens. Default: the provider's default. */
    public Builder maxTokens(int value) {
      ModelParams.defaults().withMaxTokens(value);
      this.maxTokens = value;
      return this;
    }

    /** Asks for the answer in the provider's JSON mode. Default true; turn off for servers that reject it. */
    public Builder jsonMode(boolean value) {
      this.jsonMode = value;
      return this;
    }

    /** Sets how many times a short cell is asked again, 0 to 5. Default 2. */
    public Builder topUps(int value) {
      if (value < 0 || value > 5) {
        throw new IllegalArgumentException("top-ups must be within [0, 5], was " + value);
      }
      this.topUps = value;
      return this;
    }

    /** Sets cases that already exist: new cases near-duplicating them are rejected and their ids not reused. */
    public Builder existing(List<TestCase> cases) {
      this.existing = List.copyOf(cases);
      return this;
    }

    /** Sets a runner setting for the generation runs, e.g. {@code run-dir}, {@code mode}, {@code cache}. */
    public Builder setting(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
      return this;
    }

    /** Uses this provider for models addressed {@code id:model} (e.g. a fake in tests). */
    public Builder provider(String id, Provider value) {
      providers.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(value, "provider"));
      return this;
    }

    /** Reads API keys from this source instead of the environment. */
    public Builder secrets(SecretSource value) {
      this.secrets = Objects.requireNonNull(value, "secrets");
      return this;
    }

    /** Sets how many requests run at once. Default: the runner's, 8 per provider. */
    public Builder concurrency(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1, was " + value);
      }
      this.concurrency = value;
      return this;
    }

    /** Stops spending at this many US dollars across all rounds. Default: no budget. */
    public Builder maxCost(double usd) {
      if (!(usd > 0) || Double.isInfinite(usd)) {
        throw new IllegalArgumentException("maxCost must be a positive number of US dollars, was " + usd);
      }
      this.maxCost = usd;
      return this;
    }

    /** Shows no progress and no summary table of the generation runs. */
    public Builder quiet() {
      this.quiet = true;
      return this;
    }

    /** Sets the clock of the {@code generatedAt} metadata. Default: the system clock, UTC. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * {@return the generator}
     *
     * @throws IllegalStateException naming the first required value missing
     */
    public LlmCaseGenerator build() {
      if (domain == null) {
        throw new IllegalStateException("generation needs a domain: set domain(\"...\")");
      }
      if (design == null) {
        throw new IllegalStateException("generation needs a design: set design(new BenchmarkDesign(...))");
      }
      if (count == 0) {
        throw new IllegalStateException("generation needs a count: set count(n)");
      }
      if (model == null) {
        throw new IllegalStateException("generation needs a generator model: set model(\"provider:model\")");
      }
      return new LlmCaseGenerator(this);
    }
  }
}
