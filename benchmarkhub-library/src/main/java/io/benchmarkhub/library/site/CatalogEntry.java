package io.benchmarkhub.library.site;

import io.benchmarkhub.library.PackageManifest;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark of the catalog: its latest version's manifest, every published version, its concept by difficulty
 * counts and the leaderboard of the results published with its latest version.
 *
 * @param latest the manifest of the latest version
 * @param versions every version, newest first
 * @param grid the latest version's cases per concept and difficulty level
 * @param leaderboard one row per model of each reference run of the latest version, best pass rate first
 */
record CatalogEntry(PackageManifest latest, List<CatalogVersion> versions, ConceptGrid grid,
    List<LeaderboardRow> leaderboard) {
  CatalogEntry {
    Objects.requireNonNull(latest, "latest");
    versions = List.copyOf(versions);
    Objects.requireNonNull(grid, "grid");
    leaderboard = List.copyOf(leaderboard);
  }

  /** {@return the benchmark's name} */
  String name() {
    return latest.name();
  }

  /** {@return the latest version's review state} */
  String review() {
    return versions.get(0).review();
  }

  /** {@return whether the latest version carries the verified mark} */
  boolean verified() {
    return versions.get(0).verified();
  }

  /** {@return the page of the benchmark, relative to the site's root} */
  String page() {
    return CatalogSite.BENCHMARKS + "/" + latest.name() + ".html";
  }
}
