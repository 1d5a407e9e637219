package io.benchmarkhub.cli;

import io.benchmarkhub.library.Library;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a {@code library} command finds its library: {@code --library DIR} (a clone), {@code --remote URI} (cloned
 * to {@code ~/.benchmarkhub/libraries/<uri>} or pulled when already there), or both (the remote cloned into DIR).
 */
final class LibraryLocation {
  @Option(names = "--library", paramLabel = "DIR", description = "The library's clone (a git work tree).")
  Path library;

  @Option(names = "--remote", paramLabel = "URI",
      description = "The library's git remote (a path, file:, https: or ssh: URI); cloned into --library, or into "
          + "~/.benchmarkhub/libraries/, and pulled.")
  String remote;

  /** {@return the library these options name}, pulled when it has a remote */
  Library open(CommandSpec spec) {
    if (library == null && remote == null) {
      throw new ParameterException(spec.commandLine(), "give the library: --library DIR (a clone) or --remote URI");
    }
    if (remote == null) {
      Library lib = Library.open(library);
      lib.pull();
      return lib;
    }
    Path dir = library != null ? library
        : Path.of(System.getProperty("user.home"), ".benchmarkhub", "libraries", remote.replaceAll("[^A-Za-z0-9._-]",
            "_"));
    return Library.cloneOrPull(remote, dir);
  }
}
