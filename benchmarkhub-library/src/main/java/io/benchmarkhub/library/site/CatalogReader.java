package io.benchmarkhub.library.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.library.BenchmarkPackage;
import io.benchmarkhub.library.LibraryException;
import io.benchmarkhub.library.LibraryIndex;
import io.benchmarkhub.library.PackageManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a library's work tree into catalog entries: the versions from their published {@code benchmark.json}
 * ({@link LibraryIndex#scan}); the review state and verified mark of each version from {@code index.json}, read
 * tolerantly, since review happens after publishing (a {@code review} given as a state or as an object with a
 * {@code state}, else the manifest's; {@code verified: true} at the entry or under its {@code review}, else no
 * mark); and from each benchmark's latest version folder its cases and reference results. Every latest version is loaded as a {@link BenchmarkPackage}, so a package whose files
 * do not match its manifest stops the site with a message naming the file.
 */
final class CatalogReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogReader() {}

  /** {@return the library's benchmarks, sorted by name} */
  static List<CatalogEntry> read(Path root) {
    Map<String, JsonNode> marks = indexEntries(root);
    Map<String, List<PackageManifest>> byName = new LinkedHashMap<>();
    for (PackageManifest m : LibraryIndex.scan(root)) {
      byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
    }
    List<CatalogEntry> out = new ArrayList<>();
    byName.keySet().stream().sorted().forEach(name -> {
      List<PackageManifest> manifests = new ArrayList<>(byName.get(name));
      manifests.sort((a, b) -> b.version().compareTo(a.version()));
      List<CatalogVersion> versions = manifests.stream()
          .map(m -> version(m, marks.get(m.ref().toString()))).toList();
      PackageManifest latest = manifests.get(0);
      BenchmarkPackage pkg = BenchmarkPackage.load(root.resolve(latest.name()).resolve(latest.version().toString()));
      out.add(new CatalogEntry(latest, versions, ConceptGrid.of(pkg.casesFile(), latest),
          Leaderboard.read(pkg.results())));
    });
    return out;
  }

  /** {@return a version with the review state and verified mark of its index entry, which may be missing} */
  private static CatalogVersion version(PackageManifest m, JsonNode entry) {
    JsonNode e = entry == null ? JSON.missingNode() : entry;
    JsonNode review = e.path("review");
    String state = review.isTextual() ? review.asText() : review.path("state").asText(m.review().wireName());
    JsonNode mark = e.path("verified").isBoolean() ? e.path("verified") : review.path("verified");
    return new CatalogVersion(m, state, mark.asBoolean(false));
  }

  /** {@return name@version to its entry in the index}, empty without an index */
  private static Map<String, JsonNode> indexEntries(Path root) {
    Path file = root.resolve(LibraryIndex.FILE);
    Map<String, JsonNode> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (JsonNode p : JSON.readTree(file.toFile()).path("packages")) {
        out.put(p.path("name").asText() + "@" + p.path("version").asText(), p);
      }
    } catch (IOException e) {
      throw new LibraryException(file + ": cannot read the library's index: " + e.getMessage(), e);
    }
    return out;
  }
}
