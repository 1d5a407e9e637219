package io.benchmarkhub.author.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standard validator on the support-intent sample, and the report as console text and JSON. */
class ValidationOutputTest {
  private static final Path SAMPLE = Path.of("../samples/src/test/resources/support-intent.jsonl");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ValidationReport sampleReport() {
    List<TestCase> cases = Dataset.jsonl(SAMPLE).toList();
    BenchmarkDesign design = new BenchmarkDesign(TaskType.CLASSIFICATION, List.of(),
        List.of("easy", "medium", "hard"), List.of("refund", "shipping", "account", "cancel", "other"));
    return Validator.standard().withClock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC))
        .validate(new ValidationInput("support-intent.jsonl", cases, design, List.of(),
            ValidationSettings.defaults()));
  }

  @Test
  void standardValidatorScoresTheSupportIntentSample() {
    ValidationReport report = sampleReport();
    assertThat(report.caseCount()).isEqualTo(36);
    assertThat(report.check("case-schema").orElseThrow().status()).isEqualTo(CheckStatus.PASS);
    assertThat(report.check("answer-position").orElseThrow().status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(report.check("label-balance").orElseThrow().figures().get("labels"))
        .isEqualTo(Map.of("refund", 8, "shipping", 7, "account", 7, "cancel", 7, "other", 7));
    // entropy of (8, 7, 7, 7, 7) / ln 5
    double h = -(8 / 36.0 * Math.log(8 / 36.0) + 4 * (7 / 36.0) * Math.log(7 / 36.0)) / Math.log(5);
    assertThat(report.check("label-balance").orElseThrow().score()).isCloseTo(h, within(1e-12));
    // 'back' is in 7 of 8 refund inputs ("money back", "not back", "difference back", ...) and no other
    CheckResult cue = report.check("spurious-cue").orElseThrow();
    assertThat(cue.status()).isEqualTo(CheckStatus.WARN);
    assertThat(cue.figures().get("cues")).isEqualTo(List.of("back -> refund"));
    CheckResult leak = report.check("answer-in-input").orElseThrow();
    assertThat(leak.figures()).containsEntry("cases", 5).containsEntry("checked", 36);
    // the three declared levels all hold cases; no check fails
    assertThat(report.check("concept-coverage").orElseThrow().score()).isEqualTo(1.0);
    assertThat(report.failed()).isFalse();
    // overall = weighted mean of the measured parts (structure 30, coverage 20, bias 15, leakage 15)
    QualityScore s = report.score();
    assertThat(s.unmeasured()).containsExactly(CheckCategory.CALIBRATION);
    double expected = 0;
    for (CheckCategory c : s.parts().keySet()) {
      expected += QualityScore.weight(c) * partOf(report, c);
    }
    expected /= 80;
    assertThat(s.overall()).isCloseTo(expected, within(0.05));
    assertThat(s.overall()).isEqualTo(94.7);
    assertThat(s.grade()).isEqualTo("good");
    assertThat(s.parts()).containsEntry(CheckCategory.LEAKAGE, 93.1); // (1 - 5/36 + 1) / 2
  }

  private static double partOf(ValidationReport report, CheckCategory category) {
    return 100 * report.checks().stream().filter(r -> r.category() == category)
        .filter(r -> r.status() != CheckStatus.NOT_APPLICABLE).mapToDouble(CheckResult::score).average()
        .orElseThrow();
  }

  @Test
  void consoleShowsScoreTableFindingsAndRecommendationsWithin100Columns() {
    String text = ValidationConsole.render(sampleReport());
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(ValidationConsole.WIDTH));
    assertThat(text).startsWith("Validation of support-intent.jsonl: 36 cases, classification\n"
        + "Quality score 94.7 / 100 (good)\n");
    assertThat(text).contains("Calibration not measured");
    assertThat(text).contains("spurious-cue             WARN   0.81  1 single-word cues found [back -> refund]");
    assertThat(text).contains("answer-position          n/a       -  Answer position applies to multiple choice");
    assertThat(text).contains("WARN answer-in-input: 5 findings\n"
        + "  ...test/resources/support-intent.jsonl:2  the input contains the expected answer 'refund'\n");
    assertThat(text).contains("Recommendations\n  - spurious-cue: Write cases of other labels");
  }

  @Test
  void jsonFollowsTheCommittedSchema() throws Exception {
    JsonNode json = MAPPER.readTree(ValidationJson.toJson(sampleReport()));
    assertThat(violations(json)).isEmpty();
    assertThat(json.get("schema").asText()).isEqualTo("benchmarkhub.validation/1");
    assertThat(json.get("createdAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(json.at("/score/overall").asDouble()).isEqualTo(94.7);
    assertThat(json.at("/score/unmeasured/0").asText()).isEqualTo("calibration");
    JsonNode leak = null;
    for (JsonNode c : json.get("checks")) {
      if (c.get("id").asText().equals("answer-in-input")) {
        leak = c;
      }
      if (c.get("status").asText().equals("not_applicable")) {
        assertThat(c.get("score").isNull()).isTrue();
      }
    }
    assertThat(leak.at("/findings/0/file").asText()).isEqualTo("../samples/src/test/resources/support-intent.jsonl");
    assertThat(leak.at("/findings/0/line").asInt()).isEqualTo(2);
    assertThat(leak.at("/figures/cases").asInt()).isEqualTo(5);
    assertThat(json.get("checks")).hasSize(Checks.all().size());
  }

  @Test
  void schemaRejectsAWrongStatus() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(ValidationJson.toJson(sampleReport()));
    ((ObjectNode) json.get("checks").get(0)).put("status", "ok");
    assertThat(violations(json)).anySatisfy(v -> assertThat(v).contains("/checks/0/status"));
  }

  /** Validates against the committed schema with every object closed, so undeclared fields are caught. */
  private static List<String> violations(JsonNode document) throws Exception {
    JsonNode schemaNode;
    try (InputStream in = ValidationJson.class.getClassLoader().getResourceAsStream(ValidationJson.SCHEMA_RESOURCE)) {
      schemaNode = MAPPER.readTree(in);
    }
    close(schemaNode);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH).build()));
    Schema schema = registry.getSchema(schemaNode);
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(document)) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  private static void close(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      if (o.has("properties") && !o.has("additionalProperties")) {
        o.put("additionalProperties", false);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        close(it.next().getValue());
      }
    } else if (node.isArray()) {
      node.forEach(ValidationOutputTest::close);
    }
  }
}
