package io.benchmarkhub.junit.internal;

import org.junit.platform.engine.TestDescriptor;

/** Finds the benchmark a descriptor belongs to. */
final class Benchmarks {
  private Benchmarks() {}

  static BenchmarkDescriptor of(TestDescriptor descriptor) {
    TestDescriptor d = descriptor;
    while (d != null && !(d instanceof BenchmarkDescriptor)) {
      d = d.getParent().orElse(null);
    }
    if (d == null) {
      throw new IllegalStateException(descriptor.getUniqueId() + " is not inside a benchmark");
    }
    return (BenchmarkDescriptor) d;
  }
}
