package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a manifest that matches its schema against the files of its package: what the manifest says about the
 * cases, the run definition and the validation report must be what those files say, and every reference result
 * must be a summary of a run on those cases.
 */
final class PackageChecks {
  private PackageChecks() {}

  /**
   * Checks the package in {@code dir} described by {@code m}.
   *
   * @throws PackageException listing every mismatch, each naming the file and field
   */
  static void check(Path dir, PackageManifest m) {
    String where = BenchmarkPackage.where(dir, PackageManifest.FILE);
    List<String> problems = new ArrayList<>();
    Path cases = dir.resolve(RunDefinition.CASES);
    Path run = dir.resolve(RunDefinition.FILE);
    for (Path required : List.of(cases, run)) {
      if (!Files.isRegularFile(required)) {
        problems.add(BenchmarkPackage.where(dir, required.getFileName().toString()) + ": missing; every package has "
            + "benchmark.json, benchmark.yaml and cases.jsonl");
      }
    }
    if (!problems.isEmpty()) {
      throw new PackageException(problems);
    }
    String sha = CaseFacts.sha256(cases);
    if (!sha.equals(m.dataset().sha256())) {
      throw new PackageException(where + ": $.dataset.sha256: is " + m.dataset().sha256() + " but cases.jsonl has "
          + sha + "; the cases changed after packing: re-pack, or publish a new version");
    }
    ObjectNode tree = RunDefinition.read(run);
    String runWhere = BenchmarkPackage.where(dir, RunDefinition.FILE);
    same(problems, runWhere + ": name", m.name(), tree.path("name").asText(), where + ": $.name");
    same(problems, runWhere + ": version", m.version().toString(), tree.path("version").asText(), where
        + ": $.version");
    if (!RunDefinition.CASES.equals(tree.path("dataset").asText())) {
      problems.add(runWhere + ": dataset: is '" + tree.path("dataset").asText() + "'; a package's run definition "
          + "reads cases.jsonl");
    }
    if (!problems.isEmpty()) {
      throw new PackageException(problems);
    }
    BenchmarkDesign design = BenchmarkFile.load(run).design();
    same(problems, runWhere + ": taskType", m.taskType(), design.taskType().fileName(), where + ": $.taskType");
    same(problems, runWhere + ": concepts", m.concepts(), design.concepts(), where + ": $.concepts");
    same(problems, runWhere + ": difficulties", m.difficulties(), design.difficulties(), where + ": $.difficulties");
    same(problems, runWhere + ": judges", m.judges(), RunDefinition.judges(tree), where + ": $.judges");
    CaseFacts facts = CaseFacts.of(cases, design.difficulties());
    same(problems, "cases.jsonl: case count", m.dataset().cases(), facts.cases().size(), where + ": $.dataset.cases");
    same(problems, "cases.jsonl: cases per level", m.difficultyDistribution(), facts.difficultyDistribution(),
        where + ": $.difficultyDistribution");
    same(problems, "cases.jsonl: cases per concept", m.conceptCounts(), facts.conceptCounts(),
        where + ": $.conceptCounts");
    Double score = ValidationFile.score(dir);
    if (!Objects.equals(score, m.qualityScore())) {
      problems.add(where + ": $.qualityScore: is " + m.qualityScore() + " but validation.json "
          + (score == null ? "is missing" : "says " + score));
    }
    problems.addAll(ReferenceResults.problems(dir, BenchmarkPackage.results(dir), sha));
    if (!problems.isEmpty()) {
      throw new PackageException(problems);
    }
  }

  private static void same(List<String> problems, String actualWhere, Object manifest, Object actual,
      String manifestWhere) {
    if (!Objects.equals(manifest, actual)) {
      problems.add(manifestWhere + ": is " + manifest + " but " + actualWhere + " is " + actual);
    }
  }
}
