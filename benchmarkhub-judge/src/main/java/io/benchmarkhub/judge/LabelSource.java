package io.benchmarkhub.judge;

import io.benchmarkhub.api.DatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a labels file's bytes come from: a file or a classpath resource. */
abstract class LabelSource {

  /** {@return the name used in messages: the path as given, or {@code classpath:<resource>}} */
  abstract String name();

  /**
   * {@return the bytes from the start}; the caller closes the stream
   *
   * @throws DatasetException when the source is missing or cannot be opened
   */
  abstract InputStream open();

  static LabelSource file(Path file) {
    return new LabelSource() {
      @Override
      String name() {
        return file.toString();
      }

      @Override
      InputStream open() {
        if (Files.isDirectory(file)) {
          throw new DatasetException(name(), 0, 0, "is a directory, not a labels file. Name a .jsonl or .csv"
              + " file instead.");
        }
        try {
          return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
          throw new DatasetException(name(), 0, 0, "file not found (looked for " + file.toAbsolutePath().normalize()
              + "). Check the path; a relative path is resolved against the working directory, "
              + Path.of("").toAbsolutePath() + ".", e);
        } catch (AccessDeniedException e) {
          throw new DatasetException(name(), 0, 0, "the file cannot be read: permission denied. Make it readable"
              + " for the user running the calibration.", e);
        } catch (IOException e) {
          throw new DatasetException(name(), 0, 0, "the file cannot be opened (" + e + "). Check that it exists"
              + " and is readable.", e);
        }
      }
    };
  }

  static LabelSource classpath(String path) {
    String resource = path.startsWith("/") ? path.substring(1) : path;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return new LabelSource() {
      @Override
      String name() {
        return HumanLabels.CLASSPATH + resource;
      }

      @Override
      InputStream open() {
        InputStream in = context == null ? null : context.getResourceAsStream(resource);
        ClassLoader own = HumanLabels.class.getClassLoader();
        if (in == null && own != null && own != context) {
          in = own.getResourceAsStream(resource);
        }
        if (in == null) {
          throw new DatasetException(name(), 0, 0, "classpath resource not found. Put the file under"
              + " src/test/resources (or src/main/resources) and give its path relative to that folder,"
              + " e.g. classpath:labels/human.jsonl; or check the spelling.");
        }
        return in;
      }
    };
  }
}
