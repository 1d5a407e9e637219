package io.benchmarkhub.author.interop;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.generate.CaseJsonlWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes any dataset as our JSONL (see {@link CaseJsonlWriter}), a thousand cases at a time, so a dataset of any
 * size is never held in memory.
 */
public final class JsonlExport {
  private static final int BATCH = 1000;

  private JsonlExport() {}

  /**
   * Writes the dataset to {@code file}, replacing it (folders are created).
   *
   * @return the number of cases written
   * @throws java.io.UncheckedIOException naming the file when it cannot be written
   */
  public static long write(Dataset dataset, Path file) {
    return write(dataset, file, c -> {});
  }

  /** As {@link #write(Dataset, Path)}, showing each case to {@code each} before it is written. */
  static long write(Dataset dataset, Path file, Consumer<TestCase> each) {
    List<TestCase> batch = new ArrayList<>(BATCH);
    long count = 0;
    CaseJsonlWriter.write(List.of(), file);
    try (Stream<TestCase> cases = dataset.cases()) {
      for (TestCase c : (Iterable<TestCase>) cases::iterator) {
        each.accept(c);
        batch.add(c);
        count++;
        if (batch.size() == BATCH) {
          CaseJsonlWriter.append(batch, file);
          batch.clear();
        }
      }
    }
    CaseJsonlWriter.append(batch, file);
    return count;
  }
}
