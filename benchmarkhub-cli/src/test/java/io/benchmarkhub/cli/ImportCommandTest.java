package io.benchmarkhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmarkhub import}: the files it writes, its listing of what was left out, its exit codes. */
class ImportCommandTest {
  private static final String CONFIG = """
      description: Refund policy answers
      prompts:
        - |
          You answer questions about Acme's refund policy in one sentence.
          Question: {{question}}
      providers:
        - openai:gpt-4o-mini
        - id: anthropic:messages:claude-3-5-haiku-latest
          label: haiku
          config: {temperature: 0}
      defaultTest:
        assert:
          - type: llm-rubric
            value: States the policy without inventing conditions
      tests:
        - vars: {question: "How long do I have to return a kettle?"}
          assert:
            - {type: icontains, value: 30 days}
            - {type: python, value: "len(output) < 300"}
        - vars: {question: "Do you refund shipping costs?"}
          assert:
            - {type: icontains, value: shipping}
            - {type: python, value: "len(output) < 300"}
      """;

  @TempDir
  Path dir;

  private static CliRun cli(String... args) {
    return CliRun.of(SecretSource.of(Map.of()), args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void unmappedAssertionStopsWithExitOneNamingFileLineAndType() throws IOException {
    Path config = write("promptfooconfig.yaml", CONFIG);

    CliRun run = cli("import", "promptfoo", config.toString(), "--out", dir.resolve("cases.jsonl").toString(),
        "--judge-model", "openai:gpt-4o-mini");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("import: " + config + ":19: tests[0].assert[1]: assertion type 'python' runs"
        + " code").contains("(and 1 more unmapped item)").contains("--skip-unmapped");
    assertThat(dir.resolve("cases.jsonl")).doesNotExist();
  }

  @Test
  void skipUnmappedWritesCasesAndABenchmarkFileThatLoadsAndListsWhatWasLeftOut() throws IOException {
    Path config = write("promptfooconfig.yaml", CONFIG);
    Path cases = dir.resolve("out/refunds.jsonl");
    Path benchmark = dir.resolve("refunds.benchmark.yaml");

    CliRun run = cli("import", "promptfoo", config.toString(), "--out", cases.toString(), "--benchmark-out",
        benchmark.toString(), "--judge-model", "openai:gpt-4o-mini", "--skip-unmapped");

    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("wrote 2 cases to " + cases).contains("wrote " + benchmark)
        .contains("left out: " + config + ":19: tests[0].assert[1]: assertion type 'python' runs code");
    assertThat(Dataset.jsonl(cases).toList()).extracting(c -> c.expected().orElseThrow())
        .containsExactly("30 days", "shipping");
    String yaml = Files.readString(benchmark);
    assertThat(yaml).startsWith("# Imported from " + config).contains("dataset: out/refunds.jsonl")
        .contains("model: openai:gpt-4o-mini").contains("label: haiku");
    BenchmarkFile loaded = BenchmarkFile.load(benchmark);
    assertThat(loaded.name()).isEqualTo("refund-policy-answers");
    assertThat(loaded.benchmark().judges()).hasSize(2);
  }

  @Test
  void benchmarkOutWithoutAnyUsableProviderIsExitOneBeforeWritingAnything() throws IOException {
    Path config = write("promptfooconfig.yaml", """
        prompts: ["Answer briefly: {{question}}"]
        providers: [bedrock:anthropic.claude-3-haiku-20240307-v1:0]
        tests:
          - vars: {question: "Capital of Peru?"}
            assert: [{type: equals, value: Lima}]
        """);
    Path cases = dir.resolve("peru.jsonl");

    CliRun run = cli("import", "promptfoo", config.toString(), "--out", cases.toString(), "--benchmark-out",
        dir.resolve("peru.benchmark.yaml").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("import: " + config + ": no benchmark file: no provider maps to a BenchmarkHub"
        + " model\n");
    assertThat(cases).doesNotExist();
  }

  @Test
  void evalsAndInspectWriteCases() throws IOException {
    Path evals = write("samples.jsonl", """
        {"input": [{"role": "system", "content": "Answer with the number only."}, {"role": "user", "content": "What is 12 * 12?"}], "ideal": "144"}
        {"input": [{"role": "user", "content": "What is 2 to the power of 10?"}], "ideal": ["1024", "1,024"]}
        """);
    Path inspect = write("mmlu.jsonl", """
        {"id": "geo-1", "input": "Which river flows through Cairo?", "choices": ["Nile", "Niger", "Congo"], "target": "A"}
        """);

    CliRun e = cli("import", "openai-evals", evals.toString(), "--out", dir.resolve("evals.jsonl").toString());
    CliRun i = cli("import", "inspect", inspect.toString(), "--out", dir.resolve("mmlu-cases.jsonl").toString());

    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(Dataset.jsonl(dir.resolve("evals.jsonl")).toList()).extracting(TestCase::expected)
        .extracting(o -> o.orElseThrow()).containsExactly("144", "1024");
    assertThat(i.exit()).as(i.err()).isZero();
    assertThat(Dataset.jsonl(dir.resolve("mmlu-cases.jsonl")).toList().get(0).expected()).contains("Nile");
  }

  @Test
  void malformedLineIsExitOneWithFileAndLine() throws IOException {
    Path evals = write("samples.jsonl", "{\"input\": \"2+2?\", \"ideal\": \"4\"}\n{\"ideal\": \"6\"}\n");

    CliRun run = cli("import", "openai-evals", evals.toString(), "--out", dir.resolve("x.jsonl").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("import: " + evals + ":2: the sample has no 'input'");
  }

  @Test
  void badUsageIsExitTwo() throws IOException {
    Path evals = write("samples.jsonl", "{\"input\": \"2+2?\", \"ideal\": \"4\"}\n");
    String out = dir.resolve("x.jsonl").toString();

    CliRun format = cli("import", "deepeval", evals.toString(), "--out", out);
    CliRun benchmark = cli("import", "inspect", evals.toString(), "--out", out, "--benchmark-out", "x.yaml");
    CliRun noOut = cli("import", "inspect", evals.toString());

    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'deepeval': use promptfoo, openai-evals or inspect");
    assertThat(benchmark.exit()).isEqualTo(2);
    assertThat(benchmark.err()).contains("--benchmark-out is for promptfoo configs");
    assertThat(noOut.exit()).isEqualTo(2);
    assertThat(noOut.err()).contains("--out");
  }

  @Test
  void helpDescribesTheFormats() {
    CliRun run = cli("import", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("promptfoo, openai-evals or inspect").contains("--skip-unmapped")
        .contains("--judge-model").contains("Exit codes:");
  }
}
