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
 *
 * <p>Published versions are reviewed in the library ({@link io.benchmarkhub.library.Library#review},
 * {@link io.benchmarkhub.library.ReviewAction}): draft, in-review, approved or changes-requested, kept under
 * {@code reviews/<name>/<version>/}; the index carries each version's current state, reviewers and computed
 * verified mark ({@link io.benchmarkhub.library.LibraryEntry}).
 *
 * <p>{@link io.benchmarkhub.library.LibraryDatasetResolver} lets {@code Dataset.from} and {@code @Dataset} read
 * {@code library:NAME@VERSION}: the cases of a package jar on the class path or of an installed package.
 */
package io.benchmarkhub.library;
