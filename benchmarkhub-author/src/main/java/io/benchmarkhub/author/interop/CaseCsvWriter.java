package io.benchmarkhub.author.interop;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a dataset as the CSV {@code Dataset.csv} reads: the header {@code id,input,expected,tags,difficulty}, then a
 * {@code var.<name>} column per variable and a {@code meta.<name>} column per metadata entry that any case has; tags
 * joined by {@code |}; an absent value an empty cell. The dataset is read twice (once for the columns), never held
 * in memory.
 *
 * <p>A CSV cell is text, so numbers and booleans are written as text and read back as text. A chat case, a list or
 * map value, and a tag containing {@code |} cannot be written: each is an {@link InteropException} naming the case
 * and where it came from; export those datasets as JSONL.
 */
public final class CaseCsvWriter {
  private static final List<String> FIXED = List.of("id", "input", "expected", "tags", "difficulty");

  private CaseCsvWriter() {}

  /**
   * Writes the dataset to {@code file}, replacing it (folders are created).
   *
   * @return the number of cases written
   * @throws InteropException naming the first case CSV cannot hold
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static long write(Dataset dataset, Path file) {
    Set<String> vars = new LinkedHashSet<>();
    Set<String> meta = new LinkedHashSet<>();
    try (Stream<TestCase> cases = dataset.cases()) {
      cases.forEach(c -> {
        check(c);
        vars.addAll(c.variables().keySet());
        meta.addAll(c.metadata().keySet());
      });
    }
    List<String> header = new ArrayList<>(FIXED);
    vars.forEach(v -> header.add("var." + v));
    meta.forEach(m -> header.add("meta." + m));
    long count = 0;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
          Stream<TestCase> cases = dataset.cases()) {
        csv.writeRecord(header);
        for (TestCase c : (Iterable<TestCase>) cases::iterator) {
          csv.writeRecord(row(c, vars, meta));
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return count;
  }

  private static List<String> row(TestCase c, Set<String> vars, Set<String> meta) {
    List<String> row = new ArrayList<>();
    row.add(c.id());
    row.add(c.input());
    row.add(c.expected().orElse(""));
    row.add(String.join("|", c.tags()));
    row.add(c.difficulty().orElse(""));
    vars.forEach(v -> row.add(cell(c.variables().get(v))));
    meta.forEach(m -> row.add(cell(c.metadata().get(m))));
    return row;
  }

  private static String cell(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static void check(TestCase c) {
    if (c.isChat()) {
      throw cannot(c, "is a chat conversation, which a CSV input cell cannot hold");
    }
    for (String tag : c.tags()) {
      if (tag.contains("|")) {
        throw cannot(c, "has the tag '" + tag + "', but CSV tags are separated by |");
      }
    }
    check(c, "variable", c.variables());
    check(c, "metadata entry", c.metadata());
  }

  private static void check(TestCase c, String kind, Map<String, Object> values) {
    values.forEach((k, v) -> {
      if (v instanceof List || v instanceof Map) {
        throw cannot(c, "has the " + kind + " '" + k + "', a " + (v instanceof List ? "list" : "map")
            + ", which a CSV cell cannot hold");
      }
    });
  }

  private static InteropException cannot(TestCase c, String problem) {
    String at = c.source().map(s -> s.resource()).orElse("dataset");
    int line = c.source().map(s -> s.line()).orElse(0);
    return new InteropException(at, line, "", "case " + c.id() + " " + problem + "; export as jsonl instead");
  }
}
