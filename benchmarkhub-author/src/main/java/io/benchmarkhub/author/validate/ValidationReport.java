package io.benchmarkhub.author.validate;

import io.benchmarkhub.author.BenchmarkDesign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The validation report of a dataset: every check's result, the quality score and the
 * recommendations, worst first.
 *
 * @param dataset the dataset's name or file
 * @param caseCount how many cases it has
 * @param design what the author declared
 * @param referenceModels the reference models whose results were used ({@code provider:model}), empty
 *     when none
 * @param checks every check's result, in the validator's order
 * @param score the overall quality score and its parts
 * @param createdAt when the report was made
 * @param version the BenchmarkHub version that made it
 */
public record ValidationReport(String dataset, int caseCount, BenchmarkDesign design, List<String> referenceModels,
    List<CheckResult> checks, QualityScore score, Instant createdAt, String version) {

  /** Checks and copies the values. */
  public ValidationReport {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(design, "design");
    referenceModels = List.copyOf(referenceModels);
    checks = List.copyOf(checks);
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(version, "version");
  }

  /** {@return the recommendations of the failing checks, then of the warning ones, each prefixed by its check id} */
  public List<String> recommendations() {
    List<String> out = new ArrayList<>();
    for (CheckStatus status : List.of(CheckStatus.FAIL, CheckStatus.WARN)) {
      for (CheckResult r : checks) {
        if (r.status() == status && !r.recommendation().isEmpty()) {
          out.add(r.id() + ": " + r.recommendation());
        }
      }
    }
    return out;
  }

  /** {@return whether any check failed} */
  public boolean failed() {
    return checks.stream().anyMatch(r -> r.status() == CheckStatus.FAIL);
  }

  /** {@return the result of a check by id} */
  public java.util.Optional<CheckResult> check(String id) {
    return checks.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
