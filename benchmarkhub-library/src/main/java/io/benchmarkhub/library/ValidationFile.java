package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.author.validate.ValidationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the library needs from a package's {@code validation.json} (schema
 * {@value ValidationJson#SCHEMA}): the overall quality score and the failing checks.
 */
final class ValidationFile {
  private ValidationFile() {}

  /**
   * {@return the overall quality score in the package's validation.json}, {@code null} without the file or a score
   *
   * @throws PackageException naming the file when it is not a validation report
   */
  static Double score(Path dir) {
    JsonNode report = read(dir);
    return report != null && report.path("score").path("overall").isNumber()
        ? report.path("score").path("overall").asDouble() : null;
  }

  /** {@return the ids of the checks whose status is {@code fail}}, empty without the file */
  static List<String> failedChecks(Path dir) {
    JsonNode report = read(dir);
    List<String> out = new ArrayList<>();
    if (report != null) {
      report.path("checks").forEach(c -> {
        if ("fail".equals(c.path("status").asText())) {
          out.add(c.path("id").asText());
        }
      });
    }
    return out;
  }

  private static JsonNode read(Path dir) {
    Path file = dir.resolve(BenchmarkPackage.VALIDATION);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String where = BenchmarkPackage.where(dir, BenchmarkPackage.VALIDATION);
    try {
      JsonNode report = ManifestJson.MAPPER.readTree(file.toFile());
      if (report == null || !ValidationJson.SCHEMA.equals(report.path("schema").asText())) {
        throw new PackageException(where + ": $.schema: is not " + ValidationJson.SCHEMA
            + "; write it with benchmarkhub validate or benchmarkhub package");
      }
      return report;
    } catch (IOException e) {
      throw new PackageException(where + ": cannot read the validation report: " + e.getMessage(), e);
    }
  }
}
