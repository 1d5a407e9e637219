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
 * The index of a library, {@value #FILE} at its root (schema {@value #SCHEMA}): the manifest of every published
 * package version, sorted by name, then version. It is regenerated from the {@code <name>/<version>/benchmark.json}
 * files on every publish, so it is always the same bytes for the same packages.
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
   * {@code benchmark.json}, sorted by name, then version
   *
   * @throws PackageException naming a manifest that does not match its schema
   */
  public static List<PackageManifest> scan(Path root) {
    List<PackageManifest> out = new ArrayList<>();
    try (Stream<Path> names = Files.list(root)) {
      for (Path name : names.filter(Files::isDirectory).filter(d -> PackageRef.isName(d.getFileName().toString()))
          .toList()) {
        try (Stream<Path> versions = Files.list(name)) {
          for (Path v : versions.filter(d -> SemanticVersion.isValid(d.getFileName().toString())).toList()) {
            Path manifest = v.resolve(PackageManifest.FILE);
            if (Files.isRegularFile(manifest)) {
              out.add(read(manifest, root.relativize(manifest).toString().replace('\\', '/')));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new LibraryException(root + ": cannot list the library's packages: " + e.getMessage(), e);
    }
    out.sort(ORDER);
    return out;
  }

  /** Writes the index of {@code manifests} (in index order) to {@code root/index.json}. */
  static void write(Path root, List<PackageManifest> manifests) {
    ObjectNode o = ManifestJson.MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    ArrayNode list = o.putArray("packages");
    manifests.stream().sorted(ORDER).forEach(m -> list.add(ManifestJson.toTree(m)));
    try {
      Files.writeString(root.resolve(FILE), ManifestJson.MAPPER.writeValueAsString(o).replace("\r\n", "\n") + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LibraryException(root.resolve(FILE) + ": cannot write the library's index: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the manifests listed in {@code root/index.json}}, empty when the library has no index yet
   *
   * @throws LibraryException naming the index when it cannot be read
   */
  public static List<PackageManifest> read(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      JsonNode index = ManifestJson.MAPPER.readTree(file.toFile());
      if (!SCHEMA.equals(index.path("schema").asText())) {
        throw new LibraryException(file + ": $.schema: is not " + SCHEMA);
      }
      List<PackageManifest> out = new ArrayList<>();
      JsonNode packages = index.path("packages");
      for (int i = 0; i < packages.size(); i++) {
        List<String> problems = ManifestSchema.problems(packages.get(i), FILE + ": $.packages[" + i + "]");
        if (!problems.isEmpty()) {
          throw new LibraryException(String.join("; ", problems));
        }
        out.add(ManifestJson.fromTree(packages.get(i)));
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
