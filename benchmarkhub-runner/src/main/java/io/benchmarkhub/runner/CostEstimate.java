package io.benchmarkhub.runner;

import io.benchmarkhub.api.internal.text.Dollars;
import io.benchmarkhub.api.internal.text.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a run of a benchmark would use and cost, estimated by {@link DryRun#estimate} without sending
 * a request.
 *
 * @param benchmark the benchmark's name
 * @param models one estimate per model, in the benchmark's order
 * @param pricesAsOf the date of the price table used
 * @param promptErrors cases whose prompt threw, so they are not counted
 */
public record CostEstimate(String benchmark, List<ModelEstimate> models, String pricesAsOf, long promptErrors) {

  /** Output tokens assumed per trial for a model without {@code maxTokens}: {@value}. */
  public static final int DEFAULT_OUTPUT_TOKENS = 256;

  /** Checks the values. */
  public CostEstimate {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(pricesAsOf, "pricesAsOf");
    models = List.copyOf(models);
  }

  /**
   * One model's estimate.
   *
   * @param model the model id, {@code provider:model}
   * @param trials the trials it would run: cases × repeats
   * @param inputTokens estimated input tokens over all its trials
   * @param outputTokens estimated output tokens over all its trials: its {@code maxTokens} per trial,
   *     else {@link #DEFAULT_OUTPUT_TOKENS}, so usually an upper bound
   * @param costUsd the estimated cost, or empty when the model has no price
   * @param tokenCounting how input tokens were counted: a JTokkit encoding name, or "chars/4"
   * @param outputFromMaxTokens whether the output estimate is the model's {@code maxTokens}
   */
  public record ModelEstimate(String model, long trials, long inputTokens, long outputTokens, OptionalDouble costUsd,
      String tokenCounting, boolean outputFromMaxTokens) {

    /** Checks the values. */
    public ModelEstimate {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(costUsd, "costUsd");
      Objects.requireNonNull(tokenCounting, "tokenCounting");
    }
  }

  /** {@return the estimated cost of the models that have a price; see {@link #unpricedModels()} for the others} */
  public double knownCostUsd() {
    return models.stream().mapToDouble(m -> m.costUsd().orElse(0)).sum();
  }

  /** {@return the models whose cost cannot be estimated because they have no price} */
  public List<String> unpricedModels() {
    return models.stream().filter(m -> m.costUsd().isEmpty()).map(ModelEstimate::model).toList();
  }

  /** {@return the estimate as a fixed-width text table, with how it was made} */
  public String toTable() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"model", "trials", "input tokens", "counted by", "output tokens", "est. cost"});
    for (ModelEstimate m : models) {
      rows.add(new String[] {m.model(), Long.toString(m.trials()), Long.toString(m.inputTokens()), m.tokenCounting(),
          m.outputTokens() + (m.outputFromMaxTokens() ? " (maxTokens)" : " (default)"),
          m.costUsd().isPresent() ? Dollars.format(m.costUsd().getAsDouble()) : "unknown"});
    }
    StringBuilder sb = new StringBuilder();
    sb.append(benchmark).append(" · dry run: no request sent · estimated cost ")
        .append(unpricedModels().isEmpty() ? "" : "≥").append(Dollars.format(knownCostUsd())).append('\n');
    sb.append(TextTable.render(rows, column -> column == 0 || column == 3));
    sb.append(String.format(Locale.ROOT, "input: JTokkit for OpenAI-family models, else characters/%d; "
        + "output: each model's maxTokens per trial, else %d (an estimate, usually high); prices as of %s%n",
        TokenCounter.CHARS_PER_TOKEN, DEFAULT_OUTPUT_TOKENS, pricesAsOf));
    if (!unpricedModels().isEmpty()) {
      sb.append("no price for ").append(String.join(", ", unpricedModels()))
          .append(": add it with -Dbenchmarkhub.prices=<file> (see README, Cost and budgets)\n");
    }
    if (promptErrors > 0) {
      sb.append(promptErrors).append(" cases not counted: their prompt threw\n");
    }
    return sb.toString();
  }
}
