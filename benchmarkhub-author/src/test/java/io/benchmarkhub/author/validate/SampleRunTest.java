package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleRunTest {
  @Test
  void print() {
    var cases = Dataset.jsonl(Path.of("../samples/src/test/resources/support-intent.jsonl")).toList();
    var design = new BenchmarkDesign(TaskType.CLASSIFICATION, List.of(), List.of("easy", "medium", "hard"),
        List.of("refund", "shipping", "account", "cancel", "other"));
    var report = Validator.standard().validate(new ValidationInput("support-intent.jsonl", cases, design, List.of(),
        ValidationSettings.defaults()));
    for (CheckResult r : report.checks()) {
      System.out.println(r.id() + " " + r.status() + " " + r.score() + " " + r.summary());
      r.findings().stream().limit(4).forEach(f -> System.out.println("   " + f.location() + " " + f.message()));
    }
    System.out.println(report.score());
  }
}
