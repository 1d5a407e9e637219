package io.benchmarkhub.api.internal.dataset;

import java.io.InputStream;

/**
 * Where the bytes of a streaming dataset come from: a file, a classpath resource, or (in tests)
 * any stream. Each read of the dataset opens the source again.
 */
public interface DatasetSource {

  /** The name used in messages and in each case's source location. */
  String name();

  /**
   * Opens the source from its start; the caller closes the stream.
   *
   * @throws io.benchmarkhub.api.DatasetException when the source is missing or cannot be opened
   */
  InputStream open();
}
