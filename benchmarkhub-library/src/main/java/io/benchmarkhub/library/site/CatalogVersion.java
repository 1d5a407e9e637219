package io.benchmarkhub.library.site;

import io.benchmarkhub.library.PackageManifest;
import java.util.Objects;

/**
 * One published version of a benchmark.
 *
 * @param manifest its manifest, as published
 * @param review its review state as the library's index records it (the manifest's when the index says none)
 * @param verified whether the index gives it the verified mark (false when the index says nothing of it)
 */
record CatalogVersion(PackageManifest manifest, String review, boolean verified) {
  CatalogVersion {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(review, "review");
  }
}
