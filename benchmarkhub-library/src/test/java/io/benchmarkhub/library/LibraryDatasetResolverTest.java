package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.judge.Judges;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code library:} locations through the api's {@code Dataset.from}, which finds this module's resolver with
 * ServiceLoader: from a package jar on the class path (built here and loaded with a URLClassLoader, as a Maven
 * test dependency would put it), else from the package cache (named by the system property). The JUnit engine's
 * {@code @Dataset} calls the same {@code Dataset.from}; the junit module does not depend on this one, so it is
 * tested here through the fluent API only.
 */
class LibraryDatasetResolverTest {
  @TempDir
  Path tmp;

  private Path cache;

  @BeforeEach
  void emptyCache() {
    cache = tmp.resolve("cache");
    System.setProperty(Library.CACHE_PROPERTY, cache.toString());
  }

  @AfterEach
  void clearCache() {
    System.clearProperty(Library.CACHE_PROPERTY);
  }

  @Test
  void aPackageJarOnTheClassPathResolves() throws Exception {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Path jar = tmp.resolve("contract-risk-1.0.0.jar");
    BenchmarkPackage.jar(p.dir(), jar);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Dataset pinned = withContextLoader(loader, () -> Dataset.from("library:contract-risk@1.0.0"));
      Dataset latest = withContextLoader(loader, () -> Dataset.from("library:contract-risk"));

      assertThat(pinned.name()).isEqualTo("contract-risk@1.0.0");
      assertThat(latest.name()).isEqualTo("contract-risk@1.0.0");
      assertThat(pinned.toList()).hasSize(16).first().satisfies(c -> assertThat(c.id()).isNotBlank());
      assertThat(pinned.sha256()).contains(p.manifest().dataset().sha256());
      assertThat(((PackageDataset) pinned).benchmarkPackage().dir().startsWith(cache)).isFalse();
      assertThat(cache).doesNotExist();
      // A run records the package as its dataset.
      RunInfo info = RunInfo.of(BenchmarkHub.benchmark("contract-risk").dataset(pinned)
          .prompt(c -> "Risky? " + c.input()).models("openai:gpt-4o-mini").judge(Judges.exactMatch()).build(), 16,
          "");
      assertThat(info.dataset()).isEqualTo("contract-risk@1.0.0");
      assertThat(info.datasetSha256()).isEqualTo(p.manifest().dataset().sha256());
    }
  }

  @Test
  void thePackageCacheResolvesTheVersionNamedOrTheLatest() throws Exception {
    install(Fixtures.pack(tmp, "contract-risk", "1.0.0"));
    install(Fixtures.pack(tmp, "contract-risk", "1.1.0"));

    assertThat(Dataset.from("library:contract-risk@1.0.0").name()).isEqualTo("contract-risk@1.0.0");
    Dataset latest = Dataset.from("library:contract-risk");
    assertThat(latest.name()).isEqualTo("contract-risk@1.1.0");
    assertThat(latest.toList()).hasSize(16);
    assertThat(((PackageDataset) latest).benchmarkPackage().dir()).isEqualTo(cache.resolve("contract-risk/1.1.0"));
  }

  @Test
  void aBenchmarkFileNamesALibraryDataset() throws Exception {
    install(Fixtures.pack(tmp, "contract-risk", "1.0.0"));
    Path src = Fixtures.contractRisk(tmp.resolve("src"));
    Fixtures.rewrite(src.resolve("benchmark.yaml"), "dataset: contract-risk.jsonl",
        "dataset: library:contract-risk@1.0.0");

    BenchmarkFile file = BenchmarkFile.load(src.resolve("benchmark.yaml"));

    assertThat(file.dataset().name()).isEqualTo("contract-risk@1.0.0");
  }

  @Test
  void casesThatDoNotMatchTheManifestChecksumAreRefused() throws Exception {
    BenchmarkPackage installed = install(Fixtures.pack(tmp, "contract-risk", "1.0.0"));
    Files.writeString(installed.casesFile(), Fixtures.read(installed.casesFile()).replace("ninety days",
        "nine days"));

    assertThatThrownBy(() -> Dataset.from("library:contract-risk@1.0.0")).isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("library:contract-risk@1.0.0: 1.0.0/benchmark.json: $.dataset.sha256: is "
            + installed.manifest().dataset().sha256() + " but cases.jsonl has ");
  }

  @Test
  void aMissingPackageSaysHowToGetIt() throws Exception {
    install(Fixtures.pack(tmp, "contract-risk", "1.0.0"));

    assertThatThrownBy(() -> Dataset.from("library:contract-risk@1.2.0")).isInstanceOf(DatasetException.class)
        .hasMessage("library:contract-risk@1.2.0: no package contract-risk@1.2.0 on the class path or in the package "
            + "cache " + cache + " (it has contract-risk [1.0.0]). Install it: benchmarkhub library install "
            + "contract-risk@1.2.0 --remote <library URI>; or add the package jar (benchmarkhub package --jar) as a "
            + "test dependency. The cache is ~/.benchmarkhub/packages unless -Dbenchmarkhub.library.cache or "
            + "BENCHMARKHUB_LIBRARY_CACHE names another.");
    assertThatThrownBy(() -> Dataset.from("library:Contract Risk")).isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("library:Contract Risk: ").hasMessageEndingWith("write library:NAME@VERSION, e.g. "
            + "library:legal-clause-risk@1.2.0");
  }

  @Test
  void theCacheIsNamedByThePropertyElseTheHomeFolder() {
    assertThat(Library.defaultCache()).isEqualTo(cache);
    System.clearProperty(Library.CACHE_PROPERTY);
    if (System.getenv(Library.CACHE_ENV) == null) {
      assertThat(Library.defaultCache()).isEqualTo(Path.of(System.getProperty("user.home"), ".benchmarkhub",
          "packages"));
    }
  }

  private BenchmarkPackage install(BenchmarkPackage p) throws Exception {
    Path target = cache.resolve(p.manifest().name()).resolve(p.manifest().version().toString());
    FileTrees.copy(p.dir(), target);
    return BenchmarkPackage.load(target);
  }

  private static <T> T withContextLoader(ClassLoader loader, Callable<T> call) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return call.call();
    } finally {
      t.setContextClassLoader(before);
    }
  }
}
