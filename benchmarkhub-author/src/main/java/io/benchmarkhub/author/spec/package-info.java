/**
 * Benchmark files: a benchmark defined in YAML or JSON, no Java needed ({@link
 * io.benchmarkhub.author.spec.BenchmarkFile}), with its gates ({@link io.benchmarkhub.author.spec.BenchmarkGates})
 * and what a run may change without editing it ({@link io.benchmarkhub.author.spec.RunOptions}). The format's JSON
 * Schema ships in this jar as {@value io.benchmarkhub.author.spec.BenchmarkFile#SCHEMA_RESOURCE}. Every problem in a
 * file is one {@link io.benchmarkhub.author.spec.BenchmarkFileException} naming the file, line, column and field.
 */
package io.benchmarkhub.author.spec;
