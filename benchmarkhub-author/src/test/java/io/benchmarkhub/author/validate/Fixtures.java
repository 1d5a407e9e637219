package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written datasets for the check tests: each case on a numbered line of cases.jsonl. */
final class Fixtures {
  static final String FILE = "cases.jsonl";

  private Fixtures() {}

  /** {@return a case read from line {@code line} of cases.jsonl, with id "c" + line} */
  static TestCase.Builder at(int line, String input, String expected) {
    return TestCase.builder().id("c" + line).input(input).expected(expected).source(new SourceLocation(FILE, line));
  }

  /** {@return cases built from (input, expected) pairs, on lines 1, 2, ...} */
  static List<TestCase> lines(String... inputExpected) {
    List<TestCase> out = new ArrayList<>();
    for (int i = 0; i < inputExpected.length; i += 2) {
      out.add(at(i / 2 + 1, inputExpected[i], inputExpected[i + 1]).build());
    }
    return out;
  }

  /** {@return a multiple-choice case on a line} */
  static TestCase choice(int line, String question, String expected, String... choices) {
    return at(line, question, expected).variable("choices", List.of(choices)).build();
  }

  static ValidationInput input(BenchmarkDesign design, List<TestCase> cases) {
    return new ValidationInput(FILE, cases, design, List.of(), ValidationSettings.defaults());
  }

  static ValidationInput input(TaskType type, List<TestCase> cases) {
    return input(BenchmarkDesign.of(type), cases);
  }

  static BenchmarkDesign labels(String... labels) {
    return new BenchmarkDesign(TaskType.CLASSIFICATION, List.of(), List.of(), List.of(labels));
  }

  /** {@return the "file:line" of each finding's location} */
  static List<String> where(CheckResult r) {
    return r.findings().stream().map(f -> String.valueOf(f.location())).toList();
  }
}
