package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub init}: writes a working benchmark into a Maven project: an annotated benchmark class
 * under {@code src/test/java}, its dataset under {@code src/test/resources}, and {@code <name>.benchmark.yaml}
 * to run the same benchmark with {@code benchmarkhub run}; then says what the {@code pom.xml} needs, or
 * whether it has it. Never overwrites a file without {@code --force}. Exit codes: 0 done, 1 a file exists or
 * cannot be written, 2 bad usage.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = {"Scaffolds a benchmark in a Maven project: an annotated benchmark class, its dataset and a "
        + "benchmark file for `benchmarkhub run`; then says what the pom.xml needs."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a file to write exists (use --force) or cannot be written",
        "2:bad usage: an unknown option, a name or package that is not valid"})
final class InitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "support-intent",
      description = "The benchmark's name, lower-case words joined by dashes (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "benchmarks",
      description = "The benchmark class's Java package (default: ${DEFAULT-VALUE}).")
  String packageName;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
      description = "The Maven project's folder (default: the current folder).")
  Path dir;

  @Option(names = "--force", description = "Overwrite files that exist.")
  boolean force;

  @Override
  public Integer call() {
    Scaffold scaffold;
    try {
      scaffold = new Scaffold(name, packageName);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, String> files = scaffold.files();
    if (!force) {
      for (String file : files.keySet()) {
        if (Files.exists(dir.resolve(file))) {
          throw new BenchmarkException(dir.resolve(file) + " exists: init writes nothing over a file; use --force "
              + "to overwrite it, or --name for another benchmark");
        }
      }
    }
    PrintWriter o = spec.commandLine().getOut();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      try {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, f.getValue());
      } catch (IOException e) {
        throw new BenchmarkException("cannot write " + target + ": " + e, e);
      }
      o.println("wrote " + target);
    }
    PomCheck.report(dir).forEach(o::println);
    o.println("next: set OPENAI_API_KEY, then run the class with mvn test -Dtest=" + scaffold.className()
        + ", or the file with benchmarkhub run " + dir.resolve(name + ".benchmark.yaml"));
    o.flush();
    return BenchmarkHubCli.OK;
  }
}
