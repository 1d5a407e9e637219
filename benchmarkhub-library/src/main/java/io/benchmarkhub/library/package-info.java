/**
 * Sharing benchmarks: the benchmark package format and the git-backed library.
 *
 * <p>A {@link io.benchmarkhub.library.BenchmarkPackage} is a folder (or, through
 * {@link io.benchmarkhub.library.PackageJar}, a jar) holding a manifest ({@link io.benchmarkhub.library.PackageManifest},
 * {@code benchmark.json}, with a JSON Schema), a run definition ({@code benchmark.yaml}), the cases
 * ({@code cases.jsonl}), and optionally cassettes, a validation report and reference results.
 * {@link io.benchmarkhub.library.BenchmarkPackage#pack} builds one from a benchmark file and its
 * {@link io.benchmarkhub.library.PackageMetadata} ({@code package.yaml}).
 *
 * <p>A {@link io.benchmarkhub.library.Library} is a git repository holding published packages under
 * {@code <name>/<version>/} and a {@link io.benchmarkhub.library.LibraryIndex}: publish, search
 * ({@link io.benchmarkhub.library.LibraryQuery}), fork and install, with versions immutable once published.
 */
package io.benchmarkhub.library;
