package io.benchmarkhub.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Benchmark packages as jars, so that they can be deployed to a Maven repository and resolved as a dependency.
 *
 * <p>A package jar holds the package's files under {@value #ROOT}{@code <name>/<version>/}, the list of those
 * files in {@value #ROOT}{@code <name>/<version>.files} (a class loader cannot list a folder), and one line
 * {@code name@version} in {@value #INDEX}, which every package jar on a class path has: {@link #find} reads them
 * all. Entries are written in a fixed order with a fixed time, so the same package gives the same jar.
 *
 * <pre>{@code
 * BenchmarkPackage.jar(Path.of("legal-clause-risk"), Path.of("legal-clause-risk-1.2.0.jar"));
 * // later, with that jar on the class path:
 * BenchmarkPackage p = PackageJar.extract(loader, PackageRef.parse("legal-clause-risk@1.2.0"), cacheDir);
 * }</pre>
 */
public final class PackageJar {
  /** The folder of packages inside a jar. */
  public static final String ROOT = "META-INF/benchmarkhub/packages/";
  /** The resource listing the packages of a jar, one {@code name@version} a line. */
  public static final String INDEX = "META-INF/benchmarkhub/packages.list";
  /** The time of every entry: fixed, so that jars are reproducible (1980-02-01, within the zip format's range). */
  private static final long ENTRY_TIME = 315_532_800_000L + 31L * 24 * 3600 * 1000;

  private PackageJar() {}

  /**
   * Writes {@code pkg} as the jar {@code jar}, replacing it.
   *
   * @throws PackageException naming the jar when it cannot be written
   */
  public static void write(BenchmarkPackage pkg, Path jar) {
    PackageManifest m = pkg.manifest();
    String base = ROOT + m.name() + "/" + m.version() + "/";
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().putValue("BenchmarkHub-Package", m.ref().toString());
    try {
      Path parent = jar.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
        JarEntry manifestEntry = entry("META-INF/MANIFEST.MF");
        out.putNextEntry(manifestEntry);
        mf.write(out);
        out.closeEntry();
        write(out, INDEX, (m.ref() + "\n").getBytes(StandardCharsets.UTF_8));
        write(out, ROOT + m.name() + "/" + m.version() + ".files",
            (String.join("\n", pkg.files()) + "\n").getBytes(StandardCharsets.UTF_8));
        for (String f : pkg.files()) {
          write(out, base + f, Files.readAllBytes(pkg.dir().resolve(f)));
        }
      }
    } catch (IOException e) {
      throw new PackageException(jar + ": cannot write the package jar: " + e.getMessage(), e);
    }
  }

  /** {@return every package on the class path of {@code loader}, sorted by name, then version} */
  public static List<PackageRef> find(ClassLoader loader) {
    TreeSet<PackageRef> out = new TreeSet<>(Comparator.comparing(PackageRef::name)
        .thenComparing(PackageRef::version));
    try {
      Enumeration<URL> lists = loader.getResources(INDEX);
      for (URL url : Collections.list(lists)) {
        for (String line : lines(url)) {
          out.add(PackageRef.parse(line));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new PackageException(INDEX + ": cannot read the packages on the class path: " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  /**
   * Copies a package from the class path of {@code loader} to {@code cacheDir/<name>/<version>/} (replacing what
   * is there) and loads it, which checks its SHA-256.
   *
   * @param ref the package; without a version, the latest on the class path
   * @return the package, loaded from the cache
   * @throws PackageException when the class path has no such package, naming the packages it has
   */
  public static BenchmarkPackage extract(ClassLoader loader, PackageRef ref, Path cacheDir) {
    List<PackageRef> all = find(loader);
    PackageRef found = all.stream().filter(r -> r.name().equals(ref.name())
        && (ref.version() == null || r.version().equals(ref.version()))).reduce((a, b) -> b).orElseThrow(
            () -> new PackageException("no package " + ref + " on the class path; it has "
                + (all.isEmpty() ? "none" : all.stream().map(PackageRef::toString).toList())));
    String base = ROOT + found.name() + "/" + found.version();
    Path target = cacheDir.resolve(found.name()).resolve(found.version().toString());
    try {
      FileTrees.delete(target);
      for (String f : lines(resource(loader, base + ".files"))) {
        Path out = target.resolve(f).normalize();
        if (!out.startsWith(target)) {
          throw new PackageException(base + ".files: '" + f + "' is outside the package");
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = resource(loader, base + "/" + f).openStream()) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new PackageException(target + ": cannot extract " + found + " from the class path: " + e.getMessage(), e);
    }
    return BenchmarkPackage.load(target);
  }

  private static URL resource(ClassLoader loader, String name) {
    URL url = loader.getResource(name);
    if (url == null) {
      throw new PackageException(name + ": missing from the class path; the package jar is incomplete");
    }
    return url;
  }

  private static List<String> lines(URL url) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    }
    return out;
  }

  private static void write(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(entry(name));
    out.write(bytes);
    out.closeEntry();
  }

  private static JarEntry entry(String name) {
    JarEntry e = new JarEntry(name);
    e.setTime(ENTRY_TIME);
    return e;
  }
}
