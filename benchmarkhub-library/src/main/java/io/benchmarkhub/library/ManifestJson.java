package io.benchmarkhub.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.library.PackageManifest.Author;
import io.benchmarkhub.library.PackageManifest.DatasetInfo;
import io.benchmarkhub.library.PackageManifest.JudgeSummary;
import io.benchmarkhub.library.PackageManifest.Lineage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link PackageManifest}s as JSON, schema {@value PackageManifest#SCHEMA}: fields in a fixed
 * order, two-space indentation, a final newline, so the same manifest is always the same bytes.
 */
final class ManifestJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  /** {@return the manifest as pretty-printed JSON with a final newline} */
  static String toJson(PackageManifest m) {
    try {
      return MAPPER.writeValueAsString(toTree(m)).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return the manifest as a JSON tree, in the schema's field order} */
  static ObjectNode toTree(PackageManifest m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", PackageManifest.SCHEMA);
    o.put("name", m.name());
    o.put("version", m.version().toString());
    o.put("domain", m.domain());
    o.put("taskType", m.taskType());
    o.put("description", m.description());
    ArrayNode authors = o.putArray("authors");
    for (Author a : m.authors()) {
      ObjectNode ao = authors.addObject().put("name", a.name());
      putIfPresent(ao, "email", a.email());
      putIfPresent(ao, "affiliation", a.affiliation());
    }
    o.put("license", m.license());
    o.put("citation", m.citation());
    strings(o.putArray("tags"), m.tags());
    strings(o.putArray("concepts"), m.concepts());
    strings(o.putArray("difficulties"), m.difficulties());
    counts(o.putObject("difficultyDistribution"), m.difficultyDistribution());
    counts(o.putObject("conceptCounts"), m.conceptCounts());
    strings(o.putArray("metrics"), m.metrics());
    judges(o.putArray("judges"), m.judges());
    ObjectNode d = o.putObject("dataset");
    d.put("file", m.dataset().file());
    d.put("sha256", m.dataset().sha256());
    d.put("cases", m.dataset().cases());
    if (m.forkedFrom() == null) {
      o.putNull("forkedFrom");
    } else {
      o.putObject("forkedFrom").put("name", m.forkedFrom().name()).put("version", m.forkedFrom().version().toString());
    }
    o.putObject("review").put("state", m.review().wireName());
    if (m.qualityScore() == null) {
      o.putNull("qualityScore");
    } else {
      o.put("qualityScore", m.qualityScore());
    }
    return o;
  }

  /** {@return the manifest in a tree that {@link ManifestSchema} accepted} */
  static PackageManifest fromTree(JsonNode o) {
    List<Author> authors = new ArrayList<>();
    for (JsonNode a : o.path("authors")) {
      authors.add(new Author(a.path("name").asText(), text(a, "email"), text(a, "affiliation")));
    }
    JsonNode fork = o.path("forkedFrom");
    JsonNode d = o.path("dataset");
    Map<String, Integer> distribution = new LinkedHashMap<>();
    o.path("difficultyDistribution").fields().forEachRemaining(e -> distribution.put(e.getKey(), e.getValue().asInt()));
    TreeMap<String, Integer> concepts = new TreeMap<>();
    o.path("conceptCounts").fields().forEachRemaining(e -> concepts.put(e.getKey(), e.getValue().asInt()));
    return new PackageManifest(o.path("name").asText(), SemanticVersion.parse(o.path("version").asText()),
        o.path("domain").asText(), o.path("taskType").asText(), o.path("description").asText(), authors,
        o.path("license").asText(), text(o, "citation"), strings(o.path("tags")), strings(o.path("concepts")),
        strings(o.path("difficulties")), distribution, concepts, strings(o.path("metrics")),
        judges(o.path("judges")),
        new DatasetInfo(d.path("file").asText(), d.path("sha256").asText(), d.path("cases").asInt()),
        fork.isObject() ? new Lineage(fork.path("name").asText(), SemanticVersion.parse(fork.path("version")
            .asText())) : null,
        ReviewState.parse(o.path("review").path("state").asText()),
        o.path("qualityScore").isNumber() ? o.path("qualityScore").asDouble() : null);
  }

  private static void judges(ArrayNode out, List<JudgeSummary> judges) {
    for (JudgeSummary j : judges) {
      ObjectNode jo = out.addObject().put("type", j.type());
      putIfPresent(jo, "model", j.model());
      if (!j.members().isEmpty()) {
        judges(jo.putArray("members"), j.members());
      }
    }
  }

  private static List<JudgeSummary> judges(JsonNode list) {
    List<JudgeSummary> out = new ArrayList<>();
    for (JsonNode j : list) {
      out.add(new JudgeSummary(j.path("type").asText(), text(j, "model"), judges(j.path("members"))));
    }
    return out;
  }

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void strings(ArrayNode out, List<String> values) {
    values.forEach(out::add);
  }

  private static void counts(ObjectNode out, Map<String, Integer> counts) {
    counts.forEach(out::put);
  }

  static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
