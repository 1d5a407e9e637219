package io.benchmarkhub.author.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes YAML as people write it: no document marker, quotes only where needed, lists indented under keys. */
public final class BenchmarkYaml {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

  private BenchmarkYaml() {}

  /**
   * Writes an imported benchmark file, its {@code dataset} pointing at {@code cases} relative to the file's folder,
   * after a comment naming where it came from. Folders are created; an existing file is replaced.
   *
   * @param fields the fields of {@link ImportResult#benchmark()}
   * @param file the benchmark file to write, e.g. {@code qa.benchmark.yaml}
   * @param cases the cases file the benchmark runs
   * @param comment the first line's comment, e.g. {@code Imported from promptfooconfig.yaml}
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(Map<String, Object> fields, Path file, Path cases, String comment) {
    Path dir = file.toAbsolutePath().getParent();
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((key, value) -> {
      out.put(key, value);
      if (key.equals("taskType")) {
        out.put("dataset", dir.relativize(cases.toAbsolutePath()).toString().replace('\\', '/'));
      }
    });
    try {
      Files.createDirectories(dir);
      Files.writeString(file, "# " + comment + "\n" + yaml(out), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@return the value as YAML text} */
  static String yaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists are always YAML: " + e.getOriginalMessage(), e);
    }
  }
}
