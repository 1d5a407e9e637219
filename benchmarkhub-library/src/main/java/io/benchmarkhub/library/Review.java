package io.benchmarkhub.library;

import io.benchmarkhub.library.PackageManifest.Author;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The review of one package version: its state, who asked for it, who reviewed it, and every action so far. The
 * library keeps it in {@code reviews/<name>/<version>/} (see {@link ReviewFiles}), outside the immutable version
 * folder; a version without one is a {@link ReviewState#DRAFT} nobody has reviewed.
 *
 * @param ref the package version
 * @param state the current state
 * @param requestedBy who last submitted it ({@code Name <email>}), or {@code null} before the first submission
 * @param reviewers who approved, requested changes or commented without being an author, in order of first action
 * @param events every action, oldest first
 */
public record Review(PackageRef ref, ReviewState state, String requestedBy, List<String> reviewers,
    List<ReviewEvent> events) {
  /** Checks and copies the values. */
  public Review {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(state, "state");
    reviewers = List.copyOf(reviewers);
    events = List.copyOf(events);
  }

  /** {@return the review of a version nobody has acted on: draft, no reviewers, no events} */
  public static Review none(PackageRef ref) {
    return new Review(ref, ReviewState.DRAFT, null, List.of(), List.of());
  }

  /** {@return who last submitted it, empty before the first submission} */
  public Optional<String> requester() {
    return Optional.ofNullable(requestedBy);
  }

  /**
   * {@return this review after {@code who} did {@code action} on the package {@code m} at {@code at}}
   *
   * @param message a comment; required to request changes and to comment
   * @throws ReviewRefusedException when the workflow does not allow it (see {@link ReviewAction}), an author of
   *     the package approves or requests changes, or a required message is missing
   */
  public Review after(ReviewAction action, Author who, String message, PackageManifest m, Instant at) {
    Objects.requireNonNull(who, "who");
    String text = message == null || message.isBlank() ? null : message.strip();
    ReviewState to = action.next(state, ref);
    boolean author = isAuthor(who, m);
    if (author && (action == ReviewAction.APPROVE || action == ReviewAction.REQUEST_CHANGES)) {
      throw new ReviewRefusedException("cannot " + action.wireName() + " " + ref + ": " + who.name() + " is an "
          + "author of it; a package is reviewed by someone who did not write it");
    }
    if (text == null && (action == ReviewAction.REQUEST_CHANGES || action == ReviewAction.COMMENT)) {
      throw new ReviewRefusedException("cannot " + action.wireName() + " " + ref + " without a message: say what "
          + (action == ReviewAction.COMMENT ? "you want to note" : "should change") + " with --message");
    }
    String by = format(who);
    List<String> nextReviewers = new ArrayList<>(reviewers);
    if (!author && action != ReviewAction.SUBMIT && !nextReviewers.contains(by)) {
      nextReviewers.add(by);
    }
    List<ReviewEvent> nextEvents = new ArrayList<>(events);
    nextEvents.add(new ReviewEvent(at, by, action, state, to, text));
    return new Review(ref, to, action == ReviewAction.SUBMIT ? by : requestedBy, nextReviewers, nextEvents);
  }

  /** {@return {@code who} as reviews write people: {@code Name <email>}, or {@code Name} without an e-mail} */
  public static String format(Author who) {
    return who.email() == null || who.email().isBlank() ? who.name() : who.name() + " <" + who.email() + ">";
  }

  /** {@return whether {@code who} is an author of {@code m}: the same e-mail, or the same name, ignoring case} */
  static boolean isAuthor(Author who, PackageManifest m) {
    for (Author a : m.authors()) {
      boolean sameEmail = who.email() != null && a.email() != null && who.email().equalsIgnoreCase(a.email());
      boolean sameName = a.name().strip().toLowerCase(Locale.ROOT).equals(who.name().strip().toLowerCase(
          Locale.ROOT));
      if (sameEmail || sameName) {
        return true;
      }
    }
    return false;
  }
}
