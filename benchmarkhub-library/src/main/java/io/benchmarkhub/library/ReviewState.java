package io.benchmarkhub.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a package is in review: {@code draft -> in-review -> approved | changes-requested}. */
public enum ReviewState {
  /** Published, not yet submitted for review; every new package and fork starts here. */
  DRAFT,
  /** Submitted, waiting for reviewers. */
  IN_REVIEW,
  /** Reviewed and approved. */
  APPROVED,
  /** Reviewed; the reviewers asked for changes. */
  CHANGES_REQUESTED;

  /** {@return the state as the manifest writes it: draft, in-review, approved, changes-requested} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the state written as {@code text}}
   *
   * @throws IllegalArgumentException listing the states
   */
  public static ReviewState parse(String text) {
    for (ReviewState s : values()) {
      if (s.wireName().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown review state '" + text + "': use "
        + Arrays.stream(values()).map(ReviewState::wireName).collect(Collectors.joining(", ")));
  }
}
