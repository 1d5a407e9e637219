package io.benchmarkhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.annotation.Benchmark;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.author.spec.GateOutcome;
import io.benchmarkhub.author.spec.RunOptions;
import io.benchmarkhub.judge.Judges;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmarkhub init}: the scaffold compiles, loads and runs, and nothing is overwritten without --force. */
class InitCommandTest {
  private static final SecretSource NO_KEYS = SecretSource.of(Map.of());

  @TempDir
  Path dir;

  private CliRun init(String... more) {
    return CliRun.of(NO_KEYS, Stream.concat(Stream.of("init", "--dir", dir.toString()), Stream.of(more))
        .toArray(String[]::new));
  }

  @Test
  void anEmptyFolderGetsAClassThatCompilesADatasetAndAFileThatLoadsAndRunsOffline() throws Exception {
    CliRun r = init("--name", "ticket-intent", "--package", "com.acme.bench");

    assertThat(r.exit()).as(r.all()).isZero();
    Path java = dir.resolve("src/test/java/com/acme/bench/TicketIntentBenchmark.java");
    Path cases = dir.resolve("src/test/resources/ticket-intent.jsonl");
    Path yaml = dir.resolve("ticket-intent.benchmark.yaml");
    assertThat(r.out()).contains("wrote " + java).contains("wrote " + cases).contains("wrote " + yaml)
        .contains("no pom.xml in " + dir).contains("<artifactId>benchmarkhub-junit</artifactId>")
        .contains("<include>**/*Benchmark.java</include>").contains("mvn test -Dtest=TicketIntentBenchmark");

    assertThat(compile(java)).as("javac diagnostics").isEmpty();

    BenchmarkFile file = BenchmarkFile.load(yaml);
    assertThat(file.name()).isEqualTo("ticket-intent");
    assertThat(file.design().taskType()).isEqualTo(TaskType.CLASSIFICATION);
    List<TestCase> all = file.dataset().toList();
    assertThat(all).hasSize(10);
    Map<String, String> expected = all.stream().collect(Collectors.toMap(TestCase::input, c -> c.expected().orElseThrow()));
    RunSummary run = file.builder(RunOptions.NONE)
        .provider("openai", request -> new Completion(expected.entrySet().stream()
            .filter(e -> request.messages().get(0).content().contains(e.getKey())).findFirst().orElseThrow()
            .getValue() + ".", FinishReason.STOP, Duration.ofMillis(3), Usage.of(60, 2), null))
        .setting("run-dir", dir.resolve("runs").toString()).setting("reports", "false").quiet().run();
    assertThat(run.model("openai:gpt-4o-mini").passed()).isEqualTo(10);
    assertThat(file.gates().check(run)).extracting(GateOutcome::describe)
        .containsExactly("gate pass-rate ≥ 0.8 [openai:gpt-4o-mini] passed");
  }

  @Test
  void theScaffoldedDatasetCoversItsDeclaredGridAndPassesValidation() {
    assertThat(init().exit()).isZero();

    CliRun v = CliRun.of(SecretSource.of(Map.of()), "validate",
        dir.resolve("support-intent.benchmark.yaml").toString(), "--out", dir.resolve("v").toString());

    assertThat(v.exit()).as(v.all()).isZero();
    assertThat(v.out()).contains("10 of 10 cells covered (100.0%");
  }

  @Test
  void anExistingFileIsNeverOverwrittenWithoutForce() throws IOException {
    Path yaml = Files.writeString(dir.resolve("support-intent.benchmark.yaml"), "mine\n");

    CliRun refused = init();

    assertThat(refused.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(refused.err()).isEqualTo("init: " + yaml + " exists: init writes nothing over a file; use --force to "
        + "overwrite it, or --name for another benchmark" + System.lineSeparator());
    assertThat(Files.readString(yaml)).isEqualTo("mine\n");
    assertThat(dir.resolve("src")).doesNotExist();

    CliRun forced = init("--force");
    assertThat(forced.exit()).as(forced.all()).isZero();
    assertThat(Files.readString(yaml)).startsWith("# The same benchmark as SupportIntentBenchmark");
    assertThat(dir.resolve("src/test/java/benchmarks/SupportIntentBenchmark.java")).isRegularFile();
  }

  @Test
  void anExistingPomIsCheckedForWhatTheBenchmarkNeeds() throws IOException {
    Files.writeString(dir.resolve("pom.xml"), """
        <project><dependencies><dependency><groupId>io.benchmarkhub</groupId>
        <artifactId>benchmarkhub-junit</artifactId><scope>test</scope></dependency></dependencies></project>
        """);

    CliRun r = init();

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("pom.xml has the test dependency on benchmarkhub-junit")
        .contains("pom.xml lacks the BenchmarkHub BOM, imported in <dependencyManagement>; add:")
        .contains("pom.xml lacks Surefire's include of **/*Benchmark.java").doesNotContain("no pom.xml");
  }

  @Test
  void aNameOrPackageThatIsNotValidIsBadUsage() {
    CliRun name = init("--name", "Support Intent");
    assertThat(name.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(name.err()).contains("--name 'Support Intent' is not lower-case words joined by dashes");
    assertThat(init("--package", "com.Acme-x").exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(dir.resolve("src")).doesNotExist();
  }

  /** {@return javac's diagnostics for the file, compiled against the api and judge modules} */
  private String compile(Path source) throws URISyntaxException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = Stream.of(Benchmark.class, Judges.class, TestCase.class)
        .map(InitCommandTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    StringWriter diagnostics = new StringWriter();
    var files = javac.getStandardFileManager(null, null, null);
    boolean ok = javac.getTask(diagnostics, files, null, List.of("-classpath", classpath, "-d",
        dir.resolve("classes").toString(), "-proc:none"), null, files.getJavaFileObjects(source.toFile())).call();
    return ok ? diagnostics.toString() : "failed: " + diagnostics;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
