package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.ModelRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a completion its cost when the provider reported none, from the {@link PriceTable}.
 *
 * <p>The rule, whatever the completion's origin: a cost already present (the provider reported it,
 * like OpenRouter, or the cache or cassette recorded one) always wins; otherwise the cost is input
 * tokens × input price + output tokens × output price of the model's table entry; with no entry the
 * cost stays unknown, never a guessed 0, and the run logs once per model how to add a price. So a
 * replayed or cached answer recorded without a cost is priced like a live one, at today's table.
 * Thread-safe.
 */
final class Pricing {
  private static final Logger log = LoggerFactory.getLogger(Pricing.class);

  private final PriceTable table;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  Pricing(PriceTable table) {
    this.table = table;
  }

  /** {@return the completion, with its cost from the table when it had none and the model has a price} */
  Completion apply(ModelRef model, Completion completion) {
    if (completion.usage().costUsd().isPresent()) {
      return completion;
    }
    Optional<Price> price = table.lookup(model.provider(), model.model());
    if (price.isEmpty()) {
      if (warned.add(model.id())) {
        log.warn(missingPrice(List.of(model)));
      }
      return completion;
    }
    double cost = price.get().cost(completion.usage().inputTokens(), completion.usage().outputTokens());
    return completion.withUsage(completion.usage().withCost(cost));
  }

  /** {@return the models of this list that have no price in the table} */
  List<ModelRef> unpriced(List<ModelRef> models) {
    return models.stream().filter(m -> table.lookup(m.provider(), m.model()).isEmpty()).toList();
  }

  /** {@return the table} */
  PriceTable table() {
    return table;
  }

  /** {@return a message saying these models have no price, so their cost stays unknown, and how to add one} */
  static String missingPrice(List<ModelRef> models) {
    return "no price for " + String.join(", ", models.stream().map(ModelRef::id).toList())
        + " in the price table: its cost stays unknown unless the provider reports it. "
        + "Add the model to a JSON file like {\"providers\": {\"<provider>\": {\"<model>\": {\"input\": <USD per 1M "
        + "tokens>, \"output\": <USD per 1M tokens>}}}} and name it with -Dbenchmarkhub." + PriceTable.SETTING
        + "=<file or classpath:name>.";
  }
}
