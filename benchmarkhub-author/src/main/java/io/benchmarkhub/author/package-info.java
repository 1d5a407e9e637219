/**
 * Authoring benchmarks: what a benchmark is meant to cover ({@link io.benchmarkhub.author.BenchmarkDesign}),
 * the fields of a case that authoring reads ({@link io.benchmarkhub.author.CaseFields}), and below it
 * benchmark files ({@code spec}), case generation ({@code generate}), text similarity ({@code text})
 * and the validation report ({@code validate}).
 */
package io.benchmarkhub.author;
