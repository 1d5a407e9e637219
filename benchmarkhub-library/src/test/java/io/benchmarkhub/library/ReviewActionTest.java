package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.library.PackageManifest.Author;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review state machine, every state and action, without git. */
class ReviewActionTest {
  private static final PackageRef REF = PackageRef.parse("contract-risk@1.0.0");
  private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir
  Path tmp;

  @Test
  void everyAllowedTransition() {
    Map<ReviewState, ReviewState> submit = new EnumMap<>(ReviewState.class);
    submit.put(ReviewState.DRAFT, ReviewState.IN_REVIEW);
    submit.put(ReviewState.CHANGES_REQUESTED, ReviewState.IN_REVIEW);
    submit.forEach((from, to) -> assertThat(ReviewAction.SUBMIT.next(from, REF)).isEqualTo(to));
    assertThat(ReviewAction.APPROVE.next(ReviewState.IN_REVIEW, REF)).isEqualTo(ReviewState.APPROVED);
    assertThat(ReviewAction.REQUEST_CHANGES.next(ReviewState.IN_REVIEW, REF))
        .isEqualTo(ReviewState.CHANGES_REQUESTED);
    for (ReviewState s : ReviewState.values()) {
      assertThat(ReviewAction.COMMENT.next(s, REF)).isEqualTo(s);
    }
  }

  @Test
  void everyOtherTransitionIsRefusedSayingWhatToDo() {
    assertThatThrownBy(() -> ReviewAction.SUBMIT.next(ReviewState.IN_REVIEW, REF))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessage("cannot submit contract-risk@1.0.0: it is in-review; it is already waiting for reviewers");
    for (ReviewAction a : new ReviewAction[] {ReviewAction.APPROVE, ReviewAction.REQUEST_CHANGES}) {
      assertThatThrownBy(() -> a.next(ReviewState.DRAFT, REF)).isInstanceOf(ReviewRefusedException.class)
          .hasMessage("cannot " + a.wireName() + " contract-risk@1.0.0: it is draft; submit it for review first: "
              + "benchmarkhub library review submit contract-risk@1.0.0");
      assertThatThrownBy(() -> a.next(ReviewState.CHANGES_REQUESTED, REF))
          .isInstanceOf(ReviewRefusedException.class)
          .hasMessageStartingWith("cannot " + a.wireName() + " contract-risk@1.0.0: it is changes-requested; the "
              + "author responds and submits it again first");
    }
    for (ReviewAction a : new ReviewAction[] {ReviewAction.SUBMIT, ReviewAction.APPROVE,
        ReviewAction.REQUEST_CHANGES}) {
      assertThatThrownBy(() -> a.next(ReviewState.APPROVED, REF)).isInstanceOf(ReviewRefusedException.class)
          .hasMessage("cannot " + a.wireName() + " contract-risk@1.0.0: it is approved; approval is final for a "
              + "version; publish a new version to change it");
    }
  }

  @Test
  void anAuthorNeverApprovesOrRequestsChangesOnTheirOwnPackage() {
    PackageManifest m = Fixtures.pack(tmp, "contract-risk", "1.0.0").manifest();
    Author author = m.authors().get(0);
    Author coAuthorByName = Author.parse("grace hopper <g.hopper@example.net>");
    Review inReview = Review.none(REF).after(ReviewAction.SUBMIT, author, null, m, AT);
    Author sameEmailOtherName = new Author("Someone Else", author.email(), null);

    assertThatThrownBy(() -> inReview.after(ReviewAction.APPROVE, author, "fine", m, AT))
        .isInstanceOf(ReviewRefusedException.class).hasMessage("cannot approve contract-risk@1.0.0: " + author.name()
            + " is an author of it; a package is reviewed by someone who did not write it");
    assertThatThrownBy(() -> inReview.after(ReviewAction.APPROVE, sameEmailOtherName, null, m, AT))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("is an author of it");
    assertThatThrownBy(() -> inReview.after(ReviewAction.APPROVE, coAuthorByName, null, m, AT))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("grace hopper is an author of it");
    assertThatThrownBy(() -> inReview.after(ReviewAction.REQUEST_CHANGES, author, "more cases", m, AT))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("is an author of it");
    // An author may comment; a comment by an author does not make them a reviewer.
    assertThat(inReview.after(ReviewAction.COMMENT, author, "answered in 1.0.1", m, AT).reviewers()).isEmpty();
  }

