package io.benchmarkhub.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test benchmark {@code contract-risk} (16 cases, a cassette, package.yaml), copied where a test wants it. */
final class Fixtures {
  private Fixtures() {}

  /** {@return a copy of the contract-risk source folder (benchmark.yaml, package.yaml, cases, cassette) in dir} */
  static Path contractRisk(Path dir) {
    try {
      Path src = Path.of(Fixtures.class.getResource("/contract-risk/benchmark.yaml").toURI()).getParent();
      FileTrees.copy(src, dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return the contract-risk package built in {@code tmp/pkg}, with this package.yaml version} */
  static BenchmarkPackage pack(Path tmp, String name, String version) {
    Path src = contractRisk(tmp.resolve("src-" + name + "-" + version));
    rewrite(src.resolve("package.yaml"), "name: contract-risk", "name: " + name);
    rewrite(src.resolve("package.yaml"), "version: 1.0.0", "version: " + version);
    return BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"),
        tmp.resolve("pkg-" + name + "-" + version));
  }

  /** {@return the seed library's folder, {@code library-seed/} at the repository's root} */
  static Path seedLibrary() {
    return Path.of("..", "library-seed").toAbsolutePath().normalize();
  }

  /** {@return the folder of a seed benchmark, {@code library-seed/<name>}} */
  static Path seedDir(String name) {
    return seedLibrary().resolve(name);
  }

  /**
   * {@return a seed benchmark packed in {@code tmp}, with this version}: its source folder copied first, so its
   * cassette replays (the seeds' cassettes were recorded from their fixture answers)
   */
  static BenchmarkPackage packSeed(Path tmp, String name, String version) {
    try {
      Path src = tmp.resolve("seed-" + name + "-" + version);
      FileTrees.copy(seedDir(name), src);
      rewrite(src.resolve("package.yaml"), "version: 1.0.0", "version: " + version);
      return BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"),
          tmp.resolve("pkg-" + name + "-" + version));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return a package whose cases hold the same case four times, which fails validation} */
  static BenchmarkPackage failing(Path tmp) {
    Path src = contractRisk(tmp.resolve("src-failing"));
    Path cases = src.resolve("contract-risk.jsonl");
    String first = lines(cases).get(0);
    write(cases, String.join("\n", List.of(first, first.replace("l-e-1", "x-1"), first.replace("l-e-1", "x-2"),
        first.replace("l-e-1", "x-3"))) + "\n");
    rewrite(src.resolve("package.yaml"), "name: contract-risk", "name: duplicated-risk");
    return BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"), tmp.resolve("failing"));
  }

  static void rewrite(Path file, String from, String to) {
    String text = read(file);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " has no '" + from + "'");
    }
    write(file, text.replace(from, to));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    return read(file).lines().toList();
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
