package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs checks over a dataset and makes the {@link ValidationReport}. */
public final class Validator {
  private final List<Check> checks;
  private final Clock clock;

  private Validator(List<Check> checks, Clock clock) {
    this.checks = List.copyOf(checks);
    this.clock = clock;
  }

  /** {@return a validator with every standard check ({@link Checks#all()})} */
  public static Validator standard() {
    return new Validator(Checks.all(), Clock.systemUTC());
  }

  /** {@return a validator with these checks, in this order} */
  public static Validator of(List<Check> checks) {
    return new Validator(checks, Clock.systemUTC());
  }

  /** {@return this validator stamping reports with the given clock's time} */
  public Validator withClock(Clock clock) {
    return new Validator(checks, clock);
  }

  /** {@return the checks, in report order} */
  public List<Check> checks() {
    return checks;
  }

  /**
   * {@return the report of these checks on this input}
   *
   * @throws IllegalStateException naming the check, when a check itself breaks (a bug, not bad data)
   */
  public ValidationReport validate(ValidationInput input) {
    List<CheckResult> results = new ArrayList<>(checks.size());
    for (Check check : checks) {
      try {
        results.add(check.run(input));
      } catch (RuntimeException e) {
        throw new IllegalStateException("validation check '" + check.id() + "' broke on " + input.dataset() + ": "
            + e, e);
      }
    }
    Set<String> models = new LinkedHashSet<>();
    for (RunSummary run : input.references()) {
      for (ModelSummary m : run.models()) {
        models.add(m.model());
      }
    }
    return new ValidationReport(input.dataset(), input.cases().size(), input.design(), List.copyOf(models), results,
        QualityScore.of(results), clock.instant(), BenchmarkHub.version());
  }
}
