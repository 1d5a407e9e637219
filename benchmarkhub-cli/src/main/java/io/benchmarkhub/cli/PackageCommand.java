package io.benchmarkhub.cli;

import io.benchmarkhub.library.BenchmarkPackage;
import io.benchmarkhub.library.PackageJar;
import io.benchmarkhub.library.PackageManifest;
import io.benchmarkhub.library.PackageMetadata;
import io.benchmarkhub.library.ReferenceResult;
import io.benchmarkhub.library.ReferenceResults;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub package <benchmark-file> [--meta package.yaml] [--out DIR] [--results RUN_LOG...] [--jar FILE]}:
 * builds a benchmark package (see {@link BenchmarkPackage#pack}), adds reference results ({@link ReferenceResults})
 * and, with {@code --jar}, writes its jar ({@link PackageJar}).
 */
@Command(name = "package", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = {"Builds a benchmark package from a benchmark file and its package.yaml (name, version, domain, "
        + "description, authors, license, citation, tags): benchmark.json (the manifest), benchmark.yaml, "
        + "cases.jsonl, cassettes/ and validation.json; with --results, the summaries of reference runs of the "
        + "package's cases in results/. Packing the same input again gives the same bytes."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:packed",
        "1:a problem, named by file and field: a bad benchmark file or package.yaml, an unknown licence, an output "
            + "folder that is not a package, a result run on other data than the package's cases",
        "2:bad usage: an unknown option or a missing argument"})
final class PackageCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<benchmark-file>", description = "The benchmark file (.yaml, .yml, .json).")
  Path benchmarkFile;

  @Option(names = "--meta", paramLabel = "FILE",
      description = "The package metadata. Default: package.yaml beside the benchmark file.")
  Path meta;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The package folder: new, empty, or an earlier package (replaced). "
          + "Default: target/benchmarkhub/packages/<name>/<version>.")
  Path out;

  @Option(names = "--results", paramLabel = "RUN_LOG", arity = "1..*",
      description = "Add each run's summary as a reference result, results/<run-id>.summary.json: a run log "
          + "(<run-dir>/<run-id>/<benchmark>.jsonl) of this package's cases; a run on other data is refused.")
  List<Path> results = new ArrayList<>();

  @Option(names = "--jar", paramLabel = "FILE",
      description = "Also write the package as a jar (META-INF/benchmarkhub/packages/<name>/<version>/), to deploy "
          + "to a Maven repository.")
  Path jar;

  @Override
  public Integer call() {
    Path metaFile = meta != null ? meta
        : benchmarkFile.toAbsolutePath().resolveSibling(PackageMetadata.FILE);
    if (!Files.isRegularFile(metaFile)) {
      throw new io.benchmarkhub.api.BenchmarkException(metaFile.toAbsolutePath() + ": no package metadata; write "
          + "package.yaml (name, version, domain, description, authors, license) or give --meta");
    }
    PackageMetadata metadata = PackageMetadata.load(metaFile);
    Path dir = out != null ? out
        : Path.of("target", "benchmarkhub", "packages", metadata.name(), metadata.version().toString());
    BenchmarkPackage p = BenchmarkPackage.pack(benchmarkFile, metadata, dir);
    PackageManifest m = p.manifest();
    PrintWriter o = spec.commandLine().getOut();
    o.println("packed " + m.ref() + ": " + m.dataset().cases() + " cases, " + m.taskType() + ", " + m.license()
        + ", quality " + (m.qualityScore() == null ? "not measured" : String.format(Locale.ROOT, "%.1f",
            m.qualityScore())));
    o.println("package: " + p.dir());
    if (!results.isEmpty()) {
      for (ReferenceResult r : ReferenceResults.add(p, results)) {
        o.println("result:  " + p.dir().relativize(r.file()) + " (run " + r.runId() + ")");
        r.warningText().ifPresent(w -> {
          spec.commandLine().getErr().println("warning: " + w);
          spec.commandLine().getErr().flush();
        });
      }
      p = BenchmarkPackage.load(p.dir());
    }
    if (jar != null) {
      PackageJar.write(p, jar);
      o.println("jar:     " + jar.toAbsolutePath());
    }
    o.flush();
    return BenchmarkHubCli.OK;
  }
}
