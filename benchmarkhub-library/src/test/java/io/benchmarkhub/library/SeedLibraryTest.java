package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.library.site.CatalogSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed library ({@code library-seed/} at the repository's root) end to end, offline: every seed benchmark is
 * packed, checked (50+ cases, a validation report without a failing check), replayed from its cassette (no key,
 * every trial answered from the cassette, none in error), packed again with that run as its reference result,
 * published to a library on a bare repository, and the catalog site is built from it.
 */
class SeedLibraryTest {
  @TempDir
  Path tmp;

  @Test
  void everySeedBenchmarkPacksReplaysPublishesAndAppearsInTheCatalog() throws Exception {
    List<Path> seeds = seeds();
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(10);
    Path bare = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    List<String> figures = new ArrayList<>();
    try (Library lib = Library.cloneFrom(bare.toUri().toString(), tmp.resolve("library"))) {
      for (Path seed : seeds) {
        BenchmarkPackage pkg = packed(seed);
        RunSummary run = Replays.replay(pkg, tmp.resolve("runs"), pkg.manifest().name() + "-fixture-answers");
        replayedWholly(pkg, run);
        ReferenceResults.add(pkg, List.of(run.runLog()));
        BenchmarkPackage repacked = BenchmarkPackage.pack(seed.resolve("benchmark.yaml"),
            seed.resolve("package.yaml"), pkg.dir());
        assertThat(repacked.results()).hasSize(1);
        lib.publish(repacked, PublishOptions.DEFAULTS);
        figures.add(figures(repacked.manifest(), run));
      }
      List<PackageManifest> published = lib.search(LibraryQuery.ALL);
      assertThat(published).hasSize(seeds.size());
      Set<String> domains = new TreeSet<>(published.stream().map(PackageManifest::domain).toList());
      assertThat(domains).hasSizeGreaterThanOrEqualTo(5).contains("medical", "legal", "finance");

      List<Path> pages = CatalogSite.write(lib, tmp.resolve("site"));
      assertThat(pages).hasSize(seeds.size() + 1);
      String index = Fixtures.read(pages.get(0));
      assertThat(index.split("\"page\":\"benchmarks/", -1)).hasSize(seeds.size() + 1);
      for (Path page : pages.subList(1, pages.size())) {
        assertThat(Fixtures.read(page)).contains("id=\"leaderboard\"").doesNotContain("No published results.");
      }
    }
    System.out.println(String.join("\n", figures));
  }

  /** Packs a seed and checks its size and validation report. */
  private BenchmarkPackage packed(Path seed) {
    BenchmarkPackage pkg = BenchmarkPackage.pack(seed.resolve("benchmark.yaml"), seed.resolve("package.yaml"),
        tmp.resolve("packages").resolve(seed.getFileName()));
    PackageManifest m = pkg.manifest();
    assertThat(m.dataset().cases()).as(m.name() + " cases").isGreaterThanOrEqualTo(50);
    assertThat(pkg.validationFile()).as(m.name() + " validation report").isPresent();
    assertThat(ValidationFile.failedChecks(pkg.dir())).as(m.name() + " failing checks").isEmpty();
    // The seed ships its validation report; it must be the one its cases give now (re-pack to refresh it).
    assertThat(seed.resolve("validation.json")).as(m.name() + " committed validation.json is current")
        .hasSameBinaryContentAs(pkg.validationFile().orElseThrow());
    assertThat(pkg.cassettesDir()).as(m.name() + " cassettes").isPresent();
    return pkg;
  }

  /** Checks that the cassette answered every trial of every model and none ended in an error. */
  private static void replayedWholly(BenchmarkPackage pkg, RunSummary run) {
    String table = run.toTable();
    int cases = pkg.manifest().dataset().cases();
    for (ModelSummary s : run.models()) {
      assertThat(s.trials()).as(s.model() + " trials").isEqualTo(cases);
      assertThat(s.errors()).as(pkg.manifest().name() + " " + s.model() + " errors").isZero();
      assertThat(table).contains(s.model() + ": " + cases + " of " + cases + " trials replayed from cassette");
    }
  }

  private static String figures(PackageManifest m, RunSummary run) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-26s %-9s %3d cases  quality %5.1f ",
        m.name(), m.domain(), m.dataset().cases(), m.qualityScore()));
    for (ModelSummary s : run.models()) {
      sb.append(String.format(Locale.ROOT, " %s %.1f%%", s.model(), s.passRate() * 100));
    }
    return sb.toString();
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> dirs = Files.list(Fixtures.seedLibrary())) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("benchmark.yaml"))).sorted().toList();
    }
  }
}
