package io.benchmarkhub.samples;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.judge.Judges;

/**
 * Extract an order from a customer email as JSON, on a hosted model and a local Ollama model.
 *
 * <p>Two judges must both pass: the answer validates against a JSON Schema (a fenced ```json block
 * is accepted), and it contains the order id the case expects. The system prompt is a model
 * parameter; the order id comes from the case's variables.
 */
public final class OrderExtractionSample {
  private static final String SYSTEM = "You extract orders from customer emails. Reply with JSON only: "
      + "{\"order_id\": string, \"items\": [{\"product\": string, \"quantity\": integer}], "
      + "\"ship_to\": string or null when nothing is shipped}.";

  private OrderExtractionSample() {}

  /** {@return the benchmark, ready to run} */
  public static Benchmark.Builder benchmark() {
    return BenchmarkHub.benchmark("order-extraction")
        .version("1.0.0")
        .dataset(Dataset.classpath("order-emails.json"))
        .prompt(c -> "Order id: " + c.var("order_id") + "\nEmail: " + c.input())
        .model("openai:gpt-4o-mini", p -> p.withTemperature(0).withSystemPrompt(SYSTEM))
        .model("ollama:llama3.2", p -> p.withTemperature(0).withSystemPrompt(SYSTEM))
        .judge(Judges.jsonSchemaResource("schemas/order.schema.json"))
        .judge(Judges.contains());
  }

  /** Runs the benchmark live: needs OPENAI_API_KEY and Ollama running with llama3.2 pulled. */
  public static void main(String[] args) {
    benchmark().run();
  }
}
