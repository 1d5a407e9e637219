package io.benchmarkhub.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * The cases of a benchmark, read as a stream so that a dataset of any size fits in memory.
 *
 * <p>Every call to {@link #cases()} reads the source again from the start; close the stream (use
 * try-with-resources) to release the file. Cases come in dataset order. A malformed input stops the
 * stream with a {@link DatasetException} naming the file, line and, where known, column.
 *
 * <pre>{@code
 * Dataset d = Dataset.of(TestCase.of("2+2?", "4"), TestCase.of("3+3?", "6"));
 * try (Stream<TestCase> cases = d.cases()) {
 *   cases.forEach(System.out::println);
 * }
 * }</pre>
 */
public interface Dataset {

  /** {@return a short name for messages and reports: the file path, resource or "inline"} */
  String name();

  /**
   * {@return the cases in dataset order}. The stream must be closed.
   *
   * @throws DatasetException when the source cannot be read or holds a malformed case; thrown
   *     either here or while the stream is consumed
   */
  Stream<TestCase> cases();

  /**
   * {@return all cases in a list}: convenient for small datasets, defeats streaming for big ones
   *
   * @throws DatasetException as {@link #cases()}
   */
  default List<TestCase> toList() {
    try (Stream<TestCase> s = cases()) {
      return s.toList();
    }
  }

  /**
   * {@return a dataset of these cases, held in memory}
   *
   * @throws DatasetException when two cases share an id
   */
  static Dataset of(TestCase... cases) {
    return of(List.of(cases));
  }

  /**
   * {@return a dataset of these cases, held in memory}
   *
   * @throws DatasetException when two cases share an id
   */
  static Dataset of(List<TestCase> cases) {
    return new InlineDataset(cases);
  }
}
