package io.benchmarkhub.author.validate;

/** How a check came out. */
public enum CheckStatus {
  /** Nothing to fix. */
  PASS,
  /** Worth a look; the benchmark is usable. */
  WARN,
  /** A defect that makes results misleading; fix before trusting the benchmark. */
  FAIL,
  /** The check does not apply (wrong task type, no reference results, nothing declared). */
  NOT_APPLICABLE
}
