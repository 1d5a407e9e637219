package io.benchmarkhub.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "verified" mark of a package version, computed and never set by hand: it is approved, its dataset licence
 * is an open-data licence ({@link Licences#isOpen}), and it has a validation report ({@code validation.json})
 * without a failing check.
 */
final class VerifiedMark {
  private VerifiedMark() {}

  /**
   * {@return why the version in {@code versionDir} is not verified, one reason each}; empty when it is
   *
   * @param state its current review state
   */
  static List<String> missing(Path versionDir, PackageManifest m, ReviewState state) {
    List<String> out = new ArrayList<>();
    if (state != ReviewState.APPROVED) {
      out.add("not approved (it is " + state.wireName() + ")");
    }
    if (!Licences.isOpen(m.license())) {
      out.add("its licence " + m.license() + " is not an open-data licence");
    }
    if (!Files.isRegularFile(versionDir.resolve(BenchmarkPackage.VALIDATION))) {
      out.add("it has no validation report (" + BenchmarkPackage.VALIDATION + ")");
    } else {
      List<String> failed = ValidationFile.failedChecks(versionDir);
      if (!failed.isEmpty()) {
        out.add("its validation report has failing checks: " + String.join(", ", failed));
      }
    }
    return out;
  }

  /** {@return whether the version in {@code versionDir} is verified} */
  static boolean of(Path versionDir, PackageManifest m, ReviewState state) {
    return missing(versionDir, m, state).isEmpty();
  }
}
