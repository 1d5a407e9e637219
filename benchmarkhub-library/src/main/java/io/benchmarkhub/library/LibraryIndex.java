package io.benchmarkhub.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index of a library, {@value #FILE} at its root (schema {@value #SCHEMA}): an entry for every published
 * package version, sorted by name, then version. An entry is the version's manifest, except that its
 * {@code review} object holds what the library knows now: {@code state} (from {@code reviews/<name>/<version>/},
 * draft without a review), {@code reviewers}, and {@code verified} (computed, see {@link VerifiedMark}). It is
 * regenerated from the {@code <name>/<version>/benchmark.json} files and the reviews on every publish and every
 * review action, so it is always the same bytes for the same packages and reviews.
 */
public final class LibraryIndex {
  /** The index's file name at the root of a library. */
  public static final String FILE = "index.json";
  /** The schema id in the index's {@code schema} field. */
  public static final String SCHEMA = "benchmarkhub.library-index/1";
  /** The order of an index: by name, then version. */
  static final Comparator<PackageManifest> ORDER = Comparator.comparing(PackageManifest::name)
      .thenComparing(PackageManifest::version);

  private LibraryIndex() {}

  /**
   * {@return the manifests of every package version in the library folder {@code root}}, read from their
   * {@code benchmark.json}, with their current review state, sorted by name, then version
   *
   * @throws PackageException naming a manifest that does not match its schema
   */
  public static List<PackageManifest> scan(Path root) {
    return scanEntries(root).stream().map(LibraryEntry::manifest).toList();
  }

  /**
   * {@return the entry of every package version in the library folder {@code root}}: manifests read from their
   * {@code benchmark.json}, reviews from {@code reviews/}, the verified mark computed; sorted by name, then version
   *
   * @throws PackageException naming a manifest that does not match its schema
   * @throws LibraryException naming a review file that cannot be read
   */
  public static List<LibraryEntry> scanEntries(Path root) {
    List<LibraryEntry> out = new ArrayList<>();
    try (Stream<Path> names = Files.list(root)) {
      for (Path name : names.filter(Files::isDirectory).filter(d -> PackageRef.isName(d.getFileName().toString()))
          .filter(d -> !d.getFileName().toString().equals(ReviewFiles.ROOT)).toList()) {
        try (Stream<Path> versions = Files.list(name)) {
          for (Path v : versions.filter(d -> SemanticVersion.isValid(d.getFileName().toString())).toList()) {
            Path manifest = v.resolve(PackageManifest.FILE);
            if (Files.isRegularFile(manifest)) {
              PackageManifest m = read(manifest, root.relativize(manifest).toString().replace('\\', '/'));
              Review review = ReviewFiles.read(root, m.ref());
              out.add(new LibraryEntry(m.withReview(review.state()), review.reviewers(),
                  VerifiedMark.of(v, m, review.state())));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new LibraryException(root + ": cannot list the library's packages: " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(LibraryEntry::manifest, ORDER));
    return out;
  }

  /** Regenerates {@code root/index.json} from the packages and reviews in {@code root}. */
  static void regenerate(Path root) {
    write(root, scanEntries(root));
  }

  /** Writes the index of {@code entries} (in index order) to {@code root/index.json}. */
  static void write(Path root, List<LibraryEntry> entries) {
    ObjectNode o = ManifestJson.MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    ArrayNode list = o.putArray("packages");
    entries.stream().sorted(Comparator.comparing(LibraryEntry::manifest, ORDER)).forEach(e -> {
      ObjectNode m = ManifestJson.toTree(e.manifest());
      ObjectNode review = m.putObject("review");
      review.put("state", e.review().wireName());
      ArrayNode reviewers = review.putArray("reviewers");
      e.reviewers().forEach(reviewers::add);
      review.put("verified", e.verified());
      list.add(m);
    });
    try {
      Files.writeString(root.resolve(FILE), ManifestJson.MAPPER.writeValueAsString(o).replace("\r\n", "\n") + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LibraryException(root.resolve(FILE) + ": cannot write the library's index: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the manifests listed in {@code root/index.json}}, each with its current review state; empty when the
   * library has no index yet
   *
   * @throws LibraryException naming the index when it cannot be read
   */
  public static List<PackageManifest> read(Path root) {
    return entries(root).stream().map(LibraryEntry::manifest).toList();
  }

  /**
   * {@return the entries listed in {@code root/index.json}}: manifests with their current review state,
   * reviewers and verified mark; empty when the library has no index yet
   *
   * @throws LibraryException naming the index when it cannot be read
   */
  public static List<LibraryEntry> entries(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      JsonNode index = ManifestJson.MAPPER.readTree(file.toFile());
      if (!SCHEMA.equals(index.path("schema").asText())) {
        throw new LibraryException(file + ": $.schema: is not " + SCHEMA);
      }
      List<LibraryEntry> out = new ArrayList<>();
      JsonNode packages = index.path("packages");
      for (int i = 0; i < packages.size(); i++) {
        JsonNode p = packages.get(i);
        List<String> problems = ManifestSchema.problems(p, FILE + ": $.packages[" + i + "]");
        if (!problems.isEmpty()) {
          throw new LibraryException(String.join("; ", problems));
        }
        JsonNode review = p.path("review");
        out.add(new LibraryEntry(ManifestJson.fromTree(p), ManifestJson.strings(review.path("reviewers")),
            review.path("verified").asBoolean(false)));
      }
      return out;
    } catch (IOException e) {
      throw new LibraryException(file + ": cannot read the library's index: " + e.getMessage(), e);
    }
  }

  private static PackageManifest read(Path manifest, String where) {
    try {
      JsonNode tree = ManifestJson.MAPPER.readTree(manifest.toFile());
      List<String> problems = ManifestSchema.problems(tree, where);
      if (!problems.isEmpty()) {
        throw new PackageException(problems);
      }
      return ManifestJson.fromTree(tree);
    } catch (JsonProcessingException e) {
      throw new PackageException(where + ": not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PackageException(where + ": cannot read: " + e.getMessage(), e);
    }
  }
}
