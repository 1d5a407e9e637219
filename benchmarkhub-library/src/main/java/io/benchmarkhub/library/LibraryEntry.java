package io.benchmarkhub.library;

import java.util.List;
import java.util.Objects;

/**
 * One package version as the library's {@code index.json} lists it: its manifest, with the review state the
 * library holds now (not the one written when it was published), its reviewers and its verified mark.
 *
 * @param manifest the manifest; {@link PackageManifest#review()} is the current review state
 * @param reviewers who reviewed it, {@code Name <email>}, in order of first action
 * @param verified whether it carries the verified mark (see {@link VerifiedMark}): approved, an open-data licence
 *     and a validation report without failing checks; computed, never set by hand
 */
public record LibraryEntry(PackageManifest manifest, List<String> reviewers, boolean verified) {
  /** Checks and copies the values. */
  public LibraryEntry {
    Objects.requireNonNull(manifest, "manifest");
    reviewers = List.copyOf(reviewers);
  }

  /** {@return {@code name@version}} */
  public PackageRef ref() {
    return manifest.ref();
  }

  /** {@return the current review state} */
  public ReviewState review() {
    return manifest.review();
  }
}
