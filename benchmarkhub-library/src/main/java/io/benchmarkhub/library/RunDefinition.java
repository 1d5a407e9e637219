package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.benchmarkhub.library.PackageManifest.JudgeSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run definition of a package, {@value #FILE}: a benchmark file as a tree, rewritten so that it runs from the
 * package wherever the package is (its dataset is {@code cases.jsonl}, its cassettes are in {@code cassettes/}, a
 * {@code jsonSchema} judge's {@code file} is inlined as {@code schema}), and the judge summaries and metrics the
 * manifest derives from it.
 */
final class RunDefinition {
  /** The run definition's file name in a package. */
  static final String FILE = "benchmark.yaml";
  /** The cases file's name in a package. */
  static final String CASES = "cases.jsonl";
  /** The cassettes folder's name in a package. */
  static final String CASSETTES = "cassettes";

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LLM_JUDGES = List.of("llmRubric", "criteria", "pairwise");

  private RunDefinition() {}

  /**
   * {@return the benchmark file as a tree}
   *
   * @throws PackageException naming the file when it cannot be read
   */
  static ObjectNode read(Path file) {
    try {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      JsonNode tree = (n.endsWith(".json") ? JSON : YAML).readTree(Files.readAllBytes(file));
      if (tree instanceof ObjectNode o) {
        return o;
      }
      throw new PackageException(file + ": a benchmark file is an object of fields such as name and dataset");
    } catch (IOException e) {
      throw new PackageException(file + ": cannot read the benchmark file: " + e.getMessage(), e);
    }
  }

  /**
   * {@return a copy of a benchmark file's tree as the package runs it}: with this name and version, dataset
   * {@code cases.jsonl}, cassette-dir {@code cassettes} (or none), JSON Schema files inlined, no {@code $schema}
   *
   * @param sourceDir the folder of the original file, against which relative schema files resolve
   */
  static ObjectNode forPackage(ObjectNode source, Path sourceDir, String name, SemanticVersion version,
      boolean cassettes) {
    ObjectNode out = YAML.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "$schema" -> { }
        case "name" -> out.put("name", name);
        case "version" -> out.put("version", version.toString());
        case "dataset" -> out.put("dataset", CASES);
        default -> out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    if (!out.has("version")) {
      out.put("version", version.toString());
    }
    ObjectNode settings = out.has("settings") && out.get("settings").isObject() ? (ObjectNode) out.get("settings")
        : null;
    if (cassettes) {
      if (settings == null) {
        settings = out.putObject("settings");
      }
      settings.put("cassette-dir", CASSETTES);
    } else if (settings != null) {
      settings.remove("cassette-dir");
    }
    inlineSchemas(out.path("judges"), sourceDir);
    return out;
  }

  /**
   * Writes the tree as YAML.
   *
   * @throws PackageException naming the file when it cannot be written
   */
  static void write(ObjectNode tree, Path file) {
    try {
      Files.writeString(file, YAML.writeValueAsString(tree).replace("\r\n", "\n"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PackageException(file + ": cannot write the run definition: " + e.getMessage(), e);
    }
  }

  /** {@return the summaries of the file's judges, then its pairwise judge} */
  static List<JudgeSummary> judges(JsonNode tree) {
    List<JudgeSummary> out = new ArrayList<>();
    tree.path("judges").forEach(j -> out.add(judge(j)));
    JsonNode pairwise = tree.path("pairwise");
    if (pairwise.isObject()) {
      out.add(new JudgeSummary("pairwise", model(pairwise.path("model")), List.of()));
    }
    return out;
  }

  /** {@return what a run of the file reports: pass rate and mean score, and win rate with a pairwise judge} */
  static List<String> metrics(JsonNode tree) {
    return tree.path("pairwise").isObject() ? List.of("pass-rate", "mean-score", "win-rate")
        : List.of("pass-rate", "mean-score");
  }

  private static JudgeSummary judge(JsonNode entry) {
    if (entry.isTextual()) {
      return new JudgeSummary(entry.asText(), null, List.of());
    }
    String type = entry.fieldNames().hasNext() ? entry.fieldNames().next() : "unknown";
    JsonNode options = entry.path(type);
    List<JudgeSummary> members = new ArrayList<>();
    JsonNode list = options.isArray() ? options : options.path("judges");
    if (List.of("panel", "allOf", "anyOf").contains(type)) {
      list.forEach(m -> members.add(judge(m)));
    } else if (type.equals("weighted")) {
      options.path("parts").forEach(p -> members.add(judge(p.path("judge"))));
    }
    String model = LLM_JUDGES.contains(type) ? model(options.path("model")) : null;
    return new JudgeSummary(type, model, members);
  }

  private static String model(JsonNode model) {
    if (model.isTextual()) {
      return model.asText();
    }
    return model.path("id").isTextual() ? model.path("id").asText() : null;
  }

  /** Replaces each {@code jsonSchema: { file: x }} by {@code jsonSchema: { schema: <x's JSON> }}, recursively. */
  private static void inlineSchemas(JsonNode node, Path sourceDir) {
    if (node instanceof ObjectNode o) {
      JsonNode js = o.path("jsonSchema");
      if (js instanceof ObjectNode options && options.path("file").isTextual()) {
        Path schemaFile = sourceDir.resolve(options.path("file").asText()).normalize();
        try {
          JsonNode schema = JSON.readTree(Files.readAllBytes(schemaFile));
          options.remove("file");
          options.set("schema", schema);
        } catch (IOException e) {
          throw new PackageException(schemaFile + ": cannot read the jsonSchema judge's schema file: "
              + e.getMessage(), e);
        }
      }
      o.fields().forEachRemaining(e -> inlineSchemas(e.getValue(), sourceDir));
    } else if (node instanceof ArrayNode a) {
      a.forEach(n -> inlineSchemas(n, sourceDir));
    }
  }
}
