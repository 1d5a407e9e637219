package io.benchmarkhub.author.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.runner.GateCheck;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the example benchmark files, and running one offline. */
class BenchmarkFileTest {
  @TempDir
  Path dir;

  static Path example(String name) {
    try {
      return Path.of(Objects.requireNonNull(BenchmarkFileTest.class.getResource("/spec/" + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theYamlExampleGivesTheBenchmarkItsDesignAndItsGates() {
    BenchmarkFile f = BenchmarkFile.load(example("support-intent.benchmark.yaml"));

    assertThat(f.name()).isEqualTo("support-intent");
    assertThat(f.version()).isEqualTo("1.0.0");
    assertThat(f.description()).isEqualTo("Classify customer messages by intent.");
    assertThat(f.design().taskType()).isEqualTo(TaskType.CLASSIFICATION);
    assertThat(f.design().concepts()).containsExactly("billing", "refunds", "shipping");
    assertThat(f.design().difficulties()).containsExactly("easy", "medium", "hard");
    assertThat(f.design().labels()).containsExactly("billing", "refund", "shipping", "other");
    assertThat(f.gates().checks()).containsExactly(new GateCheck(GateCheck.Kind.PASS_RATE, 0.85, false));
    assertThat(f.gates().knownFailing()).containsExactly("haiku");

    Benchmark b = f.benchmark();
    assertThat(b.name()).isEqualTo("support-intent");
    assertThat(b.models()).extracting(ModelRef::id).containsExactly("openai:gpt-4o-mini", "haiku");
    ModelRef haiku = b.models().get(1);
    assertThat(haiku.model()).isEqualTo("claude-3-5-haiku-latest");
    assertThat(haiku.params().temperature()).hasValue(0);
    assertThat(haiku.params().maxTokens()).hasValue(20);
    assertThat(haiku.params().systemPrompt()).hasValue("You are a support triage assistant.");
    assertThat(b.models().get(0).params().systemPrompt()).hasValue("You are a support triage assistant.");
    assertThat(b.judges()).extracting(Judge::name).hasSize(2);
    assertThat(b.maxCost()).hasValue(2.5);
    assertThat(b.setting("openai.concurrency")).hasValue("4");
    assertThat(b.setting("retry.max-attempts")).hasValue("2");
    TestCase first = b.dataset().toList().get(0);
    assertThat(b.prompt().apply(first)).containsExactly(Message.user("Classify the intent of this message as one of "
        + "billing, refund, shipping, other.\nAnswer with the intent only.\nMessage: Why was I billed $49 this month "
        + "when my plan is $29?\n"));
  }

  @Test
  void theJsonExampleHasAChatPromptWithCaseVariablesAPairJudgeAndPointEstimateGates() {
    BenchmarkFile f = BenchmarkFile.load(example("capitals.benchmark.json"));
    Benchmark b = f.benchmark();

    assertThat(b.version()).isEqualTo("2.1.0");
    assertThat(f.design().taskType()).isEqualTo(TaskType.QUESTION_ANSWERING);
    assertThat(b.models().get(1).params().seed()).hasValue(7);
    assertThat(b.pairJudges()).hasSize(1);
    assertThat(f.gates().checks()).containsExactly(new GateCheck(GateCheck.Kind.PASS_RATE, 0.8, true),
        new GateCheck(GateCheck.Kind.MEAN_SCORE, 0.7, true), new GateCheck(GateCheck.Kind.P95_LATENCY, 3000, true));
    TestCase de = b.dataset().toList().get(1);
    assertThat(b.prompt().apply(de)).containsExactly(Message.system("Answer with one word."),
        Message.user("What is the capital of Germany? (case de)"));
  }

  @Test
  void aRelativeCassetteDirIsTheFilesOwnSoAShippedBenchmarkReplaysFromAnywhere() throws IOException {
    Files.writeString(dir.resolve("cases.jsonl"), "{\"id\": \"q1\", \"input\": \"2+2?\", \"expected\": \"4\"}\n");
    Path file = Files.writeString(dir.resolve("sums.benchmark.yaml"), """
        name: sums
        taskType: qa
        dataset: cases.jsonl
        models: [openai:gpt-4o-mini]
        judges: [exact]
        settings:
          cassette-dir: cassettes
          run-dir: runs
        """);

    Benchmark b = BenchmarkFile.load(file).benchmark();

    assertThat(b.setting("cassette-dir")).hasValue(dir.resolve("cassettes").toAbsolutePath().toString());
    assertThat(b.setting("run-dir")).hasValue("runs");
  }

  @Test
  void runOptionsReplaceModelsKeepingTheirParametersLimitTheCasesAndAddSettings() {
    BenchmarkFile f = BenchmarkFile.load(example("support-intent.benchmark.yaml"));
    Benchmark b = f.builder(new RunOptions(List.of("haiku", "ollama:llama3.2"), 2, Map.of("run-id", "nightly-1",
        "openai.concurrency", "2"))).build();

    assertThat(b.models()).extracting(ModelRef::id).containsExactly("haiku", "ollama:llama3.2");
    assertThat(b.models().get(0).params().maxTokens()).hasValue(20);
    assertThat(b.models().get(1).params().systemPrompt()).hasValue("You are a support triage assistant.");
    assertThat(b.dataset().toList()).extracting(TestCase::id).containsExactly("b-1", "r-1");
    assertThat(b.setting("run-id")).hasValue("nightly-1");
    assertThat(b.setting("openai.concurrency")).hasValue("2");
  }

  @Test
  void theExampleRunsOfflineAndItsGatesReadLikeTheJUnitEngines() throws IOException {
    BenchmarkFile f = BenchmarkFile.load(example("support-intent.benchmark.yaml"));
    Map<String, String> intents = Map.of("billed", "billing", "kettle", "refund", "parcel", "shipping",
        "sofa", "other");
    RunSummary run = f.builder(RunOptions.NONE)
        .provider("openai", request -> answer(intents.entrySet().stream()
            .filter(e -> request.messages().get(request.messages().size() - 1).content().contains(e.getKey()))
            .findFirst().orElseThrow().getValue()))
        .provider("anthropic", request -> answer("billing"))
        .setting("run-dir", dir.toString()).setting("reports", "false").quiet()
        .run();

    assertThat(run.model("openai:gpt-4o-mini").passed()).isEqualTo(4);
    assertThat(run.model("haiku").passed()).isEqualTo(1);
    List<GateOutcome> outcomes = f.gates().check(run);
    assertThat(outcomes).extracting(GateOutcome::describe).containsExactly(
        "gate pass-rate ≥ 0.85 (95% lower bound) [openai:gpt-4o-mini] failed: pass rate of openai:gpt-4o-mini "
            + "1.00 (95% CI 0.51–1.00, 4 of 4 graded) lower bound 0.51 < 0.85",
        "gate pass-rate ≥ 0.85 (95% lower bound) [haiku] failed, as declared in gates.knownFailing: pass rate of "
            + "haiku 0.25 (95% CI 0.05–0.70, 1 of 4 graded) lower bound 0.05 < 0.85");
    assertThat(outcomes).extracting(GateOutcome::fails).containsExactly(true, false);
  }

  @Test
  void aKnownFailingModelThatPassesFailsTheCheckSoTheDeclarationCannotGoStale() {
    GateCheck low = new GateCheck(GateCheck.Kind.PASS_RATE, 0.5, true);
    GateOutcome now = new GateOutcome("haiku", low, java.util.Optional.empty(), true);
    assertThat(now.status()).isEqualTo(GateOutcome.Status.NOW_PASSING);
    assertThat(now.fails()).isTrue();
    assertThat(now.describe()).isEqualTo("gate pass-rate ≥ 0.5 [haiku] now passes, but gates.knownFailing declares "
        + "haiku failing: remove it from knownFailing");
  }

  @Test
  void withoutAPromptTheCaseIsSentAsItIs() throws IOException {
    Files.writeString(dir.resolve("chat.jsonl"), """
        {"id": "c1", "input": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}, \
        {"role": "user", "content": "Cancel my order"}], "expected": "cancel"}
        """);
    Path yaml = Files.writeString(dir.resolve("chat.yaml"), """
        name: chat
        taskType: generation
        dataset: chat.jsonl
        models: [openai:gpt-4o-mini]
        judges: [contains]
        """);
    Benchmark b = BenchmarkFile.load(yaml).benchmark();
    assertThat(b.version()).isEqualTo("1.0.0");
    assertThat(b.prompt().apply(b.dataset().toList().get(0))).hasSize(3);
  }

  private static Completion answer(String text) {
    return new Completion(text, FinishReason.STOP, Duration.ofMillis(5), Usage.of(30, 1), null);
  }
}
