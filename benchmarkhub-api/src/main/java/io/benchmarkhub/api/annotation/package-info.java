/**
 * Annotations that declare a benchmark as a class, run by the {@code benchmarkhub} JUnit engine.
 *
 * <p>Their names match the vocabulary types of {@code io.benchmarkhub.api} ({@code Benchmark},
 * {@code Dataset}, {@code Judge}); an annotated benchmark class rarely needs those types, and where
 * it does, qualify one of the two.
 */
package io.benchmarkhub.api.annotation;
