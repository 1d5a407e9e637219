package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A dataset read from a file or classpath resource: each call to {@link #cases()} opens the
 * source again and streams it, holding one case (and the ids seen so far) in memory. Closing the
 * stream closes the source; so does reading it to the end or hitting an error.
 */
public final class StreamingDataset implements Dataset {
  private final DatasetSource source;
  private final DatasetFormat format;

  /** A dataset of {@code format} read from {@code source}. */
  public StreamingDataset(DatasetSource source, DatasetFormat format) {
    this.source = Objects.requireNonNull(source, "source");
    this.format = Objects.requireNonNull(format, "format");
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public Stream<TestCase> cases() {
    InputStream in = source.open();
    CaseIterator cases;
    try {
      cases = format.cases(name(), new DatasetTextReader(in));
    } catch (IOException | RuntimeException e) {
      closeQuietly(in, e);
      if (e instanceof DatasetException) {
        throw (DatasetException) e;
      }
      throw new DatasetException(name(), 0, 0, "the dataset could not be read (" + e
          + "). Check that the file is complete and readable.", e);
    }
    Spliterator<TestCase> spliterator = Spliterators.spliteratorUnknownSize(cases,
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(() -> {
      try {
        cases.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing " + name(), e);
      }
    });
  }

  private static void closeQuietly(InputStream in, Exception failure) {
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Reads the source once more, start to end, through SHA-256. */
  @Override
  public Optional<String> sha256() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    try (InputStream in = source.open()) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new DatasetException(source.name(), 0, 0, "cannot be read for its checksum: " + e.getMessage(), e);
    }
    return Optional.of(HexFormat.of().formatHex(sha.digest()));
  }

  @Override
  public String toString() {
    return "Dataset[" + format + ", " + name() + "]";
  }
}
