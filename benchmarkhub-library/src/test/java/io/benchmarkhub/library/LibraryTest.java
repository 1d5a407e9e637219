package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.library.PackageManifest.Author;
import io.benchmarkhub.library.PackageManifest.Lineage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare repository on disk is the remote; a publisher and a consumer each have their clone. No network. */
class LibraryTest {
  private static final PublishOptions AS_ADA = PublishOptions.DEFAULTS.withAuthor("Ada", "ada@example.org");

  @TempDir
  Path tmp;

  private String remote;
  private Library publisher;
  private Library consumer;

  @BeforeEach
  void clones() throws Exception {
    Path bare = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    remote = bare.toUri().toString();
    publisher = Library.cloneFrom(remote, tmp.resolve("publisher"));
    consumer = Library.cloneFrom(remote, tmp.resolve("consumer"));
  }

  @AfterEach
  void close() {
    publisher.close();
    consumer.close();
  }

  @Test
  void publishCommitsUnderNameAndVersionAndPushes() throws Exception {
    BenchmarkPackage published = publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);

    assertThat(published.dir()).isEqualTo(publisher.workTree().resolve("contract-risk/1.0.0"));
    try (Git bare = Git.open(tmp.resolve("remote.git").toFile())) {
      RevCommit last = bare.log().call().iterator().next();
      assertThat(last.getFullMessage()).isEqualTo("publish contract-risk@1.0.0: Flags risky clauses in commercial "
          + "contracts.");
      assertThat(last.getAuthorIdent().getName()).isEqualTo("Ada");
    }
    consumer.pull();
    assertThat(consumer.workTree().resolve("contract-risk/1.0.0/cases.jsonl")).exists();
    assertThat(consumer.search(LibraryQuery.ALL)).extracting(m -> m.ref().toString())
        .containsExactly("contract-risk@1.0.0");
  }

  @Test
  void aPublishedVersionIsNeverPublishedAgain() {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    BenchmarkPackage again = Fixtures.pack(tmp.resolve("again"), "contract-risk", "1.0.0");

    // The consumer has not pulled: publish pulls first, and finds the version there.
    assertThatThrownBy(() -> consumer.publish(again, AS_ADA.withForce(true))).isInstanceOf(LibraryException.class)
        .hasMessageContaining("contract-risk@1.0.0 is already published")
        .hasMessageContaining("versions are immutable: publish a new version (e.g. 1.0.1)");
  }

  @Test
  void aPushThatWouldChangeAPublishedVersionIsRefused() throws Exception {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    Path cases = publisher.workTree().resolve("contract-risk/1.0.0/cases.jsonl");
    Files.writeString(cases, Fixtures.read(cases).replace("ninety days", "nine days"));
    try (Git git = Git.open(publisher.workTree().toFile())) {
      git.commit().setAll(true).setMessage("quietly edit the cases").setSign(false).call();
    }

    assertThatThrownBy(() -> publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.1.0"), AS_ADA))
        .isInstanceOf(LibraryException.class)
        .hasMessage("refusing to push: it would change the published contract-risk@1.0.0; versions are immutable: "
            + "publish a new version");
    consumer.pull();
    assertThat(consumer.search(LibraryQuery.ALL.withAllVersions(true))).extracting(m -> m.ref().toString())
        .containsExactly("contract-risk@1.0.0");
    assertThat(Fixtures.read(consumer.workTree().resolve("contract-risk/1.0.0/cases.jsonl"))).contains("ninety days");
  }

  @Test
  void aPackageWithFailingChecksIsRefusedUnlessForced() {
    BenchmarkPackage failing = Fixtures.failing(tmp);

    assertThatThrownBy(() -> publisher.publish(failing, AS_ADA)).isInstanceOf(PublishRefusedException.class)
        .hasMessageStartingWith("duplicated-risk@1.0.0: validation.json has failing checks: ")
        .satisfies(e -> assertThat(((PublishRefusedException) e).failedChecks()).contains("exact-duplicates"));
    assertThat(publisher.workTree().resolve("duplicated-risk")).doesNotExist();

    BenchmarkPackage forced = publisher.publish(failing, AS_ADA.withForce(true));
    assertThat(forced.ref()).hasToString("duplicated-risk@1.0.0");
  }

  @Test
  void aPackageWithoutValidationReportIsValidatedAtPublish() throws Exception {
    BenchmarkPackage failing = Fixtures.failing(tmp);
    Files.delete(failing.dir().resolve("validation.json"));
    Fixtures.rewrite(failing.dir().resolve("benchmark.json"), "\"qualityScore\" : " + failing.manifest().qualityScore(),
        "\"qualityScore\" : null");

    assertThatThrownBy(() -> publisher.publish(BenchmarkPackage.load(failing.dir()), AS_ADA))
        .isInstanceOf(PublishRefusedException.class).hasMessageContaining("exact-duplicates");
  }

  @Test
  void searchFiltersByTextDomainTaskTypeDifficultyLicenceQualityAndReview() throws Exception {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.2.0"), AS_ADA);
    publisher.publish(Fixtures.pack(tmp, "lease-risk", "0.1.0"), AS_ADA);
    publisher.publish(Fixtures.failing(tmp), AS_ADA.withForce(true));
    consumer.pull();

    assertThat(refs(LibraryQuery.ALL)).containsExactly("contract-risk@1.2.0", "duplicated-risk@1.0.0",
        "lease-risk@0.1.0");
    assertThat(refs(LibraryQuery.ALL.withAllVersions(true))).containsExactly("contract-risk@1.2.0",
        "contract-risk@1.0.0", "duplicated-risk@1.0.0", "lease-risk@0.1.0");
    assertThat(refs(LibraryQuery.ALL.withText("LEASE clauses"))).containsExactly("lease-risk@0.1.0");
    assertThat(refs(LibraryQuery.ALL.withText("contracts legal"))).hasSize(3);
    assertThat(refs(LibraryQuery.ALL.withDomain("medical"))).isEmpty();
    assertThat(refs(LibraryQuery.ALL.withDomain("Legal").withTaskType("classification"))).hasSize(3);
    assertThat(refs(LibraryQuery.ALL.withDifficulty("hard"))).containsExactly("contract-risk@1.2.0",
        "lease-risk@0.1.0");
    assertThat(refs(LibraryQuery.ALL.withLicense("open"))).hasSize(3);
    assertThat(refs(LibraryQuery.ALL.withLicense("cc0-1.0"))).isEmpty();
    assertThat(refs(LibraryQuery.ALL.withMinQuality(90))).containsExactly("contract-risk@1.2.0", "lease-risk@0.1.0");
    assertThat(refs(LibraryQuery.ALL.withReview(ReviewState.DRAFT))).hasSize(3);
    assertThat(refs(LibraryQuery.ALL.withReview(ReviewState.APPROVED))).isEmpty();
  }

  @Test
  void theIndexIsRegeneratedDeterministically() {
    publisher.publish(Fixtures.pack(tmp, "lease-risk", "0.1.0"), AS_ADA);
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    String index = Fixtures.read(publisher.workTree().resolve("index.json"));

    LibraryIndex.regenerate(publisher.workTree());

    assertThat(Fixtures.read(publisher.workTree().resolve("index.json"))).isEqualTo(index)
        .contains("\"schema\" : \"benchmarkhub.library-index/1\"");
    assertThat(LibraryIndex.read(publisher.workTree())).extracting(m -> m.ref().toString())
        .containsExactly("contract-risk@1.0.0", "lease-risk@0.1.0");
  }

  @Test
  void forkPublishesACopyWithLineageAtVersionOne() {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.2.0"), AS_ADA);

    BenchmarkPackage fork = consumer.fork(PackageRef.parse("contract-risk"), "saas-contract-risk",
        new Author("Grace Hopper", "grace@example.org", null), AS_ADA);

    PackageManifest m = fork.manifest();
    assertThat(m.ref()).hasToString("saas-contract-risk@1.0.0");
    assertThat(m.forkedFrom()).isEqualTo(new Lineage("contract-risk", SemanticVersion.parse("1.2.0")));
    assertThat(m.review()).isEqualTo(ReviewState.DRAFT);
    assertThat(m.authors()).extracting(Author::name).containsExactly("Grace Hopper");
    assertThat(m.dataset().sha256()).isEqualTo(publisher.get(PackageRef.parse("contract-risk")).manifest().dataset()
        .sha256());
    assertThat(fork.files()).contains("cassettes/saas-contract-risk.cassette.jsonl");
    assertThat(fork.loadBenchmarkFile().name()).isEqualTo("saas-contract-risk");
    publisher.pull();
    assertThat(refs(publisher, LibraryQuery.ALL)).containsExactly("contract-risk@1.2.0", "saas-contract-risk@1.0.0");
    assertThatThrownBy(() -> consumer.fork(PackageRef.parse("contract-risk"), "saas-contract-risk",
        new Author("Grace Hopper", null, null), AS_ADA)).isInstanceOf(LibraryException.class)
        .hasMessageContaining("already has a package named 'saas-contract-risk'");
  }

  @Test
  void forkToLeavesTheForkUnpublishedForEditing() {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);

    BenchmarkPackage fork = publisher.forkTo(PackageRef.parse("contract-risk@1.0.0"), "my-risk",
        new Author("Me", null, null), tmp.resolve("my-risk"));

    assertThat(fork.dir()).isEqualTo(tmp.resolve("my-risk"));
    assertThat(refs(publisher, LibraryQuery.ALL)).containsExactly("contract-risk@1.0.0");
  }

  @Test
  void installCopiesTheLatestVersionIntoTheCacheAndVerifiesIt() throws Exception {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.1.0"), AS_ADA);
    Path cache = tmp.resolve("cache");

    BenchmarkPackage latest = consumer.install(PackageRef.parse("contract-risk"), cache);
    BenchmarkPackage pinned = consumer.install(PackageRef.parse("contract-risk@1.0.0"), cache);

    assertThat(latest.dir()).isEqualTo(cache.resolve("contract-risk/1.1.0"));
    assertThat(pinned.dir()).isEqualTo(cache.resolve("contract-risk/1.0.0"));
    assertThat(latest.loadBenchmarkFile().dataset().toList()).hasSize(16);

    // A damaged copy in the cache is replaced by the library's.
    Files.writeString(latest.casesFile(), "{\"id\":\"x\",\"input\":\"tampered\",\"expected\":\"risky\"}\n");
    BenchmarkPackage again = consumer.install(PackageRef.parse("contract-risk@1.1.0"), cache);
    assertThat(Fixtures.read(again.casesFile())).doesNotContain("tampered");
  }

  @Test
  void installNamesTheVersionsALibraryHas() {
    publisher.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);

    assertThatThrownBy(() -> consumer.install(PackageRef.parse("contract-risk@2.0.0"), tmp.resolve("cache")))
        .isInstanceOf(LibraryException.class)
        .hasMessage("no version 2.0.0 of 'contract-risk' in the library; it has [1.0.0]");
    assertThatThrownBy(() -> consumer.install(PackageRef.parse("nothing-here"), tmp.resolve("cache")))
        .isInstanceOf(LibraryException.class).hasMessageStartingWith("no package 'nothing-here' in the library");
  }

  @Test
  void initMakesALocalLibraryWithoutRemote() {
    try (Library lib = Library.init(tmp.resolve("local"))) {
      assertThat(lib.remote()).isEmpty();
      assertThat(lib.workTree().resolve("index.json")).exists();
      lib.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
      assertThat(refs(lib, LibraryQuery.ALL)).containsExactly("contract-risk@1.0.0");
    }
    assertThatThrownBy(() -> Library.init(tmp.resolve("local"))).isInstanceOf(LibraryException.class)
        .hasMessageContaining("is already a git repository");
    assertThatThrownBy(() -> Library.open(tmp.resolve("nowhere"))).isInstanceOf(LibraryException.class)
        .hasMessageContaining("is not a library");
  }

  private List<String> refs(LibraryQuery q) {
    return refs(consumer, q);
  }

  private static List<String> refs(Library lib, LibraryQuery q) {
    return lib.search(q).stream().map(m -> m.ref().toString()).toList();
  }
}