  @Test
  void requestingChangesAndCommentingNeedAMessage() {
    PackageManifest m = Fixtures.pack(tmp, "contract-risk", "1.0.0").manifest();
    Author katherine = Author.parse("Katherine Johnson <katherine@example.org>");
    Review inReview = Review.none(REF).after(ReviewAction.SUBMIT, m.authors().get(0), null, m, AT);

    assertThatThrownBy(() -> inReview.after(ReviewAction.REQUEST_CHANGES, katherine, " ", m, AT))
        .isInstanceOf(ReviewRefusedException.class).hasMessage("cannot request-changes contract-risk@1.0.0 without a "
            + "message: say what should change with --message");
    assertThatThrownBy(() -> inReview.after(ReviewAction.COMMENT, katherine, null, m, AT))
        .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("without a message");
  }

  @Test
  void aReviewRecordsWhoDidWhatAndWhen() {
    PackageManifest m = Fixtures.pack(tmp, "contract-risk", "1.0.0").manifest();
    Author ada = m.authors().get(0);
    Author katherine = Author.parse("Katherine Johnson <katherine@example.org>");
    Author alan = Author.parse("Alan Turing");

    Review r = Review.none(REF).after(ReviewAction.SUBMIT, ada, "first version", m, AT)
        .after(ReviewAction.REQUEST_CHANGES, katherine, "add harder cases", m, AT)
        .after(ReviewAction.SUBMIT, ada, "added five hard cases", m, AT)
        .after(ReviewAction.COMMENT, alan, "looks good to me", m, AT)
        .after(ReviewAction.APPROVE, katherine, null, m, AT);

    assertThat(r.state()).isEqualTo(ReviewState.APPROVED);
    assertThat(r.requestedBy()).isEqualTo(Review.format(ada));
    assertThat(r.reviewers()).containsExactly("Katherine Johnson <katherine@example.org>", "Alan Turing");
    assertThat(r.events()).extracting(e -> e.action().wireName() + " " + e.from().wireName() + "->"
        + e.to().wireName()).containsExactly("submit draft->in-review", "request-changes in-review->changes-requested",
            "submit changes-requested->in-review", "comment in-review->in-review", "approve in-review->approved");

    ReviewFiles.write(tmp, r);
    assertThat(ReviewFiles.read(tmp, REF)).isEqualTo(r);
    assertThat(Fixtures.lines(tmp.resolve("reviews/contract-risk/1.0.0/events.jsonl"))).hasSize(5).first()
        .asString().startsWith("{\"at\":\"2026-11-30T12:00:00Z\",\"by\":\"" + Review.format(ada));
  }

  @Test
  void aBrokenReviewFileIsNamedWithItsField() {
    PackageManifest m = Fixtures.pack(tmp, "contract-risk", "1.0.0").manifest();
    ReviewFiles.write(tmp, Review.none(REF).after(ReviewAction.SUBMIT, m.authors().get(0), null, m, AT));
    Path state = tmp.resolve("reviews/contract-risk/1.0.0/review.json");
    Fixtures.rewrite(state, "\"in-review\"", "\"accepted\"");

    assertThatThrownBy(() -> ReviewFiles.read(tmp, REF)).isInstanceOf(LibraryException.class)
        .hasMessage("reviews/contract-risk/1.0.0/review.json: $.state: unknown review state 'accepted': use draft, "
            + "in-review, approved, changes-requested");
  }
}
