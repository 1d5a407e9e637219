package io.benchmarkhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.SecretSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmarkhub package} and {@code benchmarkhub library ...} against a bare repository on disk. The test
 * benchmark is the library module's fixture {@code contract-risk} (Maven runs tests from the module's folder).
 */
class LibraryCommandTest {
  private static final Path FIXTURE = Path.of("../benchmarkhub-library/src/test/resources/contract-risk");

  @TempDir
  Path tmp;

  private Path src;
  private String remote;

  @BeforeEach
  void setUp() throws Exception {
    src = tmp.resolve("src");
    copy(FIXTURE, src);
    Path bare = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    remote = bare.toUri().toString();
  }

  @Test
  void packageWritesAPackageAndAJar() {
    CliRun r = cli("package", src.resolve("benchmark.yaml").toString(), "--meta", src.resolve("package.yaml")
        .toString(), "--out", tmp.resolve("pkg").toString(), "--jar", tmp.resolve("pkg.jar").toString());

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("packed contract-risk@1.0.0: 16 cases, classification, CC-BY-4.0, quality ",
        "package: " + tmp.resolve("pkg"), "jar:     " + tmp.resolve("pkg.jar"));
    assertThat(tmp.resolve("pkg/benchmark.json")).exists();
    assertThat(tmp.resolve("pkg.jar")).exists();
  }

