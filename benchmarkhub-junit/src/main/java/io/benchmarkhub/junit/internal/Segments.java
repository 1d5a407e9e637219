package io.benchmarkhub.junit.internal;

/** The fixed segment types of the engine's unique ids. */
final class Segments {
  static final String BENCHMARK = "benchmark";
  static final String MODEL = "model";
  static final String CASE = "case";
  static final String REPEAT = "repeat";
  static final String GATE = "gate";
  static final String DEFINITION = "definition";

  private Segments() {}
}
