package io.benchmarkhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.SecretSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmarkhub package --results} and {@code benchmarkhub library site}, on the seed benchmarks
 * {@code library-seed/legal-clause-risk} and {@code finance-ratio-math} replayed from their cassettes.
 */
class LibrarySiteCommandTest {
  private static final Path SEEDS = Path.of("../library-seed");

  @TempDir
  Path tmp;

  @Test
  void aReplayedRunBecomesAReferenceResultAndTheSiteShowsItsLeaderboard() throws Exception {
    Path pkg = tmp.resolve("pkg");
    Path benchmark = SEEDS.resolve("legal-clause-risk/benchmark.yaml");
    assertThat(cli("package", benchmark.toString(), "--out", pkg.toString()).exit()).isZero();
    CliRun run = cli("run", pkg.resolve("benchmark.yaml").toString(), "--mode", "replay", "--out",
        tmp.resolve("runs").toString(), "--run-id", "ref-1");
    assertThat(run.exit()).as(run.all()).isZero();

    CliRun packed = cli("package", benchmark.toString(), "--out", pkg.toString(), "--results",
        tmp.resolve("runs/ref-1/legal-clause-risk.jsonl").toString());
    assertThat(packed.exit()).as(packed.all()).isZero();
    assertThat(packed.out()).contains("result:  results/ref-1.summary.json (run ref-1)");

    Path bare = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    Path library = tmp.resolve("library");
    assertThat(cli("library", "init", library.toString(), "--remote", bare.toUri().toString()).exit()).isZero();
    assertThat(cli("library", "publish", pkg.toString(), "--library", library.toString()).exit()).isZero();
    CliRun site = cli("library", "site", "--library", library.toString(), "--out", tmp.resolve("site").toString());

    assertThat(site.exit()).as(site.all()).isZero();
    assertThat(site.out()).contains("site: 1 benchmark pages and the index: file://");
    assertThat(Files.readString(tmp.resolve("site/benchmarks/legal-clause-risk.html")))
        .contains("<code>ref-1</code>", "openai:gpt-4o-mini", "85.7%");
  }

  @Test
  void aRunOfOtherCasesIsRefusedNamingBothChecksums() {
    Path pkg = tmp.resolve("pkg");
    assertThat(cli("package", SEEDS.resolve("legal-clause-risk/benchmark.yaml").toString(), "--out",
        pkg.toString()).exit()).isZero();
    Path other = tmp.resolve("other");
    assertThat(cli("package", SEEDS.resolve("finance-ratio-math/benchmark.yaml").toString(), "--out",
        other.toString()).exit()).isZero();
    cli("run", other.resolve("benchmark.yaml").toString(), "--mode", "replay", "--out", tmp.resolve("runs")
        .toString(), "--run-id", "fin-1");

    CliRun r = cli("package", SEEDS.resolve("legal-clause-risk/benchmark.yaml").toString(), "--out", pkg.toString(),
        "--results", tmp.resolve("runs/fin-1/finance-ratio-math.jsonl").toString());

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.err()).contains("run fin-1", "was on a dataset with sha256 ", "pkg/cases.jsonl has sha256 ");
    assertThat(pkg.resolve("results")).doesNotExist();
  }

  private static CliRun cli(String... args) {
    return CliRun.of(SecretSource.of(Map.of()), args);
  }
}
