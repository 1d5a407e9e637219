package io.benchmarkhub.library;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.spi.DatasetResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Resolves {@code library:NAME@VERSION} (or {@code library:NAME} for the latest) for {@code Dataset.from} and
 * {@code @Dataset}, registered in {@code META-INF/services}. The package comes from
 *
 * <ol>
 *   <li>a package jar on the class path (the thread context class loader's, else this class's), as
 *       {@code benchmarkhub package --jar} writes it and a Maven test dependency puts it: extracted once per JVM
 *       to a temporary folder, deleted when the JVM exits;
 *   <li>else the local package cache, {@link Library#defaultCache()} ({@code benchmarkhub library install}
 *       fills it);
 *   <li>else a {@link DatasetException} saying how to get it.
 * </ol>
 *
 * Either way the package is loaded, which checks the SHA-256 of its cases against its manifest. The dataset is
 * named {@code name@version}.
 */
public final class LibraryDatasetResolver implements DatasetResolver {
  /** The scheme: {@code library:}. */
  public static final String SCHEME = "library";
  /** Packages extracted from the class path in this JVM, by the URL of their manifest. */
  private static final Map<String, BenchmarkPackage> EXTRACTED = new ConcurrentHashMap<>();

  /** The resolver, as ServiceLoader makes it. */
  public LibraryDatasetResolver() {}

  @Override
  public String scheme() {
    return SCHEME;
  }

  /**
   * {@return the cases of the package {@code reference}}, from the class path or the package cache
   *
   * @throws DatasetException when the reference is not {@code name[@version]}, no package matches, or the
   *     package does not load (its cases do not match the manifest's SHA-256, for instance)
   */
  @Override
  public Dataset resolve(String reference) {
    String location = SCHEME + ":" + reference;
    PackageRef ref;
    try {
      ref = PackageRef.parse(reference.strip());
    } catch (IllegalArgumentException e) {
      throw new DatasetException(location, 0, 0, e.getMessage() + "; write library:NAME@VERSION, e.g. "
          + "library:legal-clause-risk@1.2.0", e);
    }
    try {
      return new PackageDataset(fromClassPath(ref).or(() -> fromCache(ref, Library.defaultCache()))
          .orElseThrow(() -> notFound(location, ref)));
    } catch (PackageException | LibraryException e) {
      throw new DatasetException(location, 0, 0, e.getMessage(), e);
    }
  }

  private static Optional<BenchmarkPackage> fromClassPath(PackageRef ref) {
    ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
        .orElse(LibraryDatasetResolver.class.getClassLoader());
    Optional<PackageRef> found = PackageJar.find(loader).stream().filter(r -> r.name().equals(ref.name())
        && (ref.version() == null || r.version().equals(ref.version()))).reduce((a, b) -> b);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PackageRef exact = found.get();
    URL manifest = loader.getResource(PackageJar.ROOT + exact.name() + "/" + exact.version() + "/"
        + PackageManifest.FILE);
    String key = manifest == null ? exact.toString() : manifest.toString();
    return Optional.of(EXTRACTED.computeIfAbsent(key, k -> PackageJar.extract(loader, exact, Extraction.newFolder())));
  }

  /** {@return the package {@code ref} in {@code cache}: the version named, else the latest there}, if any */
  static Optional<BenchmarkPackage> fromCache(PackageRef ref, Path cache) {
    Path dir = cache.resolve(ref.name());
    if (ref.version() != null) {
      Path v = dir.resolve(ref.version().toString());
      return Files.isDirectory(v) ? Optional.of(BenchmarkPackage.load(v)) : Optional.empty();
    }
    return versions(dir).stream().reduce((a, b) -> b).map(v -> BenchmarkPackage.load(dir.resolve(v.toString())));
  }

  private static List<SemanticVersion> versions(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(SemanticVersion::isValid).map(SemanticVersion::parse)
          .sorted().toList();
    } catch (IOException e) {
      throw new LibraryException(dir + ": cannot list the installed versions: " + e.getMessage(), e);
    }
  }

  private static DatasetException notFound(String location, PackageRef ref) {
    Path cache = Library.defaultCache();
    List<SemanticVersion> installed = versions(cache.resolve(ref.name()));
    return new DatasetException(location, 0, 0, "no package " + ref + " on the class path or in the package cache "
        + cache + (installed.isEmpty() ? "" : " (it has " + ref.name() + " " + installed.stream()
            .map(SemanticVersion::toString).toList() + ")") + ". Install it: benchmarkhub library install " + ref
        + " --remote <library URI>; or add the package jar (benchmarkhub package --jar) as a test dependency. "
        + "The cache is ~/.benchmarkhub/packages unless -D" + Library.CACHE_PROPERTY + " or " + Library.CACHE_ENV
        + " names another.");
  }

  /**
   * The temporary folder of packages extracted from the class path, made on first use, deleted at exit; each jar
   * gets its own subfolder, so two jars holding the same version never overwrite each other.
   */
  private static final class Extraction {
    static final Path FOLDER = create();

    static Path newFolder() {
      try {
        return Files.createTempDirectory(FOLDER, "jar-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a folder in " + FOLDER + " for a package on the class path", e);
      }
    }

    private static Path create() {
      try {
        Path dir = Files.createTempDirectory("benchmarkhub-packages-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            FileTrees.delete(dir);
          } catch (IOException e) {
            // a temporary folder left behind at exit is the system's to clean
          }
        }, "benchmarkhub-packages-cleanup"));
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temporary folder for packages on the class path", e);
      }
    }
  }
}
