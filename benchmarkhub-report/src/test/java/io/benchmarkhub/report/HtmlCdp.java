package io.benchmarkhub.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, with Java's own WebSocket client: one
 * page, attached with a flat session. Every wait is bounded by {@link #TIMEOUT}. Close it to kill the
 * browser and delete its profile.
 *
 * <p>Public in the test jar ({@code benchmarkhub-report:tests}) so other modules' page tests drive the
 * browser the same way.
 */
public final class HtmlCdp implements AutoCloseable {
  public static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Records the page's CSP violations in {@code window.__csp}, installed before the page's first script
   * runs (injected over CDP, so not itself subject to the CSP).
   */
  public static final String CSP_PROBE = "window.__csp = [];"
      + "document.addEventListener('securitypolicyviolation', function (e) {"
      + "  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')); });";
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  /** Every event received: method and params. */
  public final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private String session;

  /** {@return the chromium binary on the PATH}, if there is one */
  public static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "chromium");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return a browser showing a page file, with {@link #CSP_PROBE} installed}, once the page's script has
   * set {@code document.body.dataset.ready} to '1'; without a chromium binary the calling test is skipped
   * (a failed assumption, said on the console)
   *
   * @param page the HTML file
   * @param test the test's name, for the console line saying it was skipped
   */
  public static HtmlCdp showing(Path page, String test) throws Exception {
    Optional<Path> chromium = chromium();
    if (chromium.isEmpty()) {
      System.out.println(test + " skipped: no chromium binary on the PATH (CI installs Debian's chromium package in "
          + ".ci/run; locally: apt-get install -y chromium)");
    }
    Assumptions.assumeTrue(chromium.isPresent(), "no chromium binary on the PATH");
    HtmlCdp browser = new HtmlCdp(chromium.get());
    try {
      browser.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_PROBE));
      browser.open(page.toUri(), "document.body && document.body.dataset.ready === '1'");
      return browser;
    } catch (Exception | Error e) {
      browser.close();
      throw e;
    }
  }

  /** Starts the browser and attaches to a new blank page. */
  public HtmlCdp(Path binary) throws Exception {
    profile = Files.createTempDirectory("benchmarkhub-chromium");
    process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      CompletableFuture<String> url = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
            StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            stderr.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
              url.complete(m.group(1));
            }
          }
          url.completeExceptionally(new IOException("chromium exited before listening: " + stderr));
        } catch (IOException e) {
          url.completeExceptionally(e);
        }
      }, "chromium-stderr");
      reader.setDaemon(true);
      reader.start();
      String ws = url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
          .buildAsync(URI.create(ws), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      String target = send("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
      session = send("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
      send("Page.enable", Map.of());
      send("Runtime.enable", Map.of());
      send("Log.enable", Map.of());
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  /** Sends a command (to the page once attached) and waits for its result. */
  public JsonNode send(String method, Map<String, ?> params) throws Exception {
    long id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", JSON.valueToTree(params));
    if (session != null) {
      msg.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + " failed: " + r.get("error"));
    }
    return r.get("result");
  }

  /** Evaluates an expression in the page, awaiting a promise, and returns its value as JSON. */
  public JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("page threw on " + expression + ": " + r.get("exceptionDetails"));
    }
    JsonNode v = r.get("result").get("value");
    return v == null ? JSON.nullNode() : v;
  }

  /** Navigates the page and waits until the expression is true. */
  public void open(URI url, String readyExpression) throws Exception {
    send("Page.navigate", Map.of("url", url.toString()));
    try {
      await(() -> {
        try {
          return eval(readyExpression).asBoolean(false);
        } catch (Exception e) {
          return false; // the page is being replaced
        }
      }, "page " + url + " ready (" + readyExpression + ")");
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; the page logged " + messages(), e);
    }
  }

  /** Waits, polling every 20 ms, until the condition holds. */
  public static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** {@return the console messages and log entries received so far, as text} */
  public List<String> messages() {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      if (method.equals("Log.entryAdded")) {
        JsonNode entry = e.path("params").path("entry");
        out.add("log " + entry.path("level").asText() + " " + entry.path("source").asText() + ": "
            + entry.path("text").asText());
      } else if (method.equals("Runtime.consoleAPICalled")) {
        out.add("console " + e.path("params").path("type").asText() + ": " + e.path("params").path("args"));
      } else if (method.equals("Runtime.exceptionThrown")) {
        out.add("exception: " + e.path("params").path("exceptionDetails"));
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        child.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // a child that outlived the wait: nothing more to do
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp profile left behind is harmless
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode msg = JSON.readTree(text);
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asLong());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "unreadable").put("text", text));
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}
