package io.benchmarkhub.library;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One reference result added to a package by {@link ReferenceResults#add}.
 *
 * @param runId the run's id
 * @param file the summary written, {@code results/<run-id>.summary.json}
 * @param warning why the result deserves a second look (the run recorded no dataset checksum), or {@code null}
 */
public record ReferenceResult(String runId, Path file, String warning) {
  /** Checks the values. */
  public ReferenceResult {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(file, "file");
  }

  /** {@return the warning, empty when there is none} */
  public Optional<String> warningText() {
    return Optional.ofNullable(warning);
  }
}
