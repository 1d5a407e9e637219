package io.benchmarkhub.samples;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.annotation.Benchmark;
import io.benchmarkhub.api.annotation.Dataset;
import io.benchmarkhub.api.annotation.Gate;
import io.benchmarkhub.api.annotation.Judge;
import io.benchmarkhub.api.annotation.Model;
import io.benchmarkhub.api.annotation.Prompt;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.judge.OneOfJudge;

/**
 * Support-ticket intent classification on three providers: 36 hand-written customer messages, one
 * label each. The judge accepts exactly one of the labels and requires the expected one, so
 * "**cancel**" passes and "The intent is: account" does not.
 */
@Benchmark(name = "support-intent", version = "1.0.0")
@Model(value = "openai:gpt-4o-mini", temperature = 0)
@Model(value = "anthropic:claude-3-5-haiku-latest", temperature = 0, maxTokens = 16)
@Model(value = "gemini:gemini-2.0-flash", temperature = 0)
@Dataset("classpath:support-intent.jsonl")
@Gate(passRate = 0.6)
public class SupportIntentBenchmark {
  /** What each model is told before the customer's message. */
  static final String INSTRUCTIONS = "Classify the customer's message into exactly one intent: refund, shipping, "
      + "account, cancel or other. Answer with the intent only.\n\nMessage: ";

  @Prompt
  String prompt(TestCase c) {
    return INSTRUCTIONS + c.input();
  }

  @Judge
  OneOfJudge intent() {
    return Judges.oneOf("refund", "shipping", "account", "cancel", "other");
  }
}
