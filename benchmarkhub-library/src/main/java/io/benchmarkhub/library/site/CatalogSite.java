package io.benchmarkhub.library.site;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.library.Library;
import io.benchmarkhub.library.LibraryException;
import io.benchmarkhub.report.HtmlPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The static catalog site of a library: {@code index.html}, a card per benchmark (its latest version) that can be
 * searched and filtered by domain, task type, licence and the verified mark; and {@code benchmarks/<name>.html}
 * per benchmark, with its card, versions, concept by difficulty counts, judges, citation, how to install and run
 * it, and the leaderboard of the results published with it.
 *
 * <p>Every page is self-contained ({@link HtmlPage}): no external resource, so the folder can be hosted on any
 * static host or opened from disk; a Content-Security-Policy allows only the page's own script and style, by hash;
 * every text from a package is escaped, or travels as JSON and is inserted as text. The same library gives the
 * same bytes: nothing depends on the time or the machine.
 *
 * <pre>{@code
 * try (Library lib = Library.open(Path.of("benchmarks"))) {
 *   CatalogSite.write(lib, Path.of("site"));   // site/index.html, site/benchmarks/*.html
 * }
 * }</pre>
 */
public final class CatalogSite {
  /** The index page's file name. */
  public static final String INDEX = "index.html";
  /** The folder of the benchmark pages. */
  public static final String BENCHMARKS = "benchmarks";

  private CatalogSite() {}

  /**
   * Writes the site of a library's clone as it is (pull it first to include what others published).
   *
   * @return the pages written: the index, then one per benchmark by name
   * @throws LibraryException when a page cannot be written
   * @throws io.benchmarkhub.library.PackageException naming a published package whose files do not load
   */
  public static List<Path> write(Library library, Path outDir) {
    return write(Objects.requireNonNull(library, "library").workTree(), outDir);
  }

  /**
   * Writes the site of the library whose work tree (with {@code index.json} and the package folders) is
   * {@code libraryRoot}.
   *
   * @return the pages written: the index, then one per benchmark by name
   */
  public static List<Path> write(Path libraryRoot, Path outDir) {
    List<CatalogEntry> entries = CatalogReader.read(libraryRoot);
    HtmlPage page = page("Benchmark library · BenchmarkHub");
    List<Path> written = new ArrayList<>();
    Path index = outDir.resolve(INDEX);
    try {
      HtmlPage.writeFile(index, w -> {
        CatalogIndexPage.write(page, entries, w);
        return null;
      });
      written.add(index);
      for (CatalogEntry e : entries) {
        Path file = outDir.resolve(BENCHMARKS).resolve(e.name() + ".html");
        HtmlPage titled = page(e.name() + " · Benchmark library · BenchmarkHub");
        HtmlPage.writeFile(file, w -> {
          CatalogBenchmarkPage.write(titled, e, w);
          return null;
        });
        written.add(file);
      }
    } catch (IOException e) {
      throw new LibraryException(outDir + ": cannot write the catalog site: " + e.getMessage(), e);
    }
    return List.copyOf(written);
  }

  /** {@return a catalog page: the run report's look and helpers, and the catalog's own style and script} */
  private static HtmlPage page(String title) {
    return HtmlPage.of(title, BenchmarkHub.version(),
        HtmlPage.baseStyle() + "\n" + HtmlPage.resource(CatalogSite.class, "catalog.css"),
        HtmlPage.commonScript() + "\n" + HtmlPage.resource(CatalogSite.class, "catalog.js"));
  }
}
