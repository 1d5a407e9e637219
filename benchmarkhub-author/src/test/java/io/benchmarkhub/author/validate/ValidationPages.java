package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A validation report with hostile text, fixed results and a coverage grid, for the page's tests. */
final class ValidationPages {
  /** A finding message that would run script if it became markup. */
  static final String HOSTILE = "</script><img src=x onerror=alert(1)>";
  /** A dataset name that would end the title or a tag if not escaped. */
  static final String DATASET = "cases\"</title><b>bold</b>.jsonl";
  static final BenchmarkDesign DESIGN = new BenchmarkDesign(TaskType.QUESTION_ANSWERING, List.of("math", "history"),
      List.of("easy", "hard"), List.of());

  private ValidationPages() {}

  /** A check that returns what it is given, for pages whose checks' results are fixed. */
  record FixedCheck(String id, CheckCategory category, CheckStatus status, double score, List<Finding> findings,
      Map<String, Object> figures) implements Check {
    @Override
    public String title() {
      return "Fixed " + id;
    }

    @Override
    public String description() {
      return "Returns a fixed result <for> tests.";
    }

    @Override
    public CheckResult run(ValidationInput input) {
      return CheckResult.of(this, status, score, id + " found " + findings.size() + " <things>", findings, figures,
          "Fix <b>it</b>.");
    }
  }

  /** {@return the checks: hostile (structure, warn 0.5), concept-coverage (pass 1, with a grid), reliability (n/a)} */
  static List<Check> checks() {
    Finding hostile = Finding.of("q1", new SourceLocation("cases.jsonl", 3), HOSTILE);
    Finding pair = new Finding(List.of("q2", "q3"), null, "a pair");
    return List.of(new FixedCheck("hostile", CheckCategory.STRUCTURE, CheckStatus.WARN, 0.5, List.of(hostile, pair),
        Map.of()), new FixedCheck("concept-coverage", CheckCategory.COVERAGE, CheckStatus.PASS, 1.0, List.of(),
        Map.of("grid", Map.of("math", Map.of("easy", 2, "hard", 0), "History", Map.of("easy", 1), "art",
            Map.of("medium", 4)))), new ReliabilityCheck());
  }

  /** {@return the report of {@link #checks()} on three cases, made at 2026-01-05T10:00:00Z} */
  static ValidationReport report() {
    List<TestCase> cases = ReferenceRuns.cases("q1", "q2", "q3");
    return Validator.of(checks()).withClock(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC))
        .validate(new ValidationInput(DATASET, cases, DESIGN, List.of(), ValidationSettings.defaults()));
  }
}
