package io.benchmarkhub.author.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of a benchmark file is one message naming the file, the line, the column and the field. */
class BenchmarkFileErrorsTest {
  private static final String VALID = """
      name: intents
      taskType: classification
      dataset: cases.jsonl
      prompt: "Intent of: {{input}}"
      models:
        - openai:gpt-4o-mini
      judges:
        - exact: { trim: true }
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void dataset() throws IOException {
    Files.writeString(dir.resolve("cases.jsonl"), """
        {"id": "c1", "input": "Refund please", "expected": "refund", "vars": {"customer": "Ana"}}
        """);
  }

  private String load(String yaml) {
    try {
      Path file = Files.writeString(dir.resolve("b.yaml"), yaml);
      BenchmarkFile.load(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (BenchmarkFileException e) {
      assertThat(e.getMessage()).startsWith(dir.resolve("b.yaml").toString());
      return e.getMessage().substring(dir.resolve("b.yaml").toString().length());
    }
    throw new AssertionError("expected the file to be refused");
  }

  @Test
  void theValidFileLoads() throws IOException {
    assertThat(BenchmarkFile.load(Files.writeString(dir.resolve("ok.yaml"), VALID)).name()).isEqualTo("intents");
  }

  @Test
  void anUnknownFieldIsNamedAtItsLineWithTheKnownOnes() {
    assertThat(load(VALID + "promt: hello\n")).startsWith(":9:1: promt: unknown field 'promt'; the fields here are "
        + "$schema, name, version, description, taskType, dataset,");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    assertThat(load(VALID + "repeat: twice\n")).isEqualTo(":9:9: repeat: must be a number, found text");
    assertThat(load(VALID.replace("name: intents", "name: [a, b]"))).isEqualTo(":1:7: name: must be text, found a list");
    assertThat(load(VALID + "repeat: 0\n")).isEqualTo(":9:9: repeat: must be a whole number of at least 1, was 0");
  }

  @Test
  void anUnknownJudgeListsTheKnownOnes() {
    assertThat(load(VALID.replace("- exact: { trim: true }", "- exactt: { trim: true }"))).isEqualTo(
        ":8:5: judges[0]: unknown judge 'exactt'; known judges: exact, contains, containsAny, regex, oneOf, numeric, "
            + "validJson, jsonSchema, jsonEquals, llmRubric, criteria, panel, allOf, anyOf, weighted, toolCalled, toolCall, noToolCall, toolCallsF1");
  }

  @Test
  void anUnknownJudgeOptionIsNamed() {
    assertThat(load(VALID.replace("{ trim: true }", "{ trim: true, ignorecase: true }")))
        .isEqualTo(":8:26: judges[0].exact.ignorecase: unknown field 'ignorecase'; the fields here are ignoreCase, "
            + "trim, normalizeWhitespace, ignorePunctuation, value, name");
  }

  @Test
  void aModelWithoutProviderPrefixIsRefused() {
    assertThat(load(VALID.replace("- openai:gpt-4o-mini", "- gpt-4o-mini"))).isEqualTo(":6:5: models[0]: model "
        + "'gpt-4o-mini' is not of the form provider:model (for example openai:gpt-4o-mini or ollama:llama3.2).");
    assertThat(load(VALID + """
        pairwise: { criterion: better, model: gpt-4.1 }
        """)).startsWith(":9:");
  }

  @Test
  void aGateOutOfRangeSaysTheRange() {
    assertThat(load(VALID + "gates: { passRate: 85 }\n"))
        .isEqualTo(":9:20: gates.passRate: is out of range: use a fraction within [0, 1], e.g. 0.85 for 85%, was 85");
    assertThat(load(VALID + "gates: { pointEstimate: true }\n"))
        .isEqualTo(":9:8: gates: sets no threshold: set passRate, meanScore, maxCost or p95LatencyMs");
    assertThat(load(VALID + "gates: { passRate: 0.5, knownFailing: [openai:gpt-4o] }\n")).isEqualTo(
        ":9:39: gates.knownFailing: 'openai:gpt-4o' is not one of the models [openai:gpt-4o-mini]: name a model by "
            + "its id (its label, or provider:model)");
  }

  @Test
  void aMissingDatasetIsLookedForBesideTheFile() {
    assertThat(load(VALID.replace("cases.jsonl", "missing.jsonl"))).isEqualTo(":3:10: dataset: dataset file "
        + dir.resolve("missing.jsonl") + " not found (a path is relative to the benchmark file's folder)");
  }

  @Test
  void aMissingRequiredFieldSaysWhatToGive() {
    assertThat(load(VALID.replace("taskType: classification\n", ""))).isEqualTo(":1:1: taskType: is missing: "
        + "classification, multiple-choice, question-answering, extraction or generation");
    assertThat(load(VALID.replace("taskType: classification", "taskType: sorting")))
        .startsWith(":2:11: taskType: unknown task type 'sorting': use classification, multiple-choice");
  }

  @Test
  void theExpectedAnswerNeverGoesIntoThePrompt() {
    assertThat(load(VALID.replace("{{input}}", "{{input}} (answer: {{ expected }})"))).startsWith(":4:9: prompt: uses "
        + "{{expected}}: the expected answer must never be part of the prompt");
  }

  @Test
  void anUnknownPlaceholderFailsOnTheFirstCaseNamingPlaceholderAndCase() {
    assertThat(load(VALID.replace("{{input}}", "{{input}} from {{customer}} at {{company}}"))).isEqualTo(
        ":4:9: prompt: placeholder {{company}} has no value for case c1 (" + dir.resolve("cases.jsonl")
            + ":1): use {{input}}, {{id}} or one of the case's variables [customer]");
  }

  @Test
  void malformedYamlNamesLineAndColumn() {
    assertThat(load(VALID.replace("models:\n  - openai", "models:\n  - openai: [\n"))).isEqualTo(
        ":7:1: not valid YAML: expected the node content, but found ':' (while parsing a flow node)");
    assertThat(load("name: a\nname: b\n")).isEqualTo(":2:1: name: appears twice in the same object (first on line 1): "
        + "keep one");
    assertThat(load("")).isEqualTo(":1:1: the file is empty: start with 'name: my-benchmark'");
  }

  @Test
  void malformedJsonAndAnUnknownExtensionAreNamedToo() throws IOException {
    Path json = Files.writeString(dir.resolve("b.json"), "{\"name\": \"x\",\n \"taskType\": }");
    assertThatThrownBy(() -> BenchmarkFile.load(json)).isInstanceOf(BenchmarkFileException.class)
        .hasMessageStartingWith(json + ":2:14: not valid JSON: ");
    Path toml = Files.writeString(dir.resolve("b.toml"), "name = 'x'");
    assertThatThrownBy(() -> BenchmarkFile.load(toml)).isInstanceOf(BenchmarkException.class)
        .hasMessage(toml + ": a benchmark file ends in .yaml, .yml or .json");
    assertThatThrownBy(() -> BenchmarkFile.load(dir.resolve("none.yaml"))).hasMessageStartingWith(
        dir.resolve("none.yaml") + ": no such file");
  }

  @Test
  void judgeArgumentsRefusedByTheJudgeAreNamedAtTheirOptions() {
    assertThat(load(VALID.replace("- exact: { trim: true }", "- llmRubric: { rubric: ok, threshold: 2 }")))
        .isEqualTo(":8:16: judges[0].llmRubric: threshold must be within [0, 1], was 2.0");
    assertThat(load(VALID.replace("- exact: { trim: true }", "- panel: { judges: [exact, contains], aggregate: most }")))
        .isEqualTo(":8:52: judges[0].panel.aggregate: unknown aggregation 'most': use mean, median, majority or "
            + "unanimous");
  }

  @Test
  void aChatPromptChecksItsRoles() {
    assertThat(load(VALID.replace("prompt: \"Intent of: {{input}}\"", """
        messages:
          - { role: robot, content: hi }"""))).isEqualTo(":5:13: messages[0].role: unknown role 'robot': use system, "
        + "user or assistant");
  }
}
