package io.benchmarkhub.cli;

import io.benchmarkhub.library.BenchmarkPackage;
import io.benchmarkhub.library.Library;
import io.benchmarkhub.library.LibraryEntry;
import io.benchmarkhub.library.LibraryQuery;
import io.benchmarkhub.library.PackageManifest;
import io.benchmarkhub.library.PackageManifest.Author;
import io.benchmarkhub.library.PackageRef;
import io.benchmarkhub.library.PublishOptions;
import io.benchmarkhub.library.PublishRefusedException;
import io.benchmarkhub.library.ReviewState;
import io.benchmarkhub.library.site.CatalogSite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub library init|publish|search|fork|install|review|site}: a git-backed library of benchmark packages (see
 * {@link Library}).
 */
@Command(name = "library", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = {"A library of benchmark packages in a git repository: each version under <name>/<version>/, "
        + "index.json at the root, reviews under reviews/<name>/<version>/. Versions are immutable once published."},
    subcommands = {LibraryCommand.Init.class, LibraryCommand.Publish.class, LibraryCommand.Search.class,
        LibraryCommand.Fork.class, LibraryCommand.Install.class, ReviewCommand.class, LibraryCommand.Site.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a problem: a package that does not load (file and field named), a version already published, an unknown "
            + "package or version, a remote that cannot be reached",
        "2:bad usage: an unknown option or a missing argument",
        "3:publish refused a package whose validation report has failing checks (use --force)"})
