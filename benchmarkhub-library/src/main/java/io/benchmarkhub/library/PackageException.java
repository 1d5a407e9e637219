package io.benchmarkhub.library;

import io.benchmarkhub.api.BenchmarkException;
import java.util.List;

/**
 * A benchmark package that cannot be read, written or trusted: each problem names the file and the field, e.g.
 * {@code legal-clause-risk/benchmark.json: $.license: 'CC-BY' is not an SPDX licence id; e.g. CC-BY-4.0}. The
 * message joins every problem on one line.
 */
public class PackageException extends BenchmarkException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /** A package with one problem. */
  public PackageException(String problem) {
    this(List.of(problem));
  }

  /** A package with one problem, caused by {@code cause}. */
  public PackageException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = List.of(problem);
  }

  /** A package with these problems, at least one. */
  public PackageException(List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems is empty");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, each naming its file and field} */
  public List<String> problems() {
    return problems;
  }
}
