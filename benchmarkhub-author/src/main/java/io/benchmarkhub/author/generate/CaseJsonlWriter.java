package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.TestCase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes cases as JSONL in the dataset format {@code Dataset.jsonl} reads: one object per line with
 * {@code id}, {@code input} (text, or the conversation of a chat case), {@code expected},
 * {@code vars}, {@code tags}, {@code difficulty} and {@code metadata}, each left out when empty.
 */
public final class CaseJsonlWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseJsonlWriter() {}

  /**
   * Writes the cases to a new file, replacing one that exists (folders are created).
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(List<TestCase> cases, Path file) {
    write(cases, file, false);
  }

  /**
   * Appends the cases to a file (created when missing), starting on a new line.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void append(List<TestCase> cases, Path file) {
    write(cases, file, true);
  }

  private static void write(List<TestCase> cases, Path file, boolean append) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      boolean needsNewline = append && Files.isRegularFile(file) && Files.size(file) > 0 && !endsWithNewline(file);
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        if (needsNewline) {
          w.write('\n');
        }
        for (TestCase c : cases) {
          w.write(JSON.writeValueAsString(line(c)));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cases to " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (var ch = Files.newByteChannel(file)) {
      ch.position(ch.size() - 1);
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      ch.read(last);
      return last.get(0) == '\n';
    }
  }

  /** {@return the JSON object of one case, fields in dataset order} */
  static Map<String, Object> line(TestCase c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", c.id());
    if (c.isChat()) {
      o.put("input", c.messages().stream()
          .map(m -> Map.of("role", m.role().wireName(), "content", m.content())).toList());
    } else {
      o.put("input", c.input());
    }
    c.expected().ifPresent(e -> o.put("expected", e));
    if (!c.variables().isEmpty()) {
      o.put("vars", c.variables());
    }
    if (!c.tags().isEmpty()) {
      o.put("tags", c.tags());
    }
    c.difficulty().ifPresent(d -> o.put("difficulty", d));
    if (!c.metadata().isEmpty()) {
      o.put("metadata", c.metadata());
    }
    return o;
  }
}
