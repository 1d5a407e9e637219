package io.benchmarkhub.author.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promptfoo configs as cases and benchmark files: prompts, providers, tests inline and from CSV, assertions. */
class PromptfooImportTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void capitalsConfigBecomesCasesWithExpectedAnswersFromTheVaryingIcontains() {
    ImportResult r = PromptfooImport.read(Samples.path("promptfoo/capitals/promptfooconfig.yaml"), null);

    assertThat(r.cases()).extracting(TestCase::expected).extracting(o -> o.orElse(null))
        .containsExactly("Paris", "Canberra", "Ottawa");
    TestCase australia = r.cases().get(1);
    assertThat(australia.input()).isEqualTo("You are a geography tutor. Answer with the name of the city only.\n\n"
        + "What is the capital of Australia?");
    assertThat(australia.variables()).containsExactly(Map.entry("country", "Australia"));
    assertThat(australia.metadata()).containsEntry("description", "Australia, where Sydney is the usual wrong answer")
        .containsEntry("trap", true);
    assertThat(australia.source().orElseThrow().line()).isEqualTo(32);
    assertThat(r.unmapped()).isEmpty();
  }

  @Test
  void capitalsConfigBecomesABenchmarkFileThatLoads() {
    ImportResult r = PromptfooImport.read(Samples.path("promptfoo/capitals/promptfooconfig.yaml"), null);
    Map<String, Object> b = r.benchmark().orElseThrow();

    assertThat(b).containsEntry("name", "capital-cities").containsEntry("taskType", "question-answering")
        .containsEntry("concurrency", 4L);
    assertThat(b.get("prompt")).asString().endsWith("What is the capital of {{country}}?\n".strip());
    assertThat(b.get("models")).isEqualTo(List.of("openai:gpt-4o-mini", Map.of("id",
        "anthropic:claude-3-5-haiku-20241022", "label", "haiku", "temperature", 0L, "maxTokens", 64L)));
    assertThat(b.get("judges")).isEqualTo(List.of(
        Map.of("regex", Map.of("name", "not-icontains", "pattern", "\\A(?s)(?iu)(?!.*\\Qas an AI\\E)")),
        Map.of("llmRubric", Map.of("name", "concise", "rubric", "Names a single city and adds nothing else",
            "model", "openai:gpt-4o-mini")),
        Map.of("contains", Map.of("ignoreCase", true))));

    Path cases = dir.resolve("capitals.jsonl");
    Path file = dir.resolve("capitals.benchmark.yaml");
    io.benchmarkhub.author.generate.CaseJsonlWriter.write(r.cases(), cases);
    BenchmarkYaml.write(b, file, cases, "Imported from promptfooconfig.yaml");
    BenchmarkFile loaded = BenchmarkFile.load(file);
    assertThat(loaded.name()).isEqualTo("capital-cities");
    assertThat(loaded.benchmark().judges()).hasSize(3);
    assertThat(loaded.dataset().toList()).isEqualTo(r.cases());
  }

  @Test
  void providersWithoutABenchmarkHubProviderAndExtraPromptsAreListed() {
    ImportResult r = PromptfooImport.read(Samples.path("promptfoo/capitals/promptfooconfig.yaml"), null);

    assertThat(r.notes()).extracting(ImportNote::toString).anySatisfy(n -> assertThat(n)
        .contains("promptfooconfig.yaml:13: providers[2]")
        .contains("'bedrock:anthropic.claude-3-haiku-20240307-v1:0' has no BenchmarkHub provider"));
    assertThat(r.notes()).extracting(ImportNote::toString).anySatisfy(n -> assertThat(n)
        .contains("prompts[1]").contains("a benchmark file has one prompt"));
  }

  @Test
  void negationsMatchWhatPromptfooMeans() {
    java.util.regex.Pattern notAsAnAi = java.util.regex.Pattern.compile("\\A(?s)(?iu)(?!.*\\Qas an AI\\E)");
    assertThat(notAsAnAi.matcher("Canberra").find()).isTrue();
    assertThat(notAsAnAi.matcher("Well,\nAS AN ai model I think Sydney").find()).isFalse();
  }

  @Test
  void csvTestsFileGivesVarsExpectedDescriptionAndMetadata() {
    ImportResult r = PromptfooImport.read(Samples.path("promptfoo/support/promptfooconfig.yaml"), null);

    assertThat(r.cases()).hasSize(4);
    TestCase first = r.cases().get(0);
    assertThat(first.expected()).contains("refund");
    assertThat(first.variables()).containsExactly(Map.entry("ticket",
        "I was charged twice for order 4411, please give me my money back"), Map.entry("channel", "email"));
    assertThat(first.metadata()).containsExactly(Map.entry("description", "double charge"),
        Map.entry("source", "zendesk-2291"));
    assertThat(first.source().orElseThrow().toString()).endsWith("tests.csv:2");
    Map<String, Object> b = r.benchmark().orElseThrow();
    assertThat(b.get("judges")).isEqualTo(List.of("exact"));
    assertThat(b.get("models")).isEqualTo(List.of("openai:gpt-4o-mini", "ollama:llama3.2"));
  }

  @Test
  void csvAssertionCellsFollowPromptfooSyntax() {
    assertThat(PromptfooTests.csvAssertion("icontains: Paris")).containsEntry("type", "icontains")
        .containsEntry("value", "Paris");
    assertThat(PromptfooTests.csvAssertion("grade: mentions the refund window")).containsEntry("type", "llm-rubric");
    assertThat(PromptfooTests.csvAssertion("similar(0.8): the parcel is late")).containsEntry("type", "similar")
        .containsEntry("threshold", 0.8);
    assertThat(PromptfooTests.csvAssertion("is-json")).containsEntry("type", "is-json");
    assertThat(PromptfooTests.csvAssertion("Note: no")).isEqualTo(Map.of("type", "equals", "value", "Note: no"));
  }

  @Test
  void javascriptAssertionStopsTheImportNamingFileLineAndType() {
    ImportResult r = PromptfooImport.read(Samples.path("promptfoo/unmapped/promptfooconfig.yaml"), null);

    assertThatThrownBy(r::requireMapped).isInstanceOf(InteropException.class)
        .hasMessageContaining("promptfooconfig.yaml:12: tests[0].assert[1]: assertion type 'javascript' runs code")
        .hasMessageContaining("(and 1 more unmapped item)").hasMessageContaining("--skip-unmapped");
  }

  @Test
  void skippingUnmappedKeepsTheRestAndListsWhatWasLeftOut() {
    ImportResult r = PromptfooImport.read(Samples.path("promptfoo/unmapped/promptfooconfig.yaml"), null);

    assertThat(r.unmapped()).hasSize(2).allSatisfy(n -> assertThat(n.message()).contains("'javascript'"));
    assertThat(r.cases()).extracting(c -> c.expected().orElseThrow()).containsExactly("night bus", "coastal road");
    assertThat(r.benchmark().orElseThrow().get("judges")).isEqualTo(List.of("contains"));
  }

  @Test
  void rubricWithoutAJudgeModelAsksForOneAndJudgeModelOptionWins() throws IOException {
    Path config = write("promptfooconfig.yaml", """
        prompts: ["Explain {{topic}} to a ten-year-old."]
        providers: [openai:gpt-4o-mini]
        tests:
          - vars: {topic: photosynthesis}
            assert:
              - type: llm-rubric
                value: Uses no jargon a child would not know
                provider: openai:gpt-4.1-mini
          - vars: {topic: tides}
            assert:
              - type: llm-rubric
                value: Uses no jargon a child would not know
        """);

    ImportResult none = PromptfooImport.read(config, null);
    assertThat(none.unmapped()).singleElement().extracting(ImportNote::toString).asString()
        .contains("promptfooconfig.yaml:11: tests[1].assert[0]").contains("needs a judge model")
        .contains("--judge-model");

    ImportResult chosen = PromptfooImport.read(config, "gemini:gemini-2.0-flash");
    assertThat(chosen.unmapped()).isEmpty();
    assertThat(chosen.benchmark().orElseThrow().get("judges")).isEqualTo(List.of(Map.of("llmRubric",
        Map.of("rubric", "Uses no jargon a child would not know", "model", "gemini:gemini-2.0-flash"))));
    assertThat(chosen.benchmark().orElseThrow()).containsEntry("taskType", "generation");
  }

  @Test
  void assertionsThatDifferBetweenTestsOrAreMissingInOneAreUnmapped() throws IOException {
    Path config = write("promptfooconfig.yaml", """
        prompts: ["{{q}}"]
        providers: [openai:gpt-4o-mini]
        tests:
          - vars: {q: "Give an ISO date"}
            assert:
              - {type: regex, value: "\\\\d{4}-\\\\d{2}-\\\\d{2}"}
              - {type: equals, value: "2024-01-01"}
          - vars: {q: "Give a time"}
            assert:
              - {type: regex, value: "\\\\d{2}:\\\\d{2}"}
              - {type: equals, value: "12:00"}
          - vars: {q: "Say hi"}
            assert:
              - {type: regex, value: "\\\\d{2}:\\\\d{2}"}
        """);

    ImportResult r = PromptfooImport.read(config, null);

    assertThat(r.unmapped()).extracting(ImportNote::toString).containsExactly(
        dir.resolve("promptfooconfig.yaml") + ":12: tests[2]: has no 'equals' assertion, but "
            + dir.resolve("promptfooconfig.yaml") + ":7: tests[0].assert[1] has; a benchmark file grades every"
            + " case with the same judges, so give every test the same assertion types (shared ones can go in"
            + " defaultTest)",
        dir.resolve("promptfooconfig.yaml") + ":10: tests[1].assert[0]: this 'regex' assertion differs from the"
            + " one at " + dir.resolve("promptfooconfig.yaml") + ":6: tests[0].assert[0]; a benchmark file grades"
            + " every case with the same judges, and only one equals, contains or icontains whose value varies can"
            + " become each case's expected answer");
  }

  @Test
  void templatedValuesAreFilledFromTheTestsVarsAndThresholdsMakeAWeightedJudge() throws IOException {
    Path config = write("promptfooconfig.yaml", """
        prompts: ["Translate to French: {{english}}"]
        providers: [openai:gpt-4o-mini]
        defaultTest:
          threshold: 0.5
          assert:
            - {type: equals, value: "{{french}}", weight: 3}
            - {type: not-contains, value: "Translation:"}
        tests:
          - vars: {english: Good morning, french: Bonjour}
          - vars: {english: Thank you, french: Merci}
        """);

    ImportResult r = PromptfooImport.read(config, null);

    assertThat(r.cases()).extracting(c -> c.expected().orElseThrow()).containsExactly("Bonjour", "Merci");
    assertThat(r.benchmark().orElseThrow().get("judges")).isEqualTo(List.of(Map.of("weighted", Map.of(
        "parts", List.of(Map.of("judge", "exact", "weight", 3.0),
            Map.of("judge", Map.of("regex", Map.of("name", "not-contains", "pattern",
                "\\A(?s)(?!.*\\QTranslation:\\E)")), "weight", 1.0)),
        "threshold", 0.5))));
  }

  @Test
  void malformedConfigsNameFileLineAndField() throws IOException {
    Path typo = write("typo/promptfooconfig.yaml", """
        prompts: ["{{q}}"]
        providers: [openai:gpt-4o-mini]
        tests:
          - vars: {q: hi}
            assert:
              - type: equal
                value: hello
        """);
    assertThatThrownBy(() -> PromptfooImport.read(typo, null)).isInstanceOf(InteropException.class)
        .hasMessageStartingWith(typo + ":6: tests[0].assert[0].type: unknown assertion type 'equal'");

    Path missingVar = write("var/promptfooconfig.yaml", """
        prompts: ["Summarise {{article}} for {{audience}}"]
        providers: [openai:gpt-4o-mini]
        tests:
          - vars: {article: "The bridge reopens Monday."}
            assert: [{type: contains, value: bridge}]
        """);
    assertThatThrownBy(() -> PromptfooImport.read(missingVar, null)).isInstanceOf(InteropException.class)
        .hasMessageStartingWith(missingVar + ":4: tests[0]: has no variable 'audience'");

    Path badYaml = write("yaml/promptfooconfig.yaml", "prompts: [\"a\"\ntests: {\n");
    assertThatThrownBy(() -> PromptfooImport.read(badYaml, null)).isInstanceOf(InteropException.class)
        .hasMessageContaining(badYaml + ":").hasMessageContaining("not valid YAML");
  }

  @Test
  void nunjucksBeyondVariablesIsUnmapped() throws IOException {
    Path config = write("promptfooconfig.yaml", """
        prompts: ["Answer {{ question | trim }}"]
        providers: [openai:gpt-4o-mini]
        tests:
          - vars: {question: "2+2?", input: "2+2?"}
            assert: [{type: equals, value: "4"}]
        """);

    ImportResult r = PromptfooImport.read(config, null);

    assertThat(r.unmapped()).singleElement().extracting(ImportNote::message).asString()
        .startsWith("the prompt uses Nunjucks beyond {{variable}}");
    assertThat(r.cases().get(0).input()).isEqualTo("2+2?");
    assertThat(r.benchmark()).isEmpty();
  }
}
