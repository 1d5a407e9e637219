package io.benchmarkhub.api;

import io.benchmarkhub.api.internal.dataset.ClasspathSource;
import io.benchmarkhub.api.internal.dataset.DatasetFormat;
import io.benchmarkhub.api.internal.dataset.DatasetResolvers;
import io.benchmarkhub.api.internal.dataset.FileSource;
import io.benchmarkhub.api.internal.dataset.StreamingDataset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
 *
 * <h2>Dataset files</h2>
 *
 * <p>{@link #jsonl(Path)}, {@link #csv(Path)}, {@link #json(Path)}, {@link #classpath(String)}
 * and {@link #from(String)} read files as UTF-8 (a UTF-8 byte order mark is skipped; a UTF-16
 * byte order mark switches to UTF-16). They stream: memory does not grow with the file. A case
 * in JSONL (one object per line; blank lines are skipped) or JSON (one array of objects) has
 * these fields:
 *
 * <ul>
 *   <li>{@code input} (required): the text sent to the model, or a chat conversation as an array
 *       of {@code {"role": "system"|"user"|"assistant", "content": "..."}} objects. Alias: {@code
 *       messages} (an array).
 *   <li>{@code id}: a string or number, unique in the dataset; without one the id is derived from
 *       the content (see {@link TestCase#id()}).
 *   <li>{@code expected}: the expected output; a number or boolean becomes its text, an object
 *       or array its compact JSON. Aliases: {@code ideal} (OpenAI Evals), {@code target}
 *       (Inspect).
 *   <li>{@code vars}: an object of variables for prompt templates (strings, numbers as {@code
 *       Long}, {@code Double} or {@code BigDecimal}, booleans, lists, maps). Alias: {@code
 *       variables}.
 *   <li>{@code tags} (array of strings), {@code difficulty} (string or number), {@code metadata}
 *       (object).
 * </ul>
 *
 * <p>A JSON {@code null} means the field is absent. Any other field is an error. A CSV dataset
 * has a header row naming its columns: {@code id}, {@code input} (required), {@code expected},
 * {@code tags} (separated by {@code |}), {@code difficulty}, {@code var.<name>} for a variable and
 * {@code meta.<name>} for a metadata entry; an empty cell means absent. Every case records its
 * {@link TestCase#source() source} (file and starting line).
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
   * {@return the hex SHA-256 of the dataset's bytes}: a file's or classpath resource's content, read
   * once more for it (about 2 s a gigabyte); empty for a dataset held in memory. Results record it
   * ({@link RunInfo#datasetSha256()}), so anyone can tell whether two results were on the same data.
   *
   * @throws DatasetException when the source cannot be read
   */
  default java.util.Optional<String> sha256() {
    return java.util.Optional.empty();
  }

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

  /**
   * {@return a JSONL dataset: one JSON case object per line of {@code file}}. Nothing is read
   * until {@link #cases()} is called; a missing file is reported then.
   *
   * @param file the file, never null; its extension does not matter
   */
  static Dataset jsonl(Path file) {
    return new StreamingDataset(new FileSource(file), DatasetFormat.JSONL);
  }

  /**
   * {@return a CSV dataset: a header row, then one case per row of {@code file}}. Nothing is
   * read until {@link #cases()} is called; a missing file is reported then.
   *
   * @param file the file, never null; its extension does not matter
   */
  static Dataset csv(Path file) {
    return new StreamingDataset(new FileSource(file), DatasetFormat.CSV);
  }

  /**
   * {@return a JSON dataset: {@code file} holds one array of case objects}, read token by token.
   * Nothing is read until {@link #cases()} is called; a missing file is reported then.
   *
   * @param file the file, never null; its extension does not matter
   */
  static Dataset json(Path file) {
    return new StreamingDataset(new FileSource(file), DatasetFormat.JSON);
  }

  /**
   * {@return a dataset read from a classpath resource}, named {@code classpath:<resource>}. The
   * format follows the extension: {@code .jsonl}, {@code .csv} or {@code .json}. The resource is
   * looked up with the thread context class loader of the calling thread, then with the loader
   * of this interface; a missing resource is reported when {@link #cases()} is called.
   *
   * <pre>{@code
   * Dataset d = Dataset.classpath("datasets/support-intent.jsonl"); // src/test/resources/datasets/
   * }</pre>
   *
   * @param resource the path relative to the classpath root, such as {@code "cases.jsonl"}; a
   *     leading slash is ignored
   * @throws DatasetException when the extension names no supported format
   */
  static Dataset classpath(String resource) {
    Objects.requireNonNull(resource, "resource");
    ClasspathSource source = new ClasspathSource(resource);
    return new StreamingDataset(source, DatasetFormat.byExtension(source.name()));
  }

  /**
   * {@return the dataset at {@code location}}: {@code "classpath:cases.jsonl"} for a classpath
   * resource (see {@link #classpath(String)}); {@code "library:legal-clause-risk@1.2.0"} (or
   * {@code "library:legal-clause-risk"} for the latest) for the cases of a benchmark package, from
   * a package jar on the class path or the local package cache (needs {@code benchmarkhub-library});
   * another {@code <scheme>:} for which a {@link io.benchmarkhub.api.spi.DatasetResolver} is
   * registered; anything else a file path. The format of a file or resource follows the
   * extension: {@code .jsonl}, {@code .csv} or {@code .json}.
   *
   * @param location a {@code classpath:} resource, a {@code library:} package, or a file path,
   *     never null
   * @throws DatasetException when the extension names no supported format, the location is not a
   *     valid path, or a resolver cannot resolve it (its message says how to get the dataset)
   */
  static Dataset from(String location) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith(ClasspathSource.PREFIX)) {
      return classpath(location.substring(ClasspathSource.PREFIX.length()));
    }
    java.util.Optional<Dataset> resolved = DatasetResolvers.resolve(location);
    if (resolved.isPresent()) {
      return resolved.get();
    }
    DatasetFormat format = DatasetFormat.byExtension(location);
    Path file;
    try {
      file = Path.of(location);
    } catch (InvalidPathException e) {
      throw new DatasetException(location, 0, 0, "is not a valid file path (" + e.getReason()
          + "). Give a file path, or classpath:<resource> for a classpath resource.", e);
    }
    return new StreamingDataset(new FileSource(file), format);
  }
}
