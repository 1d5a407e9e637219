package io.benchmarkhub.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What someone does to a package version under review, and the state it leads to:
 *
 * <pre>
 * submit           draft | changes-requested  -> in-review
 * approve          in-review                  -> approved           (final for that version)
 * request-changes  in-review                  -> changes-requested
 * comment          any state                  -> the same state
 * </pre>
 *
 * Every other combination is refused with a {@link ReviewRefusedException} saying what to do instead.
 */
public enum ReviewAction {
  /** Asks for a review: a draft, or a version whose changes were requested, after a response. */
  SUBMIT,
  /** A reviewer who is not an author approves the version. */
  APPROVE,
  /** A reviewer who is not an author asks for changes, saying which. */
  REQUEST_CHANGES,
  /** Anyone adds a comment; the state does not change. */
  COMMENT;

  /** {@return the action as commands and files write it: submit, approve, request-changes, comment} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the action written as {@code text}}
   *
   * @throws IllegalArgumentException listing the actions
   */
  public static ReviewAction parse(String text) {
    for (ReviewAction a : values()) {
      if (a.wireName().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown review action '" + text + "': use "
        + Arrays.stream(values()).map(ReviewAction::wireName).collect(Collectors.joining(", ")));
  }

  /**
   * {@return the state this action leads to from {@code from}}
   *
   * @param ref the package version, for the message
   * @throws ReviewRefusedException when the action is not allowed in {@code from}, saying what is
   */
  public ReviewState next(ReviewState from, PackageRef ref) {
    if (this == COMMENT) {
      return from;
    }
    if (from == ReviewState.APPROVED) {
      throw refused(ref, from, "approval is final for a version; publish a new version to change it");
    }
    return switch (this) {
      case SUBMIT -> {
        if (from == ReviewState.IN_REVIEW) {
          throw refused(ref, from, "it is already waiting for reviewers");
        }
        yield ReviewState.IN_REVIEW;
      }
      case APPROVE, REQUEST_CHANGES -> {
        if (from == ReviewState.DRAFT) {
          throw refused(ref, from, "submit it for review first: benchmarkhub library review submit " + ref);
        }
        if (from == ReviewState.CHANGES_REQUESTED) {
          throw refused(ref, from, "the author responds and submits it again first: benchmarkhub library review "
              + "submit " + ref + " --message \"what changed\"");
        }
        yield this == APPROVE ? ReviewState.APPROVED : ReviewState.CHANGES_REQUESTED;
      }
      case COMMENT -> from;
    };
  }

  private ReviewRefusedException refused(PackageRef ref, ReviewState from, String what) {
    return new ReviewRefusedException("cannot " + wireName() + " " + ref + ": it is " + from.wireName() + "; "
        + what);
  }
}
