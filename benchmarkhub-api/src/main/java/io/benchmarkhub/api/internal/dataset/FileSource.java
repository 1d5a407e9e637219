package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.DatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** A dataset file, named by the path as the user gave it. */
public final class FileSource implements DatasetSource {
  private final Path file;

  /** A source reading {@code file}. */
  public FileSource(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public InputStream open() {
    if (Files.isDirectory(file)) {
      throw new DatasetException(name(), 0, 0, "is a directory, not a dataset file. Name a .jsonl,"
          + " .csv or .json file instead.");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new DatasetException(name(), 0, 0, "file not found (looked for "
          + file.toAbsolutePath().normalize() + "). Check the path; a relative path is resolved"
          + " against the working directory, " + Path.of("").toAbsolutePath() + ".", e);
    } catch (AccessDeniedException e) {
      throw new DatasetException(name(), 0, 0, "the file cannot be read: permission denied."
          + " Make it readable for the user running the benchmark.", e);
    } catch (IOException e) {
      throw new DatasetException(name(), 0, 0, "the file cannot be opened (" + e + ")."
          + " Check that it exists and is readable.", e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
