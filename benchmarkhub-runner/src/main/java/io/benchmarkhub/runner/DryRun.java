package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Estimates what a run would use and cost without sending any request, creating any provider or
 * needing any key.
 *
 * <pre>{@code
 * Benchmark b = BenchmarkHub.benchmark("support-intent").dataset(...).models(...).judge(...).build();
 * CostEstimate e = DryRun.estimate(b);   // prints the estimate table unless b is quiet()
 * if (e.knownCostUsd() < 5) b.run();
 * }</pre>
 * Per model: trials = cases × repeats; input tokens from the rendered prompt of every case
 * ({@link TokenCounter}: JTokkit for OpenAI-family models, characters / 4 elsewhere); output tokens
 * = the model's {@code maxTokens} per trial, else {@link CostEstimate#DEFAULT_OUTPUT_TOKENS}; cost
 * from the price table ({@link PriceTable}, with the {@code prices} override), or unknown.
 */
public final class DryRun {
  private DryRun() {}

  /**
   * {@return the estimate}, also printed as a table unless the benchmark is quiet
   *
   * @throws io.benchmarkhub.api.BenchmarkException on a malformed dataset or price file
   */
  public static CostEstimate estimate(Benchmark benchmark) {
    PriceTable prices = PriceTable.load(Settings.of(benchmark));
    List<ModelRef> models = benchmark.models();
    long[] input = new long[models.size()];
    long cases = 0;
    long promptErrors = 0;
    try (Stream<TestCase> stream = benchmark.dataset().cases()) {
      for (TestCase c : (Iterable<TestCase>) stream::iterator) {
        List<Message> messages;
        try {
          messages = benchmark.prompt().apply(c);
        } catch (RuntimeException e) {
          promptErrors++;
          continue;
        }
        cases++;
        for (int m = 0; m < models.size(); m++) {
          input[m] += TokenCounter.count(models.get(m), messages == null ? List.of() : messages);
        }
      }
    }
    List<CostEstimate.ModelEstimate> estimates = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      ModelRef model = models.get(m);
      long trials = cases * benchmark.repeat();
      long in = input[m] * benchmark.repeat();
      boolean fromMax = model.params().maxTokens().isPresent();
      long out = trials * (fromMax ? model.params().maxTokens().getAsInt() : CostEstimate.DEFAULT_OUTPUT_TOKENS);
      Optional<Price> price = prices.lookup(model.provider(), model.model());
      OptionalDouble cost = price.isPresent() ? OptionalDouble.of(price.get().cost(in, out)) : OptionalDouble.empty();
      estimates.add(new CostEstimate.ModelEstimate(model.id(), trials, in, out, cost, TokenCounter.method(model),
          fromMax));
    }
    CostEstimate estimate = new CostEstimate(benchmark.name(), estimates, prices.asOf(), promptErrors);
    if (benchmark.printSummary()) {
      System.out.print(estimate.toTable());
      System.out.flush();
    }
    return estimate;
  }
}
