package io.benchmarkhub.author.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ours → JSONL, CSV and Hugging Face → ours gives the same cases; imports survive an export and a re-read. */
class ExportRoundTripTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir
  Path dir;

  private static final List<TestCase> TEXT_CASES = List.of(
      TestCase.builder().id("refund-01").input("I was charged twice, refund me please")
          .expected("refund").tags("billing", "email").difficulty("easy")
          .variable("customer", "Ada").variable("channel", "email")
          .metadata("source", "zendesk-2291").metadata("reviewed", "yes").build(),
      TestCase.builder().id("ship-02").input("Parcel stuck at \"label created\", 6 days,\nwhat now?")
          .expected("shipping").tags("delivery").difficulty("hard").variable("customer", "Lin").build(),
      TestCase.builder().id("other-03").input("Do you sell gift cards?").build());

  private static final List<TestCase> RICH_CASES = List.of(
      TestCase.builder().id("q1").messages(List.of(Message.system("Answer with a letter."),
          Message.user("Which planet is closest to the Sun?"))).expected("Mercury")
          .variable("choices", List.of("Venus", "Mercury")).variable("points", 2L)
          .metadata("subject", "astronomy").metadata("review", new java.util.TreeMap<>(Map.of("by", "kim", "ok", true))).build(),
      TestCase.builder().id("q2").messages(List.of(Message.user("What causes the seasons?")))
          .variable("choices", List.of("Tilt", "Distance", "Flares")).variable("points", 1L)
          .metadata("subject", "astronomy").build());

  @Test
  void jsonlRoundTripKeepsEveryField() {
    Path out = dir.resolve("out/cases.jsonl");

    long n = JsonlExport.write(Dataset.of(RICH_CASES), out);

    assertThat(n).isEqualTo(2);
    assertThat(Dataset.jsonl(out).toList()).isEqualTo(RICH_CASES);
  }

  @Test
  void csvRoundTripKeepsTextCasesAndWritesOurHeader() throws IOException {
    Path out = dir.resolve("cases.csv");

    CaseCsvWriter.write(Dataset.of(TEXT_CASES), out);

    assertThat(Files.readAllLines(out).get(0))
        .isEqualTo("id,input,expected,tags,difficulty,var.customer,var.channel,meta.source,meta.reviewed");
    assertThat(Dataset.csv(out).toList()).isEqualTo(TEXT_CASES);
  }

  @Test
  void csvRefusesWhatACellCannotHoldNamingTheCase() {
    assertThatThrownBy(() -> CaseCsvWriter.write(Dataset.of(RICH_CASES), dir.resolve("x.csv")))
        .isInstanceOf(InteropException.class)
        .hasMessage("dataset: case q1 is a chat conversation, which a CSV input cell cannot hold; export as jsonl"
            + " instead");
  }

  @Test
  void huggingFaceFolderHasDataAndACardTheHubReads() throws IOException {
    Path hf = dir.resolve("hf");
    DatasetCardInfo info = new DatasetCardInfo("support-intent", "Classify customer messages by intent.",
        TaskType.CLASSIFICATION, "cc-by-4.0", List.of("en"), "Written by the support team from real tickets.",
        "@misc{support-intent, title={support-intent}, year={2026}}");

    long n = HuggingFaceExport.write(Dataset.of(TEXT_CASES), hf, "test", HuggingFaceExport.Format.JSONL, info);

    assertThat(n).isEqualTo(3);
    assertThat(Dataset.jsonl(hf.resolve("data/test.jsonl")).toList()).isEqualTo(TEXT_CASES);
    String card = Files.readString(hf.resolve("README.md"));
    assertThat(card).startsWith("---\n");
    Map<String, Object> front = frontMatter(card);
    assertThat(front.get("license")).isEqualTo("cc-by-4.0");
    assertThat(front.get("task_categories")).isEqualTo(List.of("text-classification"));
    assertThat(front.get("language")).isEqualTo(List.of("en"));
    assertThat(front.get("pretty_name")).isEqualTo("support-intent");
    assertThat(front.get("size_categories")).isEqualTo(List.of("n<1K"));
    assertThat(front.get("configs")).isEqualTo(List.of(Map.of("config_name", "default", "data_files",
        List.of(Map.of("split", "test", "path", "data/test.jsonl")))));
    Map<?, ?> datasetInfo = (Map<?, ?>) front.get("dataset_info");
    assertThat(datasetInfo.get("features")).isEqualTo(List.of(
        Map.of("name", "id", "dtype", "string"),
        Map.of("name", "input", "dtype", "string"),
        Map.of("name", "expected", "dtype", "string"),
        Map.of("name", "vars", "struct", List.of(Map.of("name", "customer", "dtype", "string"),
            Map.of("name", "channel", "dtype", "string"))),
        Map.of("name", "tags", "sequence", "string"),
        Map.of("name", "difficulty", "dtype", "string"),
        Map.of("name", "metadata", "struct", List.of(Map.of("name", "source", "dtype", "string"),
            Map.of("name", "reviewed", "dtype", "string")))));
    assertThat(datasetInfo.get("splits")).isEqualTo(List.of(Map.of("name", "test", "num_examples", 3)));
    assertThat(card).contains("# support-intent\n\nClassify customer messages by intent.")
        .contains("| `vars` | map | variables for prompt templates: `customer`, `channel` |")
        .contains("## How it was made\n\nWritten by the support team from real tickets.")
        .contains("```bibtex\n@misc{support-intent");
  }

  @Test
  void huggingFaceChatCasesDeclareMessagesListsAndNestedTypes() throws IOException {
    Path hf = dir.resolve("hf");

    HuggingFaceExport.write(Dataset.of(RICH_CASES), hf, "validation", HuggingFaceExport.Format.JSONL,
        new DatasetCardInfo("astro", "", null, null, List.of(), "", ""));

    assertThat(Dataset.jsonl(hf.resolve("data/validation.jsonl")).toList()).isEqualTo(RICH_CASES);
    String card = Files.readString(hf.resolve("README.md"));
    Map<String, Object> front = frontMatter(card);
    assertThat(front.get("license")).isEqualTo("unknown");
    assertThat(front).doesNotContainKeys("task_categories", "language");
    @SuppressWarnings("unchecked")
    List<Object> features = (List<Object>) ((Map<?, ?>) front.get("dataset_info")).get("features");
    assertThat(features).contains(Map.of("name", "input", "list", List.of(Map.of("name", "role", "dtype", "string"),
        Map.of("name", "content", "dtype", "string"))));
    assertThat(features).contains(Map.of("name", "vars", "struct", List.of(
        Map.of("name", "choices", "sequence", "string"), Map.of("name", "points", "dtype", "int64"))));
    assertThat(features).contains(Map.of("name", "metadata", "struct", List.of(
        Map.of("name", "subject", "dtype", "string"), Map.of("name", "review", "struct", List.of(
            Map.of("name", "by", "dtype", "string"), Map.of("name", "ok", "dtype", "bool"))))));
    assertThat(card).contains("No citation was given");
  }

  @Test
  void huggingFaceCsvLayoutRoundTrips() throws IOException {
    Path hf = dir.resolve("hf");

    HuggingFaceExport.write(Dataset.of(TEXT_CASES), hf, "test", HuggingFaceExport.Format.CSV,
        new DatasetCardInfo("support", "", TaskType.CLASSIFICATION, "mit", List.of("en"), "", ""));

    assertThat(Dataset.csv(hf.resolve("data/test.csv")).toList()).isEqualTo(TEXT_CASES);
    assertThat(Files.readString(hf.resolve("README.md"))).contains("path: data/test.csv")
        .contains("name: var.customer");
  }

  @Test
  void huggingFaceRefusesAColumnWithTwoTypesAndLeavesNoPartialFile() {
    List<TestCase> mixed = List.of(TestCase.builder().id("a").input("x").variable("n", "three").build(),
        TestCase.builder().id("b").input("y").variable("n", 3L).build());

    assertThatThrownBy(() -> HuggingFaceExport.write(Dataset.of(mixed), dir.resolve("hf"), "test",
        HuggingFaceExport.Format.JSONL, new DatasetCardInfo("m", "", null, null, List.of(), "", "")))
        .isInstanceOf(InteropException.class)
        .hasMessage("dataset: case b has the variable 'n' as a whole number, but earlier cases have it as text; a"
            + " Hugging Face column holds one type");
    assertThat(dir.resolve("hf/data/test.jsonl")).doesNotExist();
  }

  @Test
  void importsSurviveExportAndReRead() throws IOException {
    for (ImportResult imported : List.of(
        PromptfooImport.read(Samples.path("promptfoo/capitals/promptfooconfig.yaml"), null),
        PromptfooImport.read(Samples.path("promptfoo/support/promptfooconfig.yaml"), null),
        OpenAiEvalsImport.read(Samples.path("openai-evals/samples.jsonl")),
        InspectImport.read(Samples.path("inspect/mmlu-sample.jsonl")))) {
      Path jsonl = dir.resolve("cases.jsonl");
      JsonlExport.write(Dataset.of(imported.cases()), jsonl);
      assertThat(Dataset.jsonl(jsonl).toList()).as(imported.source()).isEqualTo(imported.cases());
    }
    ImportResult support = PromptfooImport.read(Samples.path("promptfoo/support/promptfooconfig.yaml"), null);
    Path csv = dir.resolve("support.csv");
    CaseCsvWriter.write(Dataset.of(support.cases()), csv);
    assertThat(Dataset.csv(csv).toList()).isEqualTo(support.cases());
    ImportResult evals = OpenAiEvalsImport.read(Samples.path("openai-evals/samples.jsonl"));
    Path hf = dir.resolve("hf-evals");
    HuggingFaceExport.write(Dataset.of(evals.cases()), hf, "test", HuggingFaceExport.Format.JSONL,
        new DatasetCardInfo("arithmetic", "", TaskType.QUESTION_ANSWERING, null, List.of("en"), "", ""));
    assertThat(Dataset.jsonl(hf.resolve("data/test.jsonl")).toList()).isEqualTo(evals.cases());
    assertThat(OpenAiEvalsImport.read(hf.resolve("data/test.jsonl")).cases()).extracting(TestCase::messages)
        .isEqualTo(evals.cases().stream().map(TestCase::messages).toList());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> frontMatter(String card) throws IOException {
    return YAML.readValue(card.substring(4, card.indexOf("\n---\n", 4)), Map.class);
  }

  @Test
  void sizeCategoriesFollowTheHubsBuckets() {
    assertThat(DatasetCard.sizeCategory(999)).isEqualTo("n<1K");
    assertThat(DatasetCard.sizeCategory(1_000)).isEqualTo("1K<n<10K");
    assertThat(DatasetCard.sizeCategory(250_000)).isEqualTo("100K<n<1M");
  }
}
