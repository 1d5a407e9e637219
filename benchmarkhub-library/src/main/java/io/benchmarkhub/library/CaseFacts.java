package io.benchmarkhub.library;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the manifest computes from a package's cases: how many there are per difficulty level and per concept,
 * and the SHA-256 of the file's bytes.
 *
 * @param cases the cases, each located in {@code cases.jsonl} by line (not by an absolute path, so that a
 *     validation report made from them is the same wherever the package is)
 * @param difficultyDistribution cases per level: declared levels in order (zero counts included), then other
 *     levels sorted, then {@value PackageManifest#UNSPECIFIED}
 * @param conceptCounts cases per concept, sorted, {@value PackageManifest#UNSPECIFIED} for cases without one
 */
record CaseFacts(List<TestCase> cases, Map<String, Integer> difficultyDistribution,
    TreeMap<String, Integer> conceptCounts) {

  /** {@return the facts of the cases file, for a design declaring these difficulty levels} */
  static CaseFacts of(Path casesFile, List<String> declaredLevels) {
    List<TestCase> cases = Dataset.jsonl(casesFile).toList().stream().map(CaseFacts::relocated).toList();
    Map<String, Integer> levels = new LinkedHashMap<>();
    declaredLevels.forEach(l -> levels.put(l, 0));
    TreeMap<String, Integer> others = new TreeMap<>();
    int unspecifiedLevel = 0;
    TreeMap<String, Integer> concepts = new TreeMap<>();
    for (TestCase c : cases) {
      String level = CaseFields.difficulty(c).map(String::strip).orElse(null);
      if (level == null || level.isEmpty()) {
        unspecifiedLevel++;
      } else {
        String declared = declaredLevels.stream().filter(l -> l.equalsIgnoreCase(level)).findFirst().orElse(null);
        if (declared != null) {
          levels.merge(declared, 1, Integer::sum);
        } else {
          others.merge(level, 1, Integer::sum);
        }
      }
      concepts.merge(CaseFields.concept(c).map(String::strip).filter(s -> !s.isEmpty())
          .orElse(PackageManifest.UNSPECIFIED), 1, Integer::sum);
    }
    levels.putAll(others);
    if (unspecifiedLevel > 0) {
      levels.put(PackageManifest.UNSPECIFIED, unspecifiedLevel);
    }
    return new CaseFacts(cases, levels, concepts);
  }

  private static TestCase relocated(TestCase c) {
    return c.source().map(s -> c.toBuilder().source(new SourceLocation(RunDefinition.CASES, s.line())).build())
        .orElse(c);
  }

  /**
   * {@return the SHA-256 of the file's bytes, 64 lower-case hex digits}
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