  @Test
  void packageNamesTheFileAndFieldOfABadLicence() throws IOException {
    Path meta = src.resolve("package.yaml");
    Files.writeString(meta, Files.readString(meta).replace("CC-BY-4.0", "CC-BY"));

    CliRun r = cli("package", src.resolve("benchmark.yaml").toString(), "--out", tmp.resolve("pkg").toString());

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.err().strip()).isEqualTo("package: " + meta + ": $.license: 'CC-BY' is not an SPDX licence id; "
        + "e.g. CC-BY-4.0 (or LicenseRef-<name> for a licence of your own)");
  }

  @Test
  void publishSearchForkAndInstallThroughARemote() {
    Path pkg = pack("1.0.0");
    Path publisher = tmp.resolve("publisher");
    Path consumer = tmp.resolve("consumer");

    assertThat(cli("library", "init", publisher.toString(), "--remote", remote).exit()).isZero();
    CliRun published = cli("library", "publish", pkg.toString(), "--library", publisher.toString(), "--remote",
        remote);
    assertThat(published.exit()).as(published.all()).isZero();
    assertThat(published.out()).contains("published contract-risk@1.0.0 to " + publisher, "pushed to " + remote);

    CliRun again = cli("library", "publish", pkg.toString(), "--library", publisher.toString());
    assertThat(again.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(again.err()).contains("contract-risk@1.0.0 is already published", "versions are immutable");

    CliRun search = cli("library", "search", "contracts", "--domain", "legal", "--license", "open", "--min-quality",
        "80", "--review", "draft", "--library", consumer.toString(), "--remote", remote);
    assertThat(search.exit()).as(search.all()).isZero();
    assertThat(search.out()).contains("contract-risk", "1.0.0", "legal", "classification", "CC-BY-4.0", "draft",
        "1 package");
    CliRun none = cli("library", "search", "--domain", "medical", "--library", consumer.toString());
    assertThat(none.out()).contains("0 packages");

    CliRun fork = cli("library", "fork", "contract-risk@1.0.0", "saas-risk", "--author", "Grace <grace@example.org>",
        "--library", consumer.toString(), "--remote", remote);
    assertThat(fork.exit()).as(fork.all()).isZero();
    assertThat(fork.out()).contains("forked and published saas-risk@1.0.0 from contract-risk@1.0.0");

    CliRun install = cli("library", "install", "saas-risk", "--cache", tmp.resolve("cache").toString(),
        "--library", publisher.toString(), "--remote", remote);
    assertThat(install.exit()).as(install.all()).isZero();
    assertThat(install.out()).contains("installed saas-risk@1.0.0: " + tmp.resolve("cache/saas-risk/1.0.0"));
    assertThat(tmp.resolve("cache/saas-risk/1.0.0/cases.jsonl")).exists();
  }

  @Test
  void reviewSubmitRequestChangesApproveAndShowThroughARemote() {
    Path author = tmp.resolve("author");
    Path reviewer = tmp.resolve("reviewer");
    cli("library", "init", author.toString(), "--remote", remote);
    cli("library", "publish", pack("1.0.0").toString(), "--library", author.toString(), "--remote", remote);
    String[] asAuthor = {"--library", author.toString(), "--remote", remote, "--as", "Ada Lovelace <ada@example.org>"};
    String[] asReviewer = {"--library", reviewer.toString(), "--remote", remote, "--as",
        "Katherine Johnson <katherine@example.org>"};

    CliRun early = cli(concat(new String[] {"library", "review", "approve", "contract-risk@1.0.0"}, asReviewer));
    assertThat(early.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(early.err().strip()).isEqualTo("approve: cannot approve contract-risk@1.0.0: it is draft; submit it for "
        + "review first: benchmarkhub library review submit contract-risk@1.0.0");

    CliRun submit = cli(concat(new String[] {"library", "review", "submit", "contract-risk@1.0.0", "-m", "Ready."},
        asAuthor));
    assertThat(submit.exit()).as(submit.all()).isZero();
    assertThat(submit.out()).contains("submit contract-risk@1.0.0 by Ada Lovelace <ada@example.org>: in-review "
        + "(pushed to " + remote + ")");
    CliRun own = cli(concat(new String[] {"library", "review", "approve", "contract-risk@1.0.0"}, asAuthor));
    assertThat(own.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(own.err()).contains("Ada Lovelace is an author of it");
    CliRun noMessage = cli(concat(new String[] {"library", "review", "request-changes", "contract-risk"},
        asReviewer));
    assertThat(noMessage.err()).contains("without a message");
    assertThat(cli(concat(new String[] {"library", "review", "request-changes", "contract-risk", "--message",
        "Clause 7 is mislabelled."}, asReviewer)).exit()).isZero();
    assertThat(cli(concat(new String[] {"library", "review", "submit", "contract-risk", "-m", "Fixed in a note."},
        asAuthor)).exit()).isZero();
    CliRun approve = cli(concat(new String[] {"library", "review", "approve", "contract-risk@1.0.0"}, asReviewer));
    assertThat(approve.exit()).as(approve.all()).isZero();
    assertThat(approve.out()).contains("approve contract-risk@1.0.0 by Katherine Johnson <katherine@example.org>: "
        + "approved");

    CliRun show = cli("library", "review", "show", "contract-risk@1.0.0", "--library", author.toString(), "--remote",
        remote);
    assertThat(show.exit()).as(show.all()).isZero();
    assertThat(show.out()).contains("contract-risk@1.0.0: approved", "requested by: Ada Lovelace <ada@example.org>",
        "reviewers:    Katherine Johnson <katherine@example.org>", "verified:     yes",
        "Katherine Johnson <katherine@example.org>  request-changes (in-review -> changes-requested): Clause 7 is "
            + "mislabelled.");
    CliRun verified = cli("library", "search", "--verified", "--library", author.toString());
    assertThat(verified.out()).contains("approved", "yes", "1 package");
    assertThat(cli("library", "review", "--help").out()).contains("submit", "approve", "request-changes", "comment",
        "show");
  }

  @Test
  void publishExitsThreeOnFailingChecksUnlessForced() throws IOException {
    Path cases = src.resolve("contract-risk.jsonl");
    String first = Files.readAllLines(cases).get(0);
    Files.writeString(cases, String.join("\n", List.of(first, first.replace("l-e-1", "x-1"),
        first.replace("l-e-1", "x-2"))) + "\n");
    Path pkg = pack("1.0.0");
    Path lib = tmp.resolve("lib");
    assertThat(cli("library", "init", lib.toString()).exit()).isZero();

    CliRun refused = cli("library", "publish", pkg.toString(), "--library", lib.toString());
    assertThat(refused.exit()).isEqualTo(BenchmarkHubCli.CHECK_FAILED);
    assertThat(refused.err()).contains("publish: contract-risk@1.0.0: validation.json has failing checks: ",
        "exact-duplicates", "--force");

    CliRun forced = cli("library", "publish", pkg.toString(), "--library", lib.toString(), "--force");
    assertThat(forced.exit()).as(forced.all()).isZero();
  }

  @Test
  void forkToWritesAnUnpublishedForkAndInstallNamesMissingVersions() {
    Path lib = tmp.resolve("lib");
    cli("library", "init", lib.toString());
    cli("library", "publish", pack("1.0.0").toString(), "--library", lib.toString());

    CliRun fork = cli("library", "fork", "contract-risk", "my-risk", "--author", "Me", "--to",
        tmp.resolve("my-risk").toString(), "--library", lib.toString());
    assertThat(fork.exit()).as(fork.all()).isZero();
    assertThat(fork.out()).contains("forked my-risk@1.0.0 from contract-risk@1.0.0: " + tmp.resolve("my-risk"));

    CliRun missing = cli("library", "install", "contract-risk@9.0.0", "--cache", tmp.resolve("c").toString(),
        "--library", lib.toString());
    assertThat(missing.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(missing.err().strip()).isEqualTo("install: no version 9.0.0 of 'contract-risk' in the library; it has "
        + "[1.0.0]");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(cli("library", "search").exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(cli("library", "search").err()).contains("--library DIR (a clone) or --remote URI");
    assertThat(cli("library", "install", "Not A Name", "--library", tmp.toString()).exit())
        .isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(cli("library").exit()).isEqualTo(BenchmarkHubCli.USAGE);
    CliRun help = cli("library", "publish", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--force", "--library", "--remote", "3");
    assertThat(cli("package", "--help").out()).contains("--meta", "--out", "--jar");
  }

  private Path pack(String version) {
    Path out = tmp.resolve("pkg-" + version);
    CliRun r = cli("package", src.resolve("benchmark.yaml").toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.all()).isZero();
    return out;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static CliRun cli(String... args) {
    return CliRun.of(SecretSource.of(java.util.Map.of()), args);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
