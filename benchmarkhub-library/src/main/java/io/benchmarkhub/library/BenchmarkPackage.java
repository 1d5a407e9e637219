package io.benchmarkhub.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A benchmark package: a folder holding
 *
 * <pre>
 * benchmark.json        the manifest ({@link PackageManifest}, schema benchmarkhub.package/1)
 * benchmark.yaml        the run definition: a benchmark file whose dataset is cases.jsonl
 * cases.jsonl           the cases
 * cassettes/            recorded answers, so that a run works offline (optional)
 * validation.json       the validation report of the cases (optional; {@link #pack} writes it)
 * results/*.summary.json reference results (optional)
 * </pre>
 *
 * <p>A loaded package has been checked: the manifest against its JSON Schema, and against its files (the
 * SHA-256 and case count of {@code cases.jsonl}, the name, version, task type, concepts and levels of
 * {@code benchmark.yaml}, the counts computed from the cases, the quality score of {@code validation.json}).
 * Instances are immutable views of the folder; they do not notice later changes to it.
 */
public final class BenchmarkPackage {
  /** The validation report's file name in a package. */
  public static final String VALIDATION = "validation.json";
  /** The reference results' folder name in a package. */
  public static final String RESULTS = "results";

  private final Path dir;
  private final PackageManifest manifest;

  private BenchmarkPackage(Path dir, PackageManifest manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }

  /**
   * {@return the package in {@code dir}}, checked (see the class comment)
   *
   * @throws PackageException listing every problem, each naming the file and the field
   * @throws io.benchmarkhub.author.spec.BenchmarkFileException when {@code benchmark.yaml} is not a usable benchmark
   *     file (naming line and field)
   */
  public static BenchmarkPackage load(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path abs = dir.toAbsolutePath().normalize();
    Path manifestFile = abs.resolve(PackageManifest.FILE);
    String where = where(abs, PackageManifest.FILE);
    if (!Files.isRegularFile(manifestFile)) {
      throw new PackageException(where + ": missing; a package folder holds benchmark.json, benchmark.yaml and "
          + "cases.jsonl (make one with benchmarkhub package)");
    }
    JsonNode tree;
    try {
      tree = ManifestJson.MAPPER.readTree(manifestFile.toFile());
    } catch (JsonProcessingException e) {
      throw new PackageException(where + ":" + e.getLocation().getLineNr() + ": not JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new PackageException(where + ": cannot read: " + e.getMessage(), e);
    }
    List<String> problems = ManifestSchema.problems(tree, where);
    if (!problems.isEmpty()) {
      throw new PackageException(problems);
    }
    PackageManifest manifest = ManifestJson.fromTree(tree);
    PackageChecks.check(abs, manifest);
    return new BenchmarkPackage(abs, manifest);
  }

  /**
   * Builds a package in {@code outDir} from a benchmark file and the metadata written by hand in
   * {@code packageYaml} (see {@link PackageMetadata}): copies the cases to {@code cases.jsonl} and the benchmark's
   * cassette to {@code cassettes/}, writes the run definition {@code benchmark.yaml}, the validation report
   * {@code validation.json} and the manifest {@code benchmark.json}. The name and version are the metadata's, also
   * in {@code benchmark.yaml}. Packing the same input again gives the same bytes. {@code outDir} must be new, empty
   * or an earlier package (its package files are replaced; a {@code results/} folder is kept).
   *
   * @return the package, loaded and checked
   * @throws PackageException naming the file and field of a problem with the metadata or the output folder
   * @throws io.benchmarkhub.author.spec.BenchmarkFileException when the benchmark file is not usable
   */
  public static BenchmarkPackage pack(Path benchmarkFile, Path packageYaml, Path outDir) {
    return pack(benchmarkFile, PackageMetadata.load(packageYaml), outDir);
  }

  /** {@return a package built as {@link #pack(Path, Path, Path)} does, from metadata given in code} */
  public static BenchmarkPackage pack(Path benchmarkFile, PackageMetadata metadata, Path outDir) {
    Packer.pack(benchmarkFile, metadata, outDir.toAbsolutePath().normalize());
    return load(outDir);
  }

  /**
   * Writes the package in {@code packageDir} as a jar holding it under
   * {@code META-INF/benchmarkhub/packages/<name>/<version>/}; see {@link PackageJar}.
   *
   * @return the package that was written
   * @throws PackageException when the package does not load or the jar cannot be written
   */
  public static BenchmarkPackage jar(Path packageDir, Path jar) {
    BenchmarkPackage p = load(packageDir);
    PackageJar.write(p, jar);
    return p;
  }

  /** {@return the package's folder, absolute} */
  public Path dir() {
    return dir;
  }

  /** {@return the manifest} */
  public PackageManifest manifest() {
    return manifest;
  }

  /** {@return {@code name@version}} */
  public PackageRef ref() {
    return manifest.ref();
  }

  /** {@return the run definition, {@code benchmark.yaml}} */
  public Path benchmarkFile() {
    return dir.resolve(RunDefinition.FILE);
  }

  /** {@return the run definition loaded as a benchmark file}, ready to run with the package's cases and cassettes */
  public BenchmarkFile loadBenchmarkFile() {
    return BenchmarkFile.load(benchmarkFile());
  }

  /** {@return the cases, {@code cases.jsonl}} */
  public Path casesFile() {
    return dir.resolve(RunDefinition.CASES);
  }

  /** {@return the cassettes folder, empty when the package has none} */
  public Optional<Path> cassettesDir() {
    Path c = dir.resolve(RunDefinition.CASSETTES);
    return Files.isDirectory(c) ? Optional.of(c) : Optional.empty();
  }

  /** {@return the validation report, {@code validation.json}, empty when the package has none} */
  public Optional<Path> validationFile() {
    Path v = dir.resolve(VALIDATION);
    return Files.isRegularFile(v) ? Optional.of(v) : Optional.empty();
  }

  /** {@return the reference results, {@code results/*.summary.json}, sorted by file name} */
  public List<Path> results() {
    return results(dir);
  }

  /** {@return the reference results in the package folder {@code dir}, sorted by file name} */
  static List<Path> results(Path dir) {
    Path r = dir.resolve(RESULTS);
    if (!Files.isDirectory(r)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(r)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".summary.json")).sorted().toList();
    } catch (IOException e) {
      throw new PackageException(r + ": cannot list the reference results: " + e.getMessage(), e);
    }
  }

  /** {@return every file of the package, relative to its folder, with {@code /} separators, sorted} */
  public List<String> files() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted()
          .toList();
    } catch (IOException e) {
      throw new PackageException(dir + ": cannot list the package's files: " + e.getMessage(), e);
    }
  }

  /** {@return how messages name a file of the package folder {@code dir}: {@code <folder name>/<file>}} */
  static String where(Path dir, String file) {
    Path name = dir.getFileName();
    return (name == null ? "" : name + "/") + file;
  }

  @Override
  public String toString() {
    return "BenchmarkPackage[" + ref() + " in " + dir + "]";
  }
}
