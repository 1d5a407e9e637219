package io.benchmarkhub.author.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenAI Evals and Inspect sample files as cases, and their malformed lines. */
class SampleImportTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path p = dir.resolve("samples.jsonl");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void openAiEvalsSamplesBecomeChatCasesWithIdealAsExpected() {
    ImportResult r = OpenAiEvalsImport.read(Samples.path("openai-evals/samples.jsonl"));

    assertThat(r.cases()).hasSize(4).allSatisfy(c -> assertThat(c.isChat()).isTrue());
    TestCase first = r.cases().get(0);
    assertThat(first.messages()).containsExactly(Message.system("Answer with the number only."),
        Message.user("What is 17 * 23?"));
    assertThat(first.expected()).contains("391");
    assertThat(first.id()).startsWith("c-");
    TestCase iron = r.cases().get(2);
    assertThat(iron.expected()).contains("Fe");
    assertThat(iron.variables()).containsExactly(Map.entry("ideals", List.of("Fe", "fe")));
    assertThat(r.cases().get(3).variables()).containsExactly(Map.entry("category", "misconceptions"));
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void openAiEvalsMalformedLinesNameFileLineAndField() throws IOException {
    Path noInput = write("{\"input\": \"2+2?\", \"ideal\": \"4\"}\n\n{\"ideal\": \"4\"}\n");
    assertThatThrownBy(() -> OpenAiEvalsImport.read(noInput)).isInstanceOf(InteropException.class)
        .hasMessageStartingWith(noInput + ":3: the sample has no 'input'");

    Path badRole = write("{\"input\": [{\"role\": \"tool\", \"content\": \"42\"}], \"ideal\": \"4\"}\n");
    assertThatThrownBy(() -> OpenAiEvalsImport.read(badRole)).isInstanceOf(InteropException.class)
        .hasMessageStartingWith(badRole + ":1: input[0].role: 'tool' is not supported");

    Path badJson = write("{\"input\": \"2+2?\", \"ideal\": \"4\"}\n{\"input\": \"3+3?\" \"ideal\": \"6\"}\n");
    assertThatThrownBy(() -> OpenAiEvalsImport.read(badJson)).isInstanceOf(InteropException.class)
        .hasMessageStartingWith(badJson + ":2: not valid JSON");

    Path emptyIdeal = write("{\"input\": \"2+2?\", \"ideal\": []}\n");
    assertThatThrownBy(() -> OpenAiEvalsImport.read(emptyIdeal)).isInstanceOf(InteropException.class)
        .hasMessage(emptyIdeal + ":1: ideal: is an empty list; give at least one acceptable answer");
  }

  @Test
  void identicalSamplesGetDistinctIds() throws IOException {
    Path twice = write("{\"input\": \"2+2?\", \"ideal\": \"4\"}\n{\"input\": \"2+2?\", \"ideal\": \"4\"}\n");

    ImportResult r = OpenAiEvalsImport.read(twice);

    assertThat(r.cases().get(1).id()).isEqualTo(r.cases().get(0).id() + "-2");
    assertThat(r.notes()).singleElement().extracting(ImportNote::location).isEqualTo(twice + ":2");
  }

  @Test
  void inspectSamplesMapTargetLettersToTheChoiceTheyName() {
    ImportResult r = InspectImport.read(Samples.path("inspect/mmlu-sample.jsonl"));

    TestCase mercury = r.cases().get(0);
    assertThat(mercury.id()).isEqualTo("astronomy-0");
    assertThat(mercury.expected()).contains("Mercury");
    assertThat(mercury.variables()).containsExactly(Map.entry("choices", List.of("Venus", "Mercury", "Mars",
        "Earth")));
    assertThat(mercury.metadata()).containsExactly(Map.entry("subject", "astronomy"));
    TestCase primes = r.cases().get(2);
    assertThat(primes.id()).isEqualTo("17");
    assertThat(primes.expected()).contains("7");
    assertThat(primes.variables()).containsEntry("targets", List.of("7", "11"));
    TestCase chat = r.cases().get(3);
    assertThat(chat.messages()).containsExactly(Message.system("You are a careful physics tutor."),
        Message.user("In one word: what force keeps the Moon in orbit?"));
    assertThat(chat.expected()).contains("gravity");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void inspectAgentFieldsAreUnmappedAndBadTargetsNamed() throws IOException {
    Path sandbox = write("{\"input\": \"List the files in /srv\", \"target\": \"app.py\", \"sandbox\": \"docker\","
        + " \"files\": {\"/srv/app.py\": \"print(1)\"}}\n");
    ImportResult r = InspectImport.read(sandbox);
    assertThat(r.unmapped()).extracting(ImportNote::location).containsExactly(sandbox + ":1: sandbox",
        sandbox + ":1: files");
    assertThatThrownBy(r::requireMapped).hasMessageContaining("'sandbox' prepares an agent's environment");

    Path letter = write("{\"input\": \"Pick one\", \"choices\": [\"a\", \"b\"], \"target\": \"C\"}\n");
    assertThatThrownBy(() -> InspectImport.read(letter)).isInstanceOf(InteropException.class)
        .hasMessage(letter + ":1: target: 'C' names no choice: the sample has 2 (A to B)");

    Path parts = write("{\"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"image\", \"image\": \"x.png\"}]}],"
        + " \"target\": \"cat\"}\n");
    assertThatThrownBy(() -> InspectImport.read(parts)).isInstanceOf(InteropException.class)
        .hasMessageStartingWith(parts + ":1: input[0].content: only text parts");
  }
}
