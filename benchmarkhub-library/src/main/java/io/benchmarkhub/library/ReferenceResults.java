package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.report.JsonReport;
import io.benchmarkhub.runner.RunLogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference results of a package: {@code results/<run-id>.summary.json}, each the summary of a run of the
 * package's own cases (schema {@value JsonReport#SUMMARY_SCHEMA}), published with it so that others see how
 * models did on it.
 *
 * <p>A result must say it ran on the package's data: a run whose recorded dataset checksum ({@code
 * info.datasetSha256}) differs from the SHA-256 of {@code cases.jsonl} is refused, naming both checksums; a run
 * that recorded none is added with a warning. The stored summary names the package's {@code cases.jsonl} as its
 * dataset and only the file name of its run log, not paths of the machine that ran it, so adding the same run
 * log again gives the same bytes.
 */
public final class ReferenceResults {
  private static final String SUFFIX = ".summary.json";

  private ReferenceResults() {}

  /**
   * Adds the summary of each run log (rebuilt with {@link RunLogs#summary}) to the package's {@code results/},
   * replacing an earlier result of the same run id. Every log is checked before any file is written.
   *
   * @param pkg the package
   * @param runLogs the run logs, {@code <run-dir>/<run-id>/<benchmark>.jsonl}
   * @return what was added, in the order of {@code runLogs}, each with its warning when it has one
   * @throws PackageException naming the run and both checksums when a run was on other data, or two logs of one
   *     run id; {@link io.benchmarkhub.api.BenchmarkException} when a log cannot be read
   */
  public static List<ReferenceResult> add(BenchmarkPackage pkg, List<Path> runLogs) {
    Objects.requireNonNull(pkg, "pkg");
    String sha = pkg.manifest().dataset().sha256();
    Map<String, ObjectNode> byRun = new LinkedHashMap<>();
    Map<String, String> warnings = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path log : runLogs) {
      RunSummary summary = RunLogs.summary(log);
      String runId = summary.runId();
      String recorded = summary.info().datasetSha256();
      if (recorded.isEmpty()) {
        warnings.put(runId, "run " + runId + " (" + log + ") recorded no dataset checksum: nothing shows it ran "
            + "on this package's cases.jsonl (sha256 " + sha + ")");
      } else if (!recorded.equals(sha)) {
        problems.add("run " + runId + " (" + log + ") was on a dataset with sha256 " + recorded + ", but "
            + BenchmarkPackage.where(pkg.dir(), RunDefinition.CASES) + " has sha256 " + sha + "; a reference "
            + "result must be a run of this package's cases: run the package's benchmark.yaml");
      }
      if (byRun.put(runId, tree(summary, log)) != null) {
        problems.add("two run logs of run " + runId + " (" + log + "); give each run once");
      }
    }
    if (!problems.isEmpty()) {
      throw new PackageException(problems);
    }
    Path dir = pkg.dir().resolve(BenchmarkPackage.RESULTS);
    List<ReferenceResult> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, ObjectNode> e : byRun.entrySet()) {
        Path file = dir.resolve(fileName(e.getKey()));
        Files.writeString(file, ManifestJson.MAPPER.writeValueAsString(e.getValue()).replace("\r\n", "\n") + "\n",
            StandardCharsets.UTF_8);
        out.add(new ReferenceResult(e.getKey(), file, warnings.get(e.getKey())));
      }
    } catch (IOException e) {
      throw new PackageException(dir + ": cannot write the reference results: " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  /** {@return the file name of a run's result: its run id, characters unsafe in a file name replaced by _} */
  static String fileName(String runId) {
    return runId.replaceAll("[^A-Za-z0-9._-]", "_") + SUFFIX;
  }

  /**
   * {@return the problems of the package's reference results}: a file that is not a summary, or a summary whose
   * dataset checksum is not {@code sha256}; each names the file and field
   */
  static List<String> problems(Path packageDir, List<Path> results, String sha256) {
    List<String> problems = new ArrayList<>();
    for (Path f : results) {
      String where = BenchmarkPackage.where(packageDir, BenchmarkPackage.RESULTS + "/" + f.getFileName());
      JsonNode tree;
      try {
        tree = ManifestJson.MAPPER.readTree(f.toFile());
      } catch (IOException e) {
        problems.add(where + ": not a JSON summary: " + e.getMessage());
        continue;
      }
      if (tree == null || !JsonReport.SUMMARY_SCHEMA.equals(tree.path("schema").asText())) {
        problems.add(where + ": $.schema: is not " + JsonReport.SUMMARY_SCHEMA + "; add results with "
            + "benchmarkhub package --results <run-log>");
        continue;
      }
      String recorded = tree.path("info").path("datasetSha256").asText("");
      if (!recorded.isEmpty() && !recorded.equals(sha256)) {
        problems.add(where + ": $.info.datasetSha256: is " + recorded + " but cases.jsonl has sha256 " + sha256
            + "; the result is of other data: remove it, or run the package again");
      }
    }
    return problems;
  }

  /** {@return the run's summary as JSON, its dataset named cases.jsonl and its run log by file name} */
  private static ObjectNode tree(RunSummary summary, Path log) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("benchmarkhub-result-", SUFFIX);
      JsonReport.write(summary, tmp);
      ObjectNode tree = (ObjectNode) ManifestJson.MAPPER.readTree(tmp.toFile());
      ((ObjectNode) tree.path("info")).put("dataset", RunDefinition.CASES);
      tree.put("runLog", log.getFileName().toString());
      return tree;
    } catch (IOException e) {
      throw new PackageException(log + ": cannot make the run's summary: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a temporary file left behind does not spoil the result
        }
      }
    }
  }
}
