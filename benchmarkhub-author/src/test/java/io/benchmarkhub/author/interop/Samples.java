package io.benchmarkhub.author.interop;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The sample files of other tools under {@code src/test/resources/interop}. */
final class Samples {
  private Samples() {}

  static Path path(String name) {
    try {
      return Path.of(Objects.requireNonNull(Samples.class.getResource("/interop/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
