package io.benchmarkhub.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The frame of every self-contained HTML page BenchmarkHub writes (run reports, comparisons,
 * validation reports): one file, no external resource, opened from disk in any browser.
 *
 * <p>A page is its title, one inline style and one inline script; {@link #writeHead} writes everything
 * up to {@code <body>}, the caller writes the page's markup (escaping every text with {@link #escape}),
 * and {@link #writeEnd} writes the page's data as JSON in a {@code <script type="application/json"
 * id="data">} block, the script, and the closing tags. The data is written with a generator from
 * {@link #json(Writer)}, which escapes {@code <}, {@code >}, {@code &}, U+2028 and U+2029, so no text
 * in it can end the block; the script must insert it as text only. A Content-Security-Policy meta tag
 * allows nothing but the page's own script and style, by their SHA-256 hashes.
 *
 * <p>Pages that build on the run report's look start from {@link #baseStyle()} and {@link #commonScript()}
 * (the {@code BH} element helpers: {@code el}, {@code add}, {@code badge}, ...).
 */
public final class HtmlPage {
  private static final String RESOURCES = "html/";

  private final String title;
  private final String libraryVersion;
  private final String style;
  private final String script;

  private HtmlPage(String title, String libraryVersion, String style, String script) {
    this.title = Objects.requireNonNull(title, "title");
    this.libraryVersion = Objects.requireNonNull(libraryVersion, "libraryVersion");
    this.style = Objects.requireNonNull(style, "style");
    this.script = Objects.requireNonNull(script, "script");
  }

  /**
   * {@return a page}
   *
   * @param title the page's title, as plain text (it is escaped)
   * @param libraryVersion the BenchmarkHub version named in the generator meta tag
   * @param style the page's whole stylesheet, inlined
   * @param script the page's whole script, inlined after the data block
   */
  public static HtmlPage of(String title, String libraryVersion, String style, String script) {
    return new HtmlPage(title, libraryVersion, style, script);
  }

  /** {@return the run report's stylesheet, which other pages extend} */
  public static String baseStyle() {
    return resource("report.css");
  }

  /** {@return the script every page starts with: the {@code BH} helpers that insert text as text} */
  public static String commonScript() {
    return resource("common.js");
  }

  /**
   * {@return the text escaped for HTML element content and quoted attribute values}: {@code & < > " '}
   * become character references, and characters not allowed in HTML become U+FFFD; null becomes empty
   */
  public static String escape(String text) {
    return HtmlText.esc(text);
  }

  /**
   * {@return a JSON generator for the page's data block}, writing to {@code out} (which it does not close)
   * with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped
   *
   * @throws IOException when the generator cannot be made
   */
  public static JsonGenerator json(Writer out) throws IOException {
    return HtmlJson.FACTORY.createGenerator(out);
  }

  /** {@return the page's Content-Security-Policy: nothing but its own script and style, by hash, and data: images} */
  public String contentSecurityPolicy() {
    return "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
        + "'; img-src data:; base-uri 'none'; form-action 'none'";
  }

  /**
   * Writes the page up to and including {@code <body>}: doctype, charset, the policy, viewport,
   * generator, an empty icon, the title and the style.
   *
   * @throws IOException when writing fails
   */
  public void writeHead(Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy() + "\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"BenchmarkHub " + escape(libraryVersion) + "\">\n");
    out.write("<link rel=\"icon\" href=\"data:,\">\n");
    out.write("<title>" + escape(title) + "</title>\n");
    out.write("<style>" + style + "</style>\n</head>\n<body>\n");
  }

  /**
   * Writes the data block, the script and the closing tags, then flushes.
   *
   * @param data writes the page's data as JSON (with a generator from {@link #json(Writer)})
   * @throws IOException when writing fails
   */
  public void writeEnd(Writer out, Content data) throws IOException {
    out.write("<script type=\"application/json\" id=\"data\">");
    data.write(out);
    out.write("</script>\n<script>" + script + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  /**
   * Writes a page to a file, replacing it: to a temporary file beside it first (UTF-8), then moved into
   * place, so a failure never leaves half a page under the name.
   *
   * @param file the HTML file; its directory is created when missing
   * @param page writes the whole page
   * @return what {@code page} returned
   * @throws IOException when the file cannot be written, or {@code page} throws it
   */
  public static <T> T writeFile(Path file, PageWriter<T> page) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      T result;
      try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
          StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
        result = page.write(w);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes part of a page. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes to {@code out}.
     *
     * @throws IOException when writing fails
     */
    void write(Writer out) throws IOException;
  }

  /**
   * Writes a whole page and returns a result (e.g. what the page shows).
   *
   * @param <T> the result's type
   */
  @FunctionalInterface
  public interface PageWriter<T> {
    /**
     * Writes the page to {@code out}.
     *
     * @return the result
     * @throws IOException when writing fails
     */
    T write(Writer out) throws IOException;
  }

  /** {@return "sha256-" and the Base64 SHA-256 of the text's UTF-8 bytes}, as CSP hash sources are written */
  static String sha256(String text) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** {@return a resource of {@code io/benchmarkhub/report/html/}, as text} */
  static String resource(String name) {
    return resource(HtmlPage.class, RESOURCES + name);
  }

  /**
   * {@return a page's resource (its stylesheet or script) as UTF-8 text}
   *
   * @param anchor the class the name is relative to, as {@link Class#getResourceAsStream} reads it
   * @param name the resource's name, e.g. {@code validation.js}
   * @throws IllegalStateException naming the resource when it is missing
   */
  public static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
