import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.author.spec.RunOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a seed benchmark's replay cassette from its fixture answers, through BenchmarkHub's own
 * record mode, so `benchmarkhub run <dir>/benchmark.yaml` replays offline with no key.
 *
 * <p>For every model of {@code <dir>/benchmark.yaml}, {@code <dir>/answers/<provider>_<model>.jsonl}
 * holds one line per case, {"case": id, "answer": text}: an illustrative answer written by hand, not
 * a real model output. A provider standing in for the real one (same provider id, so the cassette's
 * fingerprints are the ones a real run computes) returns that answer with token counts estimated
 * at four characters a token and a latency drawn from the case id (300 to 1,100 ms), and the run
 * records it. The cassette's lines are then sorted by provider, model and fingerprint, so recording
 * the same answers again gives the same file.
 *
 * <pre>
 * mvn -B -q -pl benchmarkhub-cli -am package -DskipTests
 * java -cp benchmarkhub-cli/target/benchmarkhub-cli-0.1.0-SNAPSHOT-all.jar library-seed/tools/RecordCassettes.java \
 *     library-seed/legal-clause-risk [more dirs...]
 * </pre>
 */
public final class RecordCassettes {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: RecordCassettes <benchmark-dir>...");
      System.exit(2);
    }
    for (String arg : args) {
      record(Path.of(arg));
    }
  }

  private static void record(Path dir) throws IOException {
    BenchmarkFile file = BenchmarkFile.load(dir.resolve("benchmark.yaml"));
    Benchmark plain = file.benchmark();
    Path cassetteDir = Path.of(plain.setting("cassette-dir").orElseThrow(() -> new IllegalStateException(
        dir + "/benchmark.yaml: settings.cassette-dir is not set")));
    Files.createDirectories(cassetteDir);
    Path cassette = cassetteDir.resolve(file.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".cassette.jsonl");
    Files.deleteIfExists(cassette);

    List<TestCase> cases = plain.dataset().toList();
    Map<String, String> caseByPrompt = new HashMap<>();
    for (TestCase c : cases) {
      caseByPrompt.put(key(plain.prompt().apply(c)), c.id());
    }
    Map<String, Map<String, Map<String, String>>> answersByProvider = new LinkedHashMap<>();
    for (ModelRef m : plain.models()) {
      Path answers = dir.resolve("answers").resolve(m.provider() + "_" + m.model() + ".jsonl");
      answersByProvider.computeIfAbsent(m.provider(), p -> new HashMap<>()).put(m.model(), read(answers, cases));
    }
    Path runs = Files.createTempDirectory("record-cassettes");
    Benchmark.Builder b = file.builder(new RunOptions(List.of(), 0, Map.of("mode", "record", "cache", "false",
        "reports", "false", "run-dir", runs.toString()))).concurrency(1).quiet();
    answersByProvider.forEach((provider, byModel) -> b.provider(provider, fixture(provider, byModel, caseByPrompt)));
    try {
      report(dir, cassette, b.build().run());
    } finally {
      try (var walk = Files.walk(runs)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void report(Path dir, Path cassette, RunSummary summary) throws IOException {
    long errors = summary.models().stream().mapToLong(s -> s.errors()).sum();
    if (errors > 0) {
      throw new IllegalStateException(dir + ": " + errors + " trials errored while recording: " + summary.toTable());
    }
    // Requests of two providers interleave: sort so that re-recording the same answers gives the same file.
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cassette, StandardCharsets.UTF_8));
    lines.sort(java.util.Comparator.comparing((String l) -> field(l, "provider")).thenComparing(l -> field(l, "model"))
        .thenComparing(l -> field(l, "fingerprint")));
    Files.write(cassette, lines, StandardCharsets.UTF_8);
    System.out.println(cassette + ": " + lines.size() + " recordings");
    System.out.println(summary.toTable().lines().filter(l -> !l.startsWith("run log:")).reduce((x, y) -> x + "\n" + y)
        .orElse(""));
  }

  private static Provider fixture(String provider, Map<String, Map<String, String>> answersByModel,
      Map<String, String> caseByPrompt) {
    return (ChatRequest request) -> {
      String caseId = caseByPrompt.get(key(request.messages()));
      Map<String, String> answers = answersByModel.get(request.model());
      if (caseId == null || answers == null) {
        throw new ProviderException(ProviderException.Kind.BAD_REQUEST, provider + ": no fixture answer for model "
            + request.model() + " and this prompt");
      }
      String answer = answers.get(caseId);
      long in = request.messagesWithSystemPrompt().stream().mapToLong(m -> m.content().length()).sum() / 4 + 8;
      long out = Math.max(1, answer.length() / 4);
      Duration latency = Duration.ofMillis(300 + Math.floorMod(hash(request.model() + "/" + caseId), 800));
      return new Completion(answer, FinishReason.STOP, latency, Usage.of(in, out), request.model());
    };
  }

  private static Map<String, String> read(Path answers, List<TestCase> cases) throws IOException {
    if (!Files.isRegularFile(answers)) {
      throw new IllegalStateException("no fixture answers " + answers);
    }
    Map<String, String> out = new HashMap<>();
    int line = 0;
    for (String text : Files.readAllLines(answers, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(text);
      if (!n.hasNonNull("case") || !n.hasNonNull("answer")) {
        throw new IllegalStateException(answers + ":" + line + ": needs \"case\" and \"answer\"");
      }
      if (out.put(n.get("case").asText(), n.get("answer").asText()) != null) {
        throw new IllegalStateException(answers + ":" + line + ": a second answer for case " + n.get("case").asText());
      }
    }
    for (TestCase c : cases) {
      if (!out.containsKey(c.id())) {
        throw new IllegalStateException(answers + ": no answer for case " + c.id());
      }
    }
    if (out.size() != cases.size()) {
      throw new IllegalStateException(answers + ": " + out.size() + " answers for " + cases.size() + " cases");
    }
    return out;
  }

  private static String field(String line, String name) {
    try {
      return JSON.readTree(line).path(name).asText();
    } catch (IOException e) {
      throw new IllegalStateException("unreadable cassette line: " + line, e);
    }
  }

  private static String key(List<Message> messages) {
    StringBuilder sb = new StringBuilder();
    for (Message m : messages) {
      sb.append(m.role()).append('\u0000').append(m.content()).append('\u0001');
    }
    return sb.toString();
  }

  private static int hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return ((d[0] & 0xff) << 8) | (d[1] & 0xff);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
