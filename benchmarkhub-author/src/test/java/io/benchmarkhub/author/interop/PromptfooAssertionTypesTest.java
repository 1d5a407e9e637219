package io.benchmarkhub.author.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.generate.CaseJsonlWriter;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every promptfoo assertion type with a judge gives a judge entry benchmark files accept; the others are named. */
class PromptfooAssertionTypesTest {
  @TempDir
  Path dir;

  private Path config(String asserts) throws IOException {
    String test = "    assert:\n" + asserts.indent(6);
    Path p = dir.resolve("promptfooconfig.yaml");
    Files.writeString(p, """
        description: Order status JSON
        prompts: ["Return the status of order {{order}} as JSON."]
        providers: [openai:gpt-4o-mini]
        tests:
          - vars: {order: A-1001}
        """ + test + """
          - vars: {order: A-1002}
        """ + test);
    return p;
  }

  @Test
  void everyMappedTypeLoadsAsAJudgeOfABenchmarkFile() throws IOException {
    Path config = config("""
        - {type: contains-any, value: [shipped, delivered]}
        - {type: icontains-all, value: "status, order"}
        - {type: starts-with, value: "{"}
        - {type: regex, value: "\\"status\\"\\\\s*:"}
        - {type: is-json}
        - {type: is-json, value: {type: object, required: [status]}}
        - {type: g-eval, value: [Is valid JSON, Names the order], threshold: 0.6}
        - {type: model-graded-closedqa, value: Says the status of the order, metric: status-stated}
        - {type: not-equals, value: "{}"}
        - {type: not-starts-with, value: "Sure"}
        - {type: not-regex, value: "(?i)sorry"}
        """);

    ImportResult r = PromptfooImport.read(config, "openai:gpt-4o-mini");

    assertThat(r.unmapped()).isEmpty();
    List<?> judges = (List<?>) r.benchmark().orElseThrow().get("judges");
    assertThat(judges).hasSize(11);
    assertThat(judges.get(0)).isEqualTo(Map.of("containsAny", Map.of("values", List.of("shipped", "delivered"))));
    assertThat(judges.get(1)).isEqualTo(Map.of("contains", Map.of("ignoreCase", true, "values",
        List.of("status", "order"))));
    assertThat(judges.get(4)).isEqualTo("validJson");
    assertThat(judges.get(7)).isEqualTo(Map.of("llmRubric", Map.of("name", "status-stated", "rubric",
        "Says the status of the order", "model", "openai:gpt-4o-mini")));
    Path cases = dir.resolve("orders.jsonl");
    CaseJsonlWriter.write(r.cases(), cases);
    Path file = dir.resolve("orders.benchmark.yaml");
    BenchmarkYaml.write(r.benchmark().orElseThrow(), file, cases, "test");
    assertThat(BenchmarkFile.load(file).benchmark().judges()).hasSize(11);
  }

  @Test
  void mappedRegexesMeanWhatPromptfooMeans() throws IOException {
    Path config = config("""
        - {type: starts-with, value: "{"}
        - {type: not-equals, value: "{}"}
        - {type: not-starts-with, value: "Sure"}
        - {type: not-regex, value: "(?i)sorry"}
        """);
    List<?> judges = (List<?>) PromptfooImport.read(config, null).benchmark().orElseThrow().get("judges");
    List<java.util.regex.Pattern> p = judges.stream().map(j -> java.util.regex.Pattern.compile(
        (String) ((Map<?, ?>) ((Map<?, ?>) j).get("regex")).get("pattern"))).toList();

    assertThat(p.get(0).matcher("{\"status\": \"shipped\"}").find()).isTrue();
    assertThat(p.get(0).matcher("Here: {}").find()).isFalse();
    assertThat(p.get(1).matcher("{}").find()).isFalse();
    assertThat(p.get(1).matcher("{} ").find()).isTrue();
    assertThat(p.get(2).matcher("Sure! {}").find()).isFalse();
    assertThat(p.get(2).matcher("{\"status\": \"Sure\"}").find()).isTrue();
    assertThat(p.get(3).matcher("{\"status\": \"shipped\"}\nSORRY for the delay").find()).isFalse();
    assertThat(p.get(3).matcher("{\"status\": \"shipped\"}").find()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "javascript | output.length < 200 | runs code, and BenchmarkHub judges are Java",
      "python | len(output) < 200 | runs code",
      "similar | The order has shipped | is a similarity metric with no BenchmarkHub judge",
      "levenshtein | shipped | is a similarity metric",
      "cost | 0.002 | is a property of the run, not of the answer: use the benchmark file's gates",
      "latency | 1500 | is a property of the run",
      "is-valid-openai-tools-call | x | checks tool calls or the finish reason",
      "contains-json | x | has no BenchmarkHub judge",
      "factuality | The order shipped on May 2 | is a model-graded or grouped check with no BenchmarkHub judge",
      "not-similar | The order has shipped | is a negation; BenchmarkHub has no 'not' judge",
      "not-is-json | x | is a negation; BenchmarkHub has no 'not' judge"})
  void typesWithoutAJudgeAreUnmappedNotesNamingLineAndType(String type, String value, String why)
      throws IOException {
    Path config = config("- {type: " + type + ", value: \"" + value + "\"}\n");

    ImportResult r = PromptfooImport.read(config, null);

    assertThat(r.unmapped()).hasSize(2).first().extracting(ImportNote::toString).asString()
        .startsWith(config + ":7: tests[0].assert[0]: assertion type '" + type + "' " + why);
    assertThat(r.cases()).extracting(TestCase::id).doesNotHaveDuplicates();
  }
}
