package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.library.PackageManifest.Author;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Makes the folder of a fork from a package (see {@link Library#forkTo}). */
final class Forks {
  private Forks() {}

  static BenchmarkPackage copy(BenchmarkPackage original, String newName, Author author, Path dir) {
    PackageManifest m = original.manifest();
    Path out = dir.toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(out)) {
        try (Stream<Path> entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            throw new PackageException(out + ": is not empty; fork into a new or empty folder");
          }
        }
      }
      FileTrees.copy(original.dir(), out);
      FileTrees.delete(out.resolve(BenchmarkPackage.RESULTS));
      Path cassettes = out.resolve(RunDefinition.CASSETTES);
      Path oldCassette = cassettes.resolve(CompletionOrigin.cassetteFileName(m.name()));
      if (Files.isRegularFile(oldCassette)) {
        Files.move(oldCassette, cassettes.resolve(CompletionOrigin.cassetteFileName(newName)));
      }
      Path run = out.resolve(RunDefinition.FILE);
      ObjectNode tree = RunDefinition.read(run);
      tree.put("name", newName);
      tree.put("version", SemanticVersion.FIRST.toString());
      RunDefinition.write(tree, run);
      Packer.writeManifest(m.forkAs(newName, List.of(author)), out);
    } catch (IOException e) {
      throw new PackageException(out + ": cannot write the fork of " + m.ref() + ": " + e.getMessage(), e);
    }
    return BenchmarkPackage.load(out);
  }
}
