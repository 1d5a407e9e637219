/**
 * AssertJ-style assertions on benchmark results, for plain JUnit tests; start at
 * {@link io.benchmarkhub.junit.assertions.BenchmarkAssertions}.
 *
 * @since 0.1.0
 */
package io.benchmarkhub.junit.assertions;
