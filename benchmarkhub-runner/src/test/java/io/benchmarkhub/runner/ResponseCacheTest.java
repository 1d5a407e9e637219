package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.TestRecordings.recording;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {
  @TempDir
  Path dir;

  @Test
  void keepsOneFilePerFingerprintShardedByItsFirstTwoHexDigits() {
    ResponseCache cache = new ResponseCache(dir);
    Recording r = recording("openai", "gpt-4o-mini", "q", 1, "a");

    assertThat(cache.lookup(r.fingerprint())).isEmpty();
    cache.store(r);

    String hex = r.fingerprint().hex();
    assertThat(cache.file(r.fingerprint())).isEqualTo(dir.resolve(hex.substring(0, 2)).resolve(hex + ".json"))
        .exists();
    assertThat(cache.lookup(r.fingerprint())).contains(r.completion().withOrigin(CompletionOrigin.CACHE));
  }

  @Test
  void aCorruptOrTornEntryIsAMissAndTheNextAnswerReplacesIt() throws Exception {
    ResponseCache cache = new ResponseCache(dir);
    Recording r = recording("openai", "gpt-4o-mini", "q", 1, "a");
    Path file = cache.file(r.fingerprint());
    Files.createDirectories(file.getParent());
    String line = r.toJsonLine();

    Files.writeString(file, line.substring(0, line.length() / 2));
    assertThat(cache.lookup(r.fingerprint())).isEmpty();
    Files.writeString(file, recording("openai", "gpt-4o-mini", "other", 1, "a").toJsonLine());
    assertThat(cache.lookup(r.fingerprint())).as("an entry of another request under this name").isEmpty();

    cache.store(r);
    assertThat(cache.lookup(r.fingerprint())).map(Completion::text).contains("a");
  }

  @Test
  void manyThreadsWritingAndReadingTheSameEntriesNeverSeeAPartialOne() throws Exception {
    ResponseCache cache = new ResponseCache(dir);
    List<Recording> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(recording("p", "m", "q" + i, 1, "first"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < 32; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        int hits = 0;
        for (int i = 0; i < 100; i++) {
          Recording r = requests.get((thread + i) % requests.size());
          Recording answer = new Recording(r.fingerprint(), r.provider(), r.model(), r.repeat(), r.request(),
              Completion.of("answer of thread " + thread + " " + "x".repeat(500 * (i % 7))));
          cache.store(answer);
          Optional<Completion> seen = cache.lookup(r.fingerprint());
          hits += seen.isPresent() && seen.get().text().startsWith("answer of thread ") ? 1 : 0;
        }
        return hits;
      }));
    }
    int hits = 0;
    for (Future<Integer> f : done) {
      hits += f.get();
    }
    pool.shutdown();

    assertThat(hits).isEqualTo(32 * 100);
    assertThat(requests).allSatisfy(r -> assertThat(cache.lookup(r.fingerprint())).isPresent());
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .hasSize(20).allMatch(n -> n.matches("[0-9a-f]{64}\\.json"));
    }
  }
}
