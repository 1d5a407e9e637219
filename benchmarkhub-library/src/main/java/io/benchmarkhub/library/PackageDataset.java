package io.benchmarkhub.library;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cases of a benchmark package as a {@link Dataset}, named {@code name@version} so that a run on it records
 * which package it used; the cases stream from the package's {@code cases.jsonl}.
 */
public final class PackageDataset implements Dataset {
  private final BenchmarkPackage pkg;
  private final Dataset cases;

  /** The cases of {@code pkg}, a loaded (so checked) package. */
  public PackageDataset(BenchmarkPackage pkg) {
    this.pkg = pkg;
    this.cases = Dataset.jsonl(pkg.casesFile());
  }

  /** {@return the package the cases come from} */
  public BenchmarkPackage benchmarkPackage() {
    return pkg;
  }

  /** {@return {@code name@version}} */
  @Override
  public String name() {
    return pkg.ref().toString();
  }

  @Override
  public Stream<TestCase> cases() {
    return cases.cases();
  }

  /** {@return the SHA-256 of {@code cases.jsonl}, read again}; equal to the manifest's when the file is intact */
  @Override
  public Optional<String> sha256() {
    return cases.sha256();
  }

  @Override
  public String toString() {
    return "Dataset[library, " + name() + " in " + pkg.dir() + "]";
  }
}
