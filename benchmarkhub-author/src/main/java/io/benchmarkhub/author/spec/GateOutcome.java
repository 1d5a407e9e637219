package io.benchmarkhub.author.spec;

import io.benchmarkhub.runner.GateCheck;
import java.util.Objects;
import java.util.Optional;

/**
 * One gate of a benchmark file checked on one model of a finished run.
 *
 * @param model the model's id in results
 * @param gate the gate
 * @param violation why the gate does not hold, with the numbers; empty when it holds
 * @param knownFailing whether the file declares the model failing its gates ({@code gates.knownFailing})
 */
public record GateOutcome(String model, GateCheck gate, Optional<String> violation, boolean knownFailing) {

  /** How a gate came out on a model. */
  public enum Status {
    /** The gate holds. */
    PASSED,
    /** The gate does not hold: the check fails. */
    FAILED,
    /** The gate does not hold on a model declared known-failing: reported, not failing. */
    KNOWN_FAILING,
    /** The gate holds on a model declared known-failing: the declaration is stale, the check fails. */
    NOW_PASSING
  }

  /** Checks the values. */
  public GateOutcome {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(violation, "violation");
  }

  /** {@return how the gate came out} */
  public Status status() {
    if (violation.isPresent()) {
      return knownFailing ? Status.KNOWN_FAILING : Status.FAILED;
    }
    return knownFailing ? Status.NOW_PASSING : Status.PASSED;
  }

  /** {@return whether this outcome fails the check}: a failed gate, or a known-failing model that now passes */
  public boolean fails() {
    return status() == Status.FAILED || status() == Status.NOW_PASSING;
  }

  /**
   * {@return the outcome as one line}, e.g. {@code gate pass-rate ≥ 0.85 (95% lower bound) [openai:gpt-4o-mini]
   * failed: pass rate of openai:gpt-4o-mini 0.80 (95% CI 0.49–0.94, 8 of 10 graded) lower bound 0.49 < 0.85}
   */
  public String describe() {
    String head = "gate " + gate.describe() + " [" + model + "]";
    return switch (status()) {
      case PASSED -> head + " passed";
      case FAILED -> head + " failed: " + violation.get();
      case KNOWN_FAILING -> head + " failed, as declared in gates.knownFailing: " + violation.get();
      case NOW_PASSING -> head + " now passes, but gates.knownFailing declares " + model
          + " failing: remove it from knownFailing";
    };
  }
}
