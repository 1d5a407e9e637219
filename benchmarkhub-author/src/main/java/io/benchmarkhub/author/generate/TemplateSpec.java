package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.generate.TemplateExpander.Combination;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A template generation spec read from a YAML or JSON file ({@code .json} is read as JSON, anything
 * else as YAML):
 *
 * <pre>
 * idPrefix: capitals          # optional: ids capitals-0001, …; without it ids come from the content
 * combine: cross              # optional: how the value lists combine, cross (default) or zip
 * template:
 *   input: "What is the capital of {{country}}?"
 *   expected: "{{capital}}"   # optional
 *   difficulty: "{{level}}"   # optional
 *   tags: [geography]         # optional
 *   metadata: {concept: capitals}   # optional
 * values:                     # optional: a list per variable
 *   level: [easy, hard]
 * csv: capitals.csv           # optional: relative to this file; header = variable names, rows zipped
 * </pre>
 *
 * With both {@code values} and {@code csv}, every CSV row is combined with every combination of the
 * lists. Errors name this file and line: an unknown key, a placeholder without values (the line
 * using it), a value that is not a list of scalars; CSV errors name the CSV file and line.
 */
public final class TemplateSpec {
  private static final Set<String> TOP_KEYS = Set.of("idPrefix", "combine", "template", "values", "csv");
  private static final Set<String> TEMPLATE_KEYS = Set.of("input", "expected", "difficulty", "tags", "metadata");

  private final Path file;
  private final List<String> lines;

  private TemplateSpec(Path file, List<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  /**
   * {@return the cases the spec file expands to}
   *
   * @throws BenchmarkException naming the file and line of what is wrong
   */
  public static List<TestCase> expand(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BenchmarkException(file + ": no such template spec file");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return new TemplateSpec(file, lines).expand();
  }

  private List<TestCase> expand() {
    JsonNode root = parse();
    checkKeys(root, TOP_KEYS, "");
    JsonNode t = root.path("template");
    if (!t.isObject()) {
      throw error("template", "no template: add template: with at least input:");
    }
    checkKeys(t, TEMPLATE_KEYS, "template.");
    String input = text(t, "input");
    if (input == null || input.isBlank()) {
      throw error("template", "the template has no input");
    }
    CaseTemplate template = new CaseTemplate(input, text(t, "expected"), text(t, "difficulty"),
        scalars(t.path("tags"), "tags"), metadata(t.path("metadata")));
    TemplateExpander.Builder b = TemplateExpander.builder(template)
        .idPrefix(text(root, "idPrefix"))
        .combine(combination(text(root, "combine")))
        .placeholderLocation(this::placeholderLine);
    JsonNode values = root.path("values");
    if (!values.isMissingNode() && !values.isNull()) {
      if (!values.isObject()) {
        throw error("values", "values must map each variable to a list of values");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> list = scalars(e.getValue(), e.getKey());
        if (list.isEmpty()) {
          throw error(e.getKey(), "variable '" + e.getKey() + "' has no values");
        }
        b.values(e.getKey(), list);
      }
    }
    String csv = text(root, "csv");
    if (csv != null) {
      Path given = Path.of(csv);
      Path parent = file.getParent();
      b.rows(CsvValueRows.read(given.isAbsolute() || parent == null ? given : parent.resolve(given)));
    }
    return b.build().expand();
  }

  private JsonNode parse() {
    ObjectMapper mapper = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? new ObjectMapper() : new YAMLMapper();
    try {
      JsonNode root = mapper.readTree(String.join("\n", lines));
      if (root == null || !root.isObject()) {
        throw new BenchmarkException(file + ":1: a template spec is an object with template:, values: or csv:");
      }
      return root;
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new BenchmarkException(file + ":" + line + ": not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON")
          + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
  }

  private void checkKeys(JsonNode node, Set<String> allowed, String prefix) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw error(key, "unknown key '" + prefix + key + "': use " + String.join(", ", allowed.stream().sorted()
            .map(k -> prefix + k).toList()));
      }
    }
  }

  private Combination combination(String value) {
    if (value == null) {
      return Combination.CROSS;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "cross" -> Combination.CROSS;
      case "zip" -> Combination.ZIP;
      default -> throw error("combine", "combine is '" + value + "': use cross or zip");
    };
  }

  private String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw error(key, key + " must be a text, was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  private List<String> scalars(JsonNode node, String key) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw error(key, key + " must be a list, e.g. [a, b]");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : node) {
      if (!v.isValueNode() || v.isNull()) {
        throw error(key, "each value of " + key + " must be a text or number");
      }
      out.add(v.asText());
    }
    return out;
  }

  private Map<String, Object> metadata(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw error("metadata", "metadata must be a map of keys to values");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ObjectMapper plain = new ObjectMapper();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), plain.convertValue(e.getValue(), Object.class)));
    return out;
  }

  private BenchmarkException error(String key, String message) {
    return new BenchmarkException(lineOf(Pattern.compile("^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:"))
        + ": " + message);
  }

  private String placeholderLine(String name) {
    return lineOf(Pattern.compile("\\{\\{\\s*" + Pattern.quote(name) + "\\s*}}"));
  }

  /** {@return {@code file:line} of the first line matching, else {@code file}} */
  private String lineOf(Pattern p) {
    for (int i = 0; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).find()) {
        return file + ":" + (i + 1);
      }
    }
    return file.toString();
  }
}
