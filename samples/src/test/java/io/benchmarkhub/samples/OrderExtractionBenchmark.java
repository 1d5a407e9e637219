package io.benchmarkhub.samples;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.annotation.Benchmark;
import io.benchmarkhub.api.annotation.Dataset;
import io.benchmarkhub.api.annotation.Gate;
import io.benchmarkhub.api.annotation.Judge;
import io.benchmarkhub.api.annotation.Model;
import io.benchmarkhub.api.annotation.Prompt;
import io.benchmarkhub.judge.ContainsJudge;
import io.benchmarkhub.judge.JsonSchemaJudge;
import io.benchmarkhub.judge.Judges;

/**
 * Extract an order from a customer email as JSON, on a hosted model and a local Ollama model. Two
 * judges must both pass: the answer validates against a JSON Schema (a fenced ```json block is
 * accepted), and it names the order id the case expects.
 */
@Benchmark(name = "order-extraction", version = "1.0.0")
@Model(value = "openai:gpt-4o-mini", temperature = 0, systemPrompt = OrderExtractionBenchmark.SYSTEM)
@Model(value = "ollama:llama3.2", temperature = 0, systemPrompt = OrderExtractionBenchmark.SYSTEM)
@Dataset("classpath:order-emails.json")
@Gate(passRate = 0.45)
public class OrderExtractionBenchmark {
  static final String SYSTEM = "You extract orders from customer emails. Reply with JSON only: "
      + "{\"order_id\": string, \"items\": [{\"product\": string, \"quantity\": integer}], "
      + "\"ship_to\": string or null when nothing is shipped}.";

  @Prompt
  String prompt(TestCase c) {
    return "Order id: " + c.var("order_id") + "\nEmail: " + c.input();
  }

  @Judge
  JsonSchemaJudge validOrder() {
    return Judges.jsonSchemaResource("schemas/order.schema.json");
  }

  @Judge
  ContainsJudge namesTheOrder() {
    return Judges.contains();
  }
}
