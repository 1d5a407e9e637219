package io.benchmarkhub.author.validate;

/**
 * One named, documented check of the validation report. A check reads the dataset (and, when it
 * needs them, the reference results) from its {@link ValidationInput} and says what it found; it
 * returns {@link CheckResult#notApplicable} when it does not apply, and never throws for bad data
 * (bad data is a finding).
 */
public interface Check {
  /** {@return the stable id, lower case with dashes, e.g. {@code near-duplicates}} */
  String id();

  /** {@return a short title, e.g. "Near-duplicate cases"} */
  String title();

  /** {@return the part of the quality score it counts toward} */
  CheckCategory category();

  /** {@return what it measures, how, and its thresholds, in a few sentences} */
  String description();

  /** {@return what the check found in this input} */
  CheckResult run(ValidationInput input);
}
