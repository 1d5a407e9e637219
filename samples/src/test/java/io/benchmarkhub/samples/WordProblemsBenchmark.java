package io.benchmarkhub.samples;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.annotation.Benchmark;
import io.benchmarkhub.api.annotation.Dataset;
import io.benchmarkhub.api.annotation.Gate;
import io.benchmarkhub.api.annotation.Judge;
import io.benchmarkhub.api.annotation.Model;
import io.benchmarkhub.api.annotation.Prompt;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.judge.NumericJudge;

/**
 * Grade-school word problems from a CSV file: the model reasons in prose and the numeric judge takes
 * the last number of the answer. The small Llama is declared to fail the gate: its test is reported
 * as skipped with its numbers, and fails the day it starts to pass.
 */
@Benchmark(name = "word-problems", version = "1.0.0")
@Model(value = "openai:gpt-4o-mini", temperature = 0, seed = 7)
@Model(value = "openrouter:meta-llama/llama-3.1-8b-instruct", temperature = 0, seed = 7)
@Dataset("classpath:word-problems.csv")
@Gate(passRate = 0.7, knownFailing = "openrouter:meta-llama/llama-3.1-8b-instruct")
public class WordProblemsBenchmark {

  @Prompt
  String prompt(TestCase c) {
    return "Solve the problem. Show your reasoning briefly, then give the final answer as a number on the last line.\n\n"
        + c.input();
  }

  @Judge
  NumericJudge answer() {
    return Judges.numeric().tolerance(0.01);
  }
}
