package io.benchmarkhub.author.validate;

/** The part of the quality score a check counts toward. */
public enum CheckCategory {
  /** Well-formed cases: schema, duplicates, empty or contradictory expected answers, label balance. */
  STRUCTURE,
  /** Coverage of the declared concepts and difficulty levels. */
  COVERAGE,
  /** Measured against reference models' results: difficulty, discrimination, reliability, judges. */
  CALIBRATION,
  /** Shortcuts a model could exploit or unfairness it could show: position, length, demographic terms. */
  BIAS,
  /** The answer reachable without solving the task: expected in the input, overlap between cases. */
  LEAKAGE
}
