package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.generate.CaseJsonlWriter;
import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.author.validate.ValidationInput;
import io.benchmarkhub.author.validate.ValidationJson;
import io.benchmarkhub.author.validate.ValidationReport;
import io.benchmarkhub.author.validate.ValidationSettings;
import io.benchmarkhub.author.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds a package folder from a benchmark file and its metadata (see {@link BenchmarkPackage#pack}). Nothing it
 * writes depends on the time or the machine: the validation report's {@code createdAt} is the epoch, file
 * locations in it are {@code cases.jsonl}, and every list is in a fixed order.
 */
final class Packer {
  /** The validation report's creation time in a package: fixed, so that packing is reproducible. */
  static final Instant REPRODUCIBLE_TIME = Instant.EPOCH;
  /** The files and folders a package consists of; re-packing replaces them and keeps anything else. */
  private static final List<String> PACKAGE_FILES = List.of(PackageManifest.FILE, RunDefinition.FILE,
      RunDefinition.CASES, RunDefinition.CASSETTES, BenchmarkPackage.VALIDATION);

  private Packer() {}

  static void pack(Path benchmarkFile, PackageMetadata meta, Path out) {
    BenchmarkFile file = BenchmarkFile.load(benchmarkFile);
    ObjectNode source = RunDefinition.read(benchmarkFile);
    Path sourceDir = benchmarkFile.toAbsolutePath().normalize().getParent();
    prepare(out);
    try {
      copyCases(file, source, sourceDir, out.resolve(RunDefinition.CASES));
      boolean cassettes = copyCassette(file.name(), meta.name(), source, sourceDir, out);
      ObjectNode run = RunDefinition.forPackage(source, sourceDir, meta.name(), meta.version(), cassettes);
      RunDefinition.write(run, out.resolve(RunDefinition.FILE));
      BenchmarkDesign design = file.design();
      CaseFacts facts = CaseFacts.of(out.resolve(RunDefinition.CASES), design.difficulties());
      ValidationJson.write(validate(facts, design), out.resolve(BenchmarkPackage.VALIDATION));
      Double score = ValidationFile.score(out);
      PackageManifest manifest = new PackageManifest(meta.name(), meta.version(), meta.domain(),
          design.taskType().fileName(), meta.description(), meta.authors(), meta.license(), meta.citation(),
          meta.tags(), design.concepts(), design.difficulties(), facts.difficultyDistribution(),
          facts.conceptCounts(), RunDefinition.metrics(run), RunDefinition.judges(run),
          new PackageManifest.DatasetInfo(RunDefinition.CASES, CaseFacts.sha256(out.resolve(RunDefinition.CASES)),
              facts.cases().size()),
          null, ReviewState.DRAFT, score);
      writeManifest(manifest, out);
    } catch (IOException e) {
      throw new PackageException(out + ": cannot write the package: " + e.getMessage(), e);
    }
  }

  /** {@return the validation report of a package's cases}, with the standard checks and settings, no references */
  static ValidationReport validate(Path casesFile, BenchmarkDesign design) {
    return validate(CaseFacts.of(casesFile, design.difficulties()), design);
  }

  private static ValidationReport validate(CaseFacts facts, BenchmarkDesign design) {
    return Validator.standard().withClock(Clock.fixed(REPRODUCIBLE_TIME, ZoneOffset.UTC))
        .validate(new ValidationInput(RunDefinition.CASES, facts.cases(), design, List.of(),
            ValidationSettings.defaults()));
  }

  /** Writes the manifest as {@code benchmark.json} in {@code dir}. */
  static void writeManifest(PackageManifest manifest, Path dir) throws IOException {
    Files.writeString(dir.resolve(PackageManifest.FILE), ManifestJson.toJson(manifest), StandardCharsets.UTF_8);
  }

  /** Makes {@code out} an empty package folder: new, empty, or an earlier package whose files are removed. */
  private static void prepare(Path out) {
    try {
      if (Files.isDirectory(out)) {
        boolean empty;
        try (Stream<Path> entries = Files.list(out)) {
          empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(out.resolve(PackageManifest.FILE))) {
          throw new PackageException(out + ": is neither empty nor a package (no benchmark.json); give a new or "
              + "empty folder with --out");
        }
        for (String f : PACKAGE_FILES) {
          FileTrees.delete(out.resolve(f));
        }
      }
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new PackageException(out + ": cannot prepare the package folder: " + e.getMessage(), e);
    }
  }

  /** Copies a .jsonl dataset byte for byte; writes any other dataset (CSV, JSON, classpath) as JSONL. */
  private static void copyCases(BenchmarkFile file, ObjectNode source, Path sourceDir, Path target)
      throws IOException {
    String location = source.path("dataset").asText();
    Path local = location.startsWith("classpath:") ? null : sourceDir.resolve(location).normalize();
    if (local != null && location.toLowerCase(Locale.ROOT).endsWith(".jsonl") && Files.isRegularFile(local)) {
      Files.copy(local, target);
    } else {
      CaseJsonlWriter.write(file.dataset().toList(), target);
    }
  }

  /**
   * Copies the benchmark's cassette (from its {@code cassette-dir} setting, else the {@code cassettes} folder
   * beside the file) to {@code cassettes/}, named for the package.
   *
   * @return whether there was one
   */
  private static boolean copyCassette(String benchmarkName, String packageName, ObjectNode source, Path sourceDir,
      Path out) throws IOException {
    String dirSetting = source.path("settings").path("cassette-dir").asText(RunDefinition.CASSETTES);
    Path cassette = sourceDir.resolve(dirSetting).resolve(CompletionOrigin.cassetteFileName(benchmarkName));
    if (!Files.isRegularFile(cassette)) {
      return false;
    }
    Path target = out.resolve(RunDefinition.CASSETTES).resolve(CompletionOrigin.cassetteFileName(packageName));
    Files.createDirectories(target.getParent());
    Files.copy(cassette, target);
    return true;
  }
}