final class LibraryCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give init, publish, search, fork, install, "
        + "review or site.");
  }

  /** {@code library init DIR [--remote URI]}. */
  @Command(name = "init", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Creates a library: a new git repository with an empty index, or with --remote a clone of "
          + "that (possibly empty) remote.")
  static final class Init implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new library.")
    Path dir;

    @Option(names = "--remote", paramLabel = "URI", description = "Clone this remote instead, e.g. a bare "
        + "repository shared by the team.")
    String remote;

    @Override
    public Integer call() {
      try (Library lib = remote == null ? Library.init(dir) : Library.cloneFrom(remote, dir)) {
        PrintWriter o = spec.commandLine().getOut();
        o.println("library: " + lib.workTree() + lib.remote().map(r -> " (remote " + r + ")").orElse(""));
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }
  }

  /** {@code library publish <package-dir> [--force]}. */
  @Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Publishes a package folder: checks it, commits it under <name>/<version>/ and pushes.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:published", "1:a problem (the package does not load, the version is already published, "
          + "the push was refused)", "2:bad usage", "3:the validation report has failing checks (use --force)"})
  static final class Publish implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Parameters(index = "0", paramLabel = "<package-dir>", description = "A package folder (see benchmarkhub package).")
    Path packageDir;

    @Option(names = "--force", description = "Publish even when the validation report has failing checks.")
    boolean force;

    @Override
    public Integer call() {
      BenchmarkPackage pkg = BenchmarkPackage.load(packageDir);
      try (Library lib = location.open(spec)) {
        BenchmarkPackage published = lib.publish(pkg, PublishOptions.DEFAULTS.withForce(force));
        PrintWriter o = spec.commandLine().getOut();
        o.println("published " + published.ref() + " to " + lib.workTree() + lib.remote().map(r -> " and pushed to "
            + r).orElse(""));
        o.flush();
        return BenchmarkHubCli.OK;
      } catch (PublishRefusedException e) {
        spec.commandLine().getErr().println("publish: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return BenchmarkHubCli.CHECK_FAILED;
      }
    }
  }

  /** {@code library search [WORDS...] [filters]}. */
  @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Lists the packages matching every filter: the latest matching version of each, or all with "
          + "--all-versions.")
  static final class Search implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Parameters(paramLabel = "WORDS", arity = "0..*",
        description = "Words that must all appear in the name, description, tags or domain.")
    List<String> words = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "D", description = "The domain, e.g. legal.")
    String domain;

    @Option(names = "--task-type", paramLabel = "TYPE", description = "classification, multiple-choice, "
        + "question-answering, extraction or generation.")
    String taskType;

    @Option(names = "--difficulty", paramLabel = "LEVEL", description = "A level the package has cases of.")
    String difficulty;

    @Option(names = "--license", paramLabel = "SPDX", description = "The SPDX licence id, or 'open' for any "
        + "open-data licence.")
    String license;

    @Option(names = "--min-quality", paramLabel = "SCORE", description = "The lowest quality score (0-100).")
    Double minQuality;

    @Option(names = "--review", paramLabel = "STATE", description = "draft, in-review, approved or "
        + "changes-requested.")
    String review;

    @Option(names = "--verified", description = "Only versions with the verified mark: approved, an open-data "
        + "licence and a validation report without failing checks.")
    boolean verified;

    @Option(names = "--all-versions", description = "Every matching version, not only the latest.")
    boolean allVersions;

    @Override
    public Integer call() {
      LibraryQuery q = query();
      try (Library lib = location.open(spec)) {
        List<LibraryEntry> found = lib.searchEntries(q);
        PrintWriter o = spec.commandLine().getOut();
        o.println(String.format(Locale.ROOT, "%-28s %-10s %-10s %-18s %6s %7s %-12s %-17s %-8s %s", "package",
            "version", "domain", "task type", "cases", "quality", "licence", "review", "verified", "description"));
        for (LibraryEntry e : found) {
          PackageManifest m = e.manifest();
          o.println(String.format(Locale.ROOT, "%-28s %-10s %-10s %-18s %6d %7s %-12s %-17s %-8s %s", m.name(),
              m.version(), m.domain(), m.taskType(), m.dataset().cases(), m.qualityScore() == null ? "-"
                  : String.format(Locale.ROOT, "%.1f", m.qualityScore()), m.license(), m.review().wireName(),
              e.verified() ? "yes" : "-", m.description()));
        }
        o.println(found.size() + (found.size() == 1 ? " package" : " packages"));
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }

    private LibraryQuery query() {
      LibraryQuery q = LibraryQuery.ALL.withAllVersions(allVersions).withDomain(domain).withTaskType(taskType)
          .withDifficulty(difficulty).withLicense(license);
      q = words.isEmpty() ? q : q.withText(String.join(" ", words));
      if (minQuality != null) {
        q = q.withMinQuality(minQuality);
      }
      if (verified) {
        q = q.withVerified(true);
      }
      if (review != null) {
        try {
          q = q.withReview(ReviewState.parse(review));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--review: " + e.getMessage());
        }
      }
      return q;
    }
  }

  /** {@code library fork <name@version> <new-name> --author "Name <email>" [--to DIR]}. */
  @Command(name = "fork", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Forks a package under a new name at version 1.0.0 with forkedFrom set and review draft, and "
          + "publishes it; with --to, writes the fork to a folder to edit and publish later.")
  static final class Fork implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Parameters(index = "0", paramLabel = "<name[@version]>", description = "The package to fork (latest version "
        + "without @version).")
    String ref;

    @Parameters(index = "1", paramLabel = "<new-name>", description = "The fork's name.")
    String newName;

    @Option(names = "--author", required = true, paramLabel = "\"NAME <EMAIL>\"", description = "The fork's author.")
    String author;

    @Option(names = "--to", paramLabel = "DIR", description = "Write the fork here and do not publish it.")
    Path to;

    @Override
    public Integer call() {
      PackageRef source = ref(spec, ref);
      Author by;
      try {
        PackageRef.checkName(newName);
        by = Author.parse(author);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      try (Library lib = location.open(spec)) {
        BenchmarkPackage fork = to != null ? lib.forkTo(source, newName, by, to)
            : lib.fork(source, newName, by, PublishOptions.DEFAULTS);
        PrintWriter o = spec.commandLine().getOut();
        o.println((to != null ? "forked " : "forked and published ") + fork.ref() + " from "
            + fork.manifest().forkedFrom() + ": " + fork.dir());
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }
  }

  /** {@code library install <name[@version]> [--cache DIR]}. */
  @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Pulls the library and copies a package into the local cache, verifying its cases' SHA-256.")
  static final class Install implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Parameters(index = "0", paramLabel = "<name[@version]>", description = "The package (latest version without "
        + "@version).")
    String ref;

    @Option(names = "--cache", paramLabel = "DIR", description = "The cache. Default: ~/.benchmarkhub/packages.")
    Path cache;

    @Override
    public Integer call() {
      PackageRef wanted = ref(spec, ref);
      try (Library lib = location.open(spec)) {
        BenchmarkPackage p = lib.install(wanted, cache != null ? cache : Library.defaultCache());
        PrintWriter o = spec.commandLine().getOut();
        o.println("installed " + p.ref() + ": " + p.dir());
        o.println("run it:    benchmarkhub run " + p.benchmarkFile());
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }
  }

  /** {@code library site --out DIR}. */
  @Command(name = "site", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Writes the library's static catalog site: index.html (every benchmark as a card, searchable "
          + "and filterable) and benchmarks/<name>.html (versions, concepts, judges, citation, how to install, the "
          + "leaderboard of its published results). Self-contained pages: host the folder anywhere.")
  static final class Site implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The site's folder.")
    Path out;

    @Override
    public Integer call() {
      try (Library lib = location.open(spec)) {
        List<Path> pages = CatalogSite.write(lib, out);
        PrintWriter o = spec.commandLine().getOut();
        o.println("site: " + (pages.size() - 1) + " benchmark pages and the index: "
            + out.resolve(CatalogSite.INDEX).toAbsolutePath().toUri());
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }
  }

  static PackageRef ref(CommandSpec spec, String text) {
    try {
      return PackageRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
