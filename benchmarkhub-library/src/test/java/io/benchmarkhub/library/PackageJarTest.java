package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageJarTest {
  @TempDir
  Path tmp;

  @Test
  void aPackageJarIsReadBackFromTheClassPath() throws Exception {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Path jar = tmp.resolve("contract-risk-1.0.0.jar");
    BenchmarkPackage.jar(p.dir(), jar);
    Path other = tmp.resolve("lease-risk-0.1.0.jar");
    BenchmarkPackage.jar(Fixtures.pack(tmp, "lease-risk", "0.1.0").dir(), other);

    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getEntry("META-INF/benchmarkhub/packages/contract-risk/1.0.0/benchmark.json")).isNotNull();
      assertThat(j.getEntry("META-INF/benchmarkhub/packages/contract-risk/1.0.0/cassettes/"
          + "contract-risk.cassette.jsonl")).isNotNull();
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), other.toUri().toURL()}, null)) {
      assertThat(PackageJar.find(loader)).extracting(PackageRef::toString)
          .containsExactly("contract-risk@1.0.0", "lease-risk@0.1.0");
      BenchmarkPackage extracted = PackageJar.extract(loader, PackageRef.parse("contract-risk"), tmp.resolve("cache"));
      assertThat(extracted.dir()).isEqualTo(tmp.resolve("cache/contract-risk/1.0.0"));
      assertThat(extracted.manifest()).isEqualTo(p.manifest());
      assertThat(extracted.files()).isEqualTo(p.files());
      assertThat(Files.readAllBytes(extracted.casesFile())).isEqualTo(Files.readAllBytes(p.casesFile()));
      assertThatThrownBy(() -> PackageJar.extract(loader, PackageRef.parse("contract-risk@2.0.0"), tmp))
          .isInstanceOf(PackageException.class)
          .hasMessage("no package contract-risk@2.0.0 on the class path; it has [contract-risk@1.0.0, lease-risk@0.1.0]");
    }
  }

  @Test
  void theSamePackageGivesTheSameJar() throws Exception {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    BenchmarkPackage.jar(p.dir(), tmp.resolve("a.jar"));
    Thread.sleep(1100);
    BenchmarkPackage.jar(p.dir(), tmp.resolve("b.jar"));

    assertThat(Files.readAllBytes(tmp.resolve("b.jar"))).isEqualTo(Files.readAllBytes(tmp.resolve("a.jar")));
  }
}
