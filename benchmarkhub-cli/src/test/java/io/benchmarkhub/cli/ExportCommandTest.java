package io.benchmarkhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.SecretSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmarkhub export}: JSONL, CSV and Hugging Face output from a dataset or a benchmark file. */
class ExportCommandTest {
  private static final String CASES = """
      {"id": "t1", "input": "I was charged twice for order 4411", "expected": "refund", "tags": ["billing"], "difficulty": "easy", "metadata": {"concept": "billing"}}
      {"id": "t2", "input": "My parcel has not moved in six days", "expected": "shipping", "tags": ["delivery"], "difficulty": "medium", "metadata": {"concept": "delivery"}}
      {"id": "t3", "input": "The 2FA code never arrives", "expected": "account", "difficulty": "hard", "metadata": {"concept": "login"}}
      """;

  private static final String BENCHMARK = """
      name: support-intent
      version: 1.2.0
      description: Classify customer messages by intent.
      taskType: classification
      dataset: support-intent.jsonl
      concepts: [billing, delivery, login]
      difficulties: [easy, medium, hard]
      labels: [refund, shipping, account]
      prompt: "Classify: {{input}}"
      models: [openai:gpt-4o-mini]
      judges:
        - exact: { ignoreCase: true, trim: true }
      """;

  @TempDir
  Path dir;

  private static CliRun cli(String... args) {
    return CliRun.of(SecretSource.of(Map.of()), args);
  }

  private Path cases() throws IOException {
    Path p = dir.resolve("support-intent.jsonl");
    Files.writeString(p, CASES);
    return p;
  }

  @Test
  void jsonlAndCsvRoundTrip() throws IOException {
    Path cases = cases();
    Path jsonl = dir.resolve("out/copy.jsonl");
    Path csv = dir.resolve("out/copy.csv");

    CliRun j = cli("export", cases.toString(), "--format", "jsonl", "--out", jsonl.toString());
    CliRun c = cli("export", cases.toString(), "--format", "csv", "--out", csv.toString());

    assertThat(j.exit()).as(j.err()).isZero();
    assertThat(j.out()).contains("wrote 3 cases to " + jsonl);
    assertThat(Dataset.jsonl(jsonl).toList()).isEqualTo(Dataset.jsonl(cases).toList());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(Files.readAllLines(csv).get(0)).isEqualTo("id,input,expected,tags,difficulty,meta.concept");
    assertThat(Dataset.csv(csv).toList()).isEqualTo(Dataset.jsonl(cases).toList());
  }

  @Test
  void huggingFaceFromABenchmarkFileTakesItsNameTaskTypeAndDesign() throws IOException {
    cases();
    Path benchmark = dir.resolve("support-intent.benchmark.yaml");
    Files.writeString(benchmark, BENCHMARK);
    Path bib = dir.resolve("cite.bib");
    Files.writeString(bib, "@misc{acme-support-intent, title={Support intent}, author={Acme}, year={2026}}");
    Path hf = dir.resolve("hf/support-intent");

    CliRun run = cli("export", benchmark.toString(), "--format", "huggingface", "--out", hf.toString(),
        "--license", "cc-by-4.0", "--language", "en,de", "--citation", bib.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote 3 cases to " + hf + " (data/test.jsonl and README.md)");
    assertThat(Dataset.jsonl(hf.resolve("data/test.jsonl")).toList()).hasSize(3);
    String card = Files.readString(hf.resolve("README.md"));
    assertThat(card).contains("license: cc-by-4.0").contains("- text-classification").contains("- de")
        .contains("pretty_name: support-intent").contains("path: data/test.jsonl")
        .contains("Classify customer messages by intent.")
        .contains("The cases of the BenchmarkHub benchmark `support-intent` 1.2.0")
        .contains("concepts billing, delivery, login").contains("@misc{acme-support-intent");
  }

  @Test
  void csvOfAChatDatasetIsExitOneNamingTheCase() throws IOException {
    Path chat = dir.resolve("chat.jsonl");
    Files.writeString(chat, "{\"id\": \"c1\", \"input\": [{\"role\": \"user\", \"content\": \"hi\"}]}\n");

    CliRun run = cli("export", chat.toString(), "--format", "csv", "--out", dir.resolve("chat.csv").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("export: " + chat + ":1: case c1 is a chat conversation");
  }

  @Test
  void badUsageIsExitTwoAndAMissingDatasetExitOne() throws IOException {
    Path cases = cases();

    CliRun format = cli("export", cases.toString(), "--format", "parquet", "--out", "x");
    CliRun missing = cli("export", dir.resolve("nope.jsonl").toString(), "--format", "jsonl", "--out",
        dir.resolve("y.jsonl").toString());

    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("unknown --format 'parquet': use jsonl, csv or huggingface");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.jsonl");
  }

  @Test
  void helpListsFormatsAndCardOptions() {
    CliRun run = cli("export", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--format").contains("--license").contains("--split").contains("Exit codes:");
  }
}
