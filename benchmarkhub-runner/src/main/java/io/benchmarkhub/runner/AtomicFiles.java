package io.benchmarkhub.runner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content all at once: writes a temporary file beside it, then renames that over it,
 * so a reader (in any thread or JVM) sees the old content or the new, never a part.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** What to write, as UTF-8 text. */
  @FunctionalInterface
  interface Content {
    /** Writes the content. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes the content to the target, creating its directory; the rename is atomic where the file
   * system allows it, and a plain replace elsewhere. The temporary file is removed on failure.
   *
   * @throws IOException when the directory, the temporary file or the rename fails
   */
  static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
