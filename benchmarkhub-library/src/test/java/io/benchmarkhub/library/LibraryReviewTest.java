package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.library.PackageManifest.Author;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workflow through a bare repository on disk: the author and a reviewer each have their clone. */
class LibraryReviewTest {
  private static final PublishOptions AS_ADA = PublishOptions.DEFAULTS.withAuthor("Ada Lovelace", "ada@example.org");
  private static final Author ADA = Author.parse("Ada Lovelace <ada@example.org>");
  private static final Author KATHERINE = Author.parse("Katherine Johnson <katherine@example.org>");
  private static final PackageRef REF = PackageRef.parse("contract-risk@1.0.0");

  @TempDir
  Path tmp;

  private Path bare;
  private Library author;
  private Library reviewer;

  @BeforeEach
  void clones() throws Exception {
    bare = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    author = Library.cloneFrom(bare.toUri().toString(), tmp.resolve("author"));
    reviewer = Library.cloneFrom(bare.toUri().toString(), tmp.resolve("reviewer"));
  }

  @AfterEach
  void close() {
    author.close();
    reviewer.close();
  }

  @Test
  void submitRequestChangesResubmitApproveIsCommittedPushedAndIndexed() throws Exception {
    author.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    reviewer.pull();
    assertThat(reviewer.reviewOf(REF).state()).isEqualTo(ReviewState.DRAFT);

    author.review(REF, ReviewAction.SUBMIT, ADA, "Ready for review.");
    reviewer.review(REF, ReviewAction.REQUEST_CHANGES, KATHERINE, "Clause 7 is mislabelled.\nSee the statute.");
    author.review(REF, ReviewAction.SUBMIT, ADA, "Clause 7 is a known dispute; kept, with a note.");
    Review approved = reviewer.review(REF, ReviewAction.APPROVE, KATHERINE, null);

    assertThat(approved.state()).isEqualTo(ReviewState.APPROVED);
    assertThat(approved.reviewers()).containsExactly("Katherine Johnson <katherine@example.org>");
    assertThat(commitMessages().subList(0, 4)).containsExactly(
        "review approve contract-risk@1.0.0 by Katherine Johnson",
        "review submit contract-risk@1.0.0 by Ada Lovelace: Clause 7 is a known dispute; kept, with a note.\n\n"
            + "Clause 7 is a known dispute; kept, with a note.",
        "review request-changes contract-risk@1.0.0 by Katherine Johnson: Clause 7 is mislabelled.\n\n"
            + "Clause 7 is mislabelled.\nSee the statute.",
        "review submit contract-risk@1.0.0 by Ada Lovelace: Ready for review.\n\nReady for review.");

    author.pull();
    Path dir = author.workTree().resolve("reviews/contract-risk/1.0.0");
    assertThat(Fixtures.read(dir.resolve("review.json"))).contains("\"state\" : \"approved\"",
        "\"requestedBy\" : \"Ada Lovelace <ada@example.org>\"");
    assertThat(Fixtures.lines(dir.resolve("events.jsonl"))).hasSize(4);
    LibraryEntry entry = LibraryIndex.entries(author.workTree()).get(0);
    assertThat(entry.review()).isEqualTo(ReviewState.APPROVED);
    assertThat(entry.reviewers()).containsExactly("Katherine Johnson <katherine@example.org>");
    assertThat(entry.verified()).isTrue();
    assertThat(Fixtures.read(author.workTree().resolve("index.json"))).contains("\"verified\" : true");
    // The published version folder is untouched: its manifest still says what it was published as.
    assertThat(BenchmarkPackage.load(author.workTree().resolve("contract-risk/1.0.0")).manifest().review())
        .isEqualTo(ReviewState.DRAFT);

    assertThatThrownBy(() -> author.review(REF, ReviewAction.SUBMIT, ADA, null))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("approval is final for a version");
  }

  @Test
  void aRefusedActionLeavesNoCommitAndNoFiles() throws Exception {
    author.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    int before = commitMessages().size();

    assertThatThrownBy(() -> reviewer.review(REF, ReviewAction.APPROVE, KATHERINE, "fine"))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("it is draft; submit it for review first");
    author.review(REF, ReviewAction.SUBMIT, ADA, null);
    assertThatThrownBy(() -> author.review(REF, ReviewAction.APPROVE, ADA, "looks great"))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("Ada Lovelace is an author of it");

    assertThat(commitMessages()).hasSize(before + 1);
    assertThat(author.reviewOf(REF).state()).isEqualTo(ReviewState.IN_REVIEW);
    assertThatThrownBy(() -> reviewer.review(PackageRef.parse("contract-risk@9.9.9"), ReviewAction.COMMENT,
        KATHERINE, "hello")).isInstanceOf(LibraryException.class)
        .hasMessage("no version 9.9.9 of 'contract-risk' in the library; it has [1.0.0]");
  }

