package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.TestRecordings.recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassetteTest {
  @TempDir
  Path dir;

  @Test
  void rewritesTheFileSortedWithOneLinePerFingerprintTheNewestWinning() throws IOException {
    Recording b1 = recording("openai", "gpt-4o-mini", "b question", 1, "b");
    Recording a2 = recording("openai", "gpt-4o-mini", "a question", 2, "a2");
    Recording a1Old = recording("openai", "gpt-4o-mini", "a question", 1, "a1 old");
    Recording a1Older = recording("openai", "gpt-4o-mini", "a question", 1, "a1 older");
    Recording claude = recording("anthropic", "claude-3-5-haiku-latest", "z question", 1, "claude");
    Path file = dir.resolve("support intent.cassette.jsonl".replace(' ', '_'));
    Files.write(file, List.of(b1.toJsonLine(), a1Older.toJsonLine(), a2.toJsonLine(), a1Old.toJsonLine()));

    Cassette cassette = Cassette.open("support intent", dir);
    assertThat(cassette.found()).isTrue();
    assertThat(cassette.lookup(a1Old.fingerprint())).map(Completion::text).contains("a1 old");
    Recording a1New = recording("openai", "gpt-4o-mini", "a question", 1, "a1 new");
    cassette.store(a1New);
    cassette.store(claude);
    cassette.close();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).containsExactly(claude.toJsonLine(), a1New.toJsonLine(), a2.toJsonLine(), b1.toJsonLine());
    assertThat(Cassette.open("support intent", dir).lookup(a1New.fingerprint()))
        .map(Completion::text).contains("a1 new");
  }

  @Test
  void servesRecordedAnswersMarkedReplayAndKnowsWhichModelsItHolds() throws IOException {
    Recording r = recording("openai", "gpt-4o-mini", "q", 1, "answer");
    Files.write(dir.resolve("b.cassette.jsonl"), List.of(r.toJsonLine()));

    Cassette cassette = Cassette.open("b", dir);

    Completion c = cassette.lookup(r.fingerprint()).orElseThrow();
    assertThat(c).isEqualTo(r.completion().withOrigin(CompletionOrigin.REPLAY));
    assertThat(c.usage().costUsd()).hasValue(0.001);
    assertThat(cassette.holds("openai", "gpt-4o-mini")).isTrue();
    assertThat(cassette.holds("openai", "gpt-4o")).isFalse();
    assertThat(cassette.lookup(recording("openai", "gpt-4o-mini", "q", 2, "x").fingerprint())).isEmpty();
  }

  @Test
  void aMalformedLineFailsNamingFileAndLine() throws IOException {
    Recording good = recording("openai", "m", "q", 1, "a");
    Path file = dir.resolve("bad.cassette.jsonl");
    Files.write(file, List.of(good.toJsonLine(), "", "{\"fingerprint\": \"abc\", "));

    assertThatThrownBy(() -> Cassette.open("bad", dir)).isInstanceOf(BenchmarkException.class)
        .hasMessageStartingWith(file + ":3: not JSON")
        .hasMessageContaining("Fix or delete the line, or record the cassette again with -Dbenchmarkhub.mode=record");
  }

  @Test
  void aLineWhoseRequestWasEditedOrWhoseFieldsAreWrongIsNamed() throws IOException {
    String line = recording("openai", "m", "q", 1, "a").toJsonLine();
    Files.write(dir.resolve("edited.cassette.jsonl"), List.of(line.replace("\"q\"", "\"q2\"")));
    Files.write(dir.resolve("typed.cassette.jsonl"), List.of(line.replace("\"latencyMs\":12", "\"latencyMs\":\"12\"")));

    assertThatThrownBy(() -> Cassette.open("edited", dir)).hasMessageContaining("edited.cassette.jsonl:1: field "
        + "'fingerprint' does not match the request on the same line");
    assertThatThrownBy(() -> Cassette.open("typed", dir))
        .hasMessageContaining("typed.cassette.jsonl:1: field 'response.latencyMs' must be a whole number >= 0");
  }

  @Test
  void isFoundOnTheClasspathWhenTheDirectoryHasNone() {
    Cassette cassette = Cassette.open("classpath-sample", dir);

    assertThat(cassette.found()).isTrue();
    assertThat(cassette.source()).endsWith("benchmarkhub/cassettes/classpath-sample.cassette.jsonl");
    assertThat(cassette.holds("p", "m")).isTrue();
  }

  @Test
  void aMissingCassetteIsEmptyAndRecordingCreatesItsDirectory() {
    Path nested = dir.resolve("a/b");
    Cassette cassette = Cassette.open("new", nested);
    assertThat(cassette.found()).isFalse();
    assertThat(cassette.source()).isEqualTo(nested.resolve("new.cassette.jsonl").toAbsolutePath().toString());

    cassette.store(recording("p", "m", "q", 1, "a"));
    cassette.close();

    assertThat(Cassette.open("new", nested).holds("p", "m")).isTrue();
  }

  @Test
  void appendsAfterAHandEditedLastLineWithoutALineBreak() throws IOException {
    Recording first = recording("p", "m", "q1", 1, "a");
    Path file = dir.resolve("edit.cassette.jsonl");
    Files.writeString(file, first.toJsonLine(), StandardCharsets.UTF_8);

    Cassette cassette = Cassette.open("edit", dir);
    Recording second = recording("p", "m", "q2", 1, "b");
    cassette.store(second);

    assertThat(Files.readAllLines(file)).containsExactly(first.toJsonLine(), second.toJsonLine());
    cassette.close();
  }

  @Test
  void manyThreadsRecordingAtOnceLoseAndCorruptNothing() throws Exception {
    Cassette cassette = Cassette.open("busy", dir);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          cassette.store(recording("p", "m", "t" + thread + " q" + i, 1, "a".repeat(200 + i)));
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    Path file = dir.resolve("busy.cassette.jsonl");
    assertThat(Files.readAllLines(file)).hasSize(800)
        .allSatisfy(line -> Recording.parse(line, CompletionOrigin.REPLAY));
    cassette.close();
    assertThat(Files.readAllLines(file)).hasSize(800).isSortedAccordingTo((x, y) -> Recording.CASSETTE_ORDER
        .compare(Recording.parse(x, CompletionOrigin.REPLAY), Recording.parse(y, CompletionOrigin.REPLAY)));
  }
}
