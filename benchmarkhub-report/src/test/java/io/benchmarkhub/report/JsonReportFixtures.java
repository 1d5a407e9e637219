package io.benchmarkhub.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Summaries and trials to write reports of, and validation against the committed JSON Schemas. */
final class JsonReportFixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private JsonReportFixtures() {}

  static TrialResult trial(long index, String caseId, String model, int repeat, TrialStatus status, double score,
      String answer) {
    TestCase c = TestCase.builder().id(caseId).input("Q " + caseId).expected("A " + caseId).build();
    Completion completion = status == TrialStatus.ERROR || status == TrialStatus.SKIPPED ? null
        : new Completion(answer, FinishReason.STOP, Duration.ofMillis(100 + index), Usage.of(10, 2).withCost(0.001),
            null);
    List<Verdict> verdicts = completion == null ? List.of()
        : List.of((status == TrialStatus.PASS ? Verdict.of(true, score, "ok") : Verdict.of(false, score, "no"))
            .named("judge"));
    TrialError error = completion == null ? new TrialError(TrialError.Phase.PROVIDER, "SERVER_ERROR", "down") : null;
    return new TrialResult(index, c, model, repeat, List.of(Message.user(c.input())), status,
        completion == null ? Double.NaN : score, verdicts, completion, error);
  }

  /** A summary of two models with every figure set, some of them NaN, one cost unknown, a panel and a pair judge. */
  static RunSummary fullSummary(Path runLog) {
    ModelSummary a = new ModelSummary("p:a", 4, 3, 1, 0, 0, 0.75, 0.30, 0.95, 0.8, 0.5, 1.0, 40, 8,
        OptionalDouble.of(0.004), 0, Duration.ofMillis(101), Duration.ofNanos(103_500_000),
        OptionalDouble.of(0.0005));
    ModelSummary b = new ModelSummary("p:b", 4, 0, 0, 3, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, 0, 0, OptionalDouble.empty(), 0, Duration.ZERO, Duration.ZERO, OptionalDouble.empty());
    List<TrialResult> trials = new ArrayList<>();
    trials.add(trial(0, "q0", "p:a", 1, TrialStatus.PASS, 1, "A q0"));
    trials.add(trial(0, "q0", "p:b", 1, TrialStatus.ERROR, Double.NaN, null));
    RunInfo info = new RunInfo("cases.jsonl", 4, "abc123", "", 1,
        List.of(new RunInfo.ModelInfo("p:a", "p", "a", "{temperature=0.0}"), new RunInfo.ModelInfo("p:b", "p", "b", "{}")),
        List.of("exact-match", "panel[x, y]"), List.of("longer"), "0.1.0-SNAPSHOT");
    return new RunSummary("bench \"one\"", "1.2.0", "run-1", START, START.plusMillis(12_345), info, List.of(a, b),
        TrialResults.of(trials),
        List.of(new ModelComparison("p:a", "p:b", 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN)),
        List.of(new JudgeAgreement("panel", List.of("x", "y"), 4, 1, 0.62, Double.NaN, 3)),
        List.of(new PairwiseResult("longer", "p:a", "p:b", 3, 0, 1, 0, 0, 0.875, 0.25, OptionalDouble.empty())),
        runLog);
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the violations of a document against a committed schema}; with {@code strict}, every object
   * schema is first closed ({@code "additionalProperties": false}), so a field the writer adds without
   * declaring it in the schema is caught too
   */
  static List<String> violations(String resource, JsonNode document, boolean strict) {
    JsonNode schemaNode;
    try (InputStream in = JsonReport.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      schemaNode = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (strict) {
      close(schemaNode);
    }
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
      node.forEach(JsonReportFixtures::close);
    }
  }
}