  @Test
  void verifiedNeedsApprovalAnOpenLicenceAndAPassingValidationReport() {
    author.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    Path src = Fixtures.contractRisk(tmp.resolve("src-closed"));
    Fixtures.rewrite(src.resolve("package.yaml"), "name: contract-risk", "name: closed-risk");
    Fixtures.rewrite(src.resolve("package.yaml"), "CC-BY-4.0", "CC-BY-NC-4.0");
    author.publish(BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"),
        tmp.resolve("closed")), AS_ADA);
    author.publish(Fixtures.failing(tmp), AS_ADA.withForce(true));
    for (String name : List.of("contract-risk", "closed-risk", "duplicated-risk")) {
      author.review(PackageRef.parse(name), ReviewAction.SUBMIT, ADA, null);
      reviewer.review(PackageRef.parse(name), ReviewAction.APPROVE, KATHERINE, null);
    }
    reviewer.pull();

    assertThat(reviewer.searchEntries(LibraryQuery.ALL)).extracting(e -> e.ref() + " " + e.review().wireName() + " "
        + e.verified()).containsExactly("closed-risk@1.0.0 approved false", "contract-risk@1.0.0 approved true",
            "duplicated-risk@1.0.0 approved false");
    assertThat(reviewer.notVerifiedBecause(PackageRef.parse("closed-risk")))
        .containsExactly("its licence CC-BY-NC-4.0 is not an open-data licence");
    assertThat(reviewer.notVerifiedBecause(PackageRef.parse("duplicated-risk"))).singleElement().asString()
        .startsWith("its validation report has failing checks: ").contains("exact-duplicates");
    assertThat(reviewer.search(LibraryQuery.ALL.withVerified(true))).extracting(m -> m.ref().toString())
        .containsExactly("contract-risk@1.0.0");
    assertThat(reviewer.search(LibraryQuery.ALL.withReview(ReviewState.APPROVED).withVerified(false)))
        .extracting(m -> m.ref().toString()).containsExactly("closed-risk@1.0.0", "duplicated-risk@1.0.0");
  }

  @Test
  void aNewVersionStartsItsOwnReviewAndSearchSeesTheCurrentState() {
    author.publish(Fixtures.pack(tmp, "contract-risk", "1.0.0"), AS_ADA);
    author.review(REF, ReviewAction.SUBMIT, ADA, null);
    reviewer.review(REF, ReviewAction.REQUEST_CHANGES, KATHERINE, "Needs harder cases.");
    author.publish(Fixtures.pack(tmp, "contract-risk", "1.1.0"), AS_ADA);

    assertThat(author.search(LibraryQuery.ALL.withAllVersions(true))).extracting(m -> m.ref() + " "
        + m.review().wireName()).containsExactly("contract-risk@1.1.0 draft", "contract-risk@1.0.0 changes-requested");
    assertThat(author.search(LibraryQuery.ALL.withReview(ReviewState.CHANGES_REQUESTED).withAllVersions(true)))
        .extracting(m -> m.ref().toString()).containsExactly("contract-risk@1.0.0");
    // Without a version, review acts on the latest.
    assertThat(author.review(PackageRef.parse("contract-risk"), ReviewAction.SUBMIT, ADA, null).ref())
        .isEqualTo(PackageRef.parse("contract-risk@1.1.0"));
  }

  @Test
  void aPackageClaimingAReviewStateOrNamedReviewsIsNotPublished() throws Exception {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Fixtures.rewrite(p.dir().resolve("benchmark.json"), "\"state\" : \"draft\"", "\"state\" : \"approved\"");

    assertThatThrownBy(() -> author.publish(BenchmarkPackage.load(p.dir()), AS_ADA))
        .isInstanceOf(LibraryException.class).hasMessage("pkg-contract-risk-1.0.0/benchmark.json: $.review.state: is "
            + "approved; a package is published as draft and reviewed in the library: benchmarkhub library review "
            + "submit contract-risk@1.0.0");
    assertThatThrownBy(() -> author.publish(Fixtures.pack(tmp, "reviews", "1.0.0"), AS_ADA))
        .isInstanceOf(LibraryException.class).hasMessageContaining("$.name: 'reviews' is the library's folder of "
            + "reviews");
    assertThat(Files.exists(author.workTree().resolve("contract-risk"))).isFalse();
  }

  private List<String> commitMessages() throws Exception {
    List<String> out = new ArrayList<>();
    try (Git git = Git.open(bare.toFile())) {
      for (RevCommit c : git.log().call()) {
        out.add(c.getFullMessage());
      }
    }
    return out;
  }
}
