package io.benchmarkhub.runner;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A benchmark's cassette: the JSONL file {@code <name>.cassette.jsonl} (see
 * {@link CompletionOrigin#cassetteFileName}) of recorded answers, one {@link Recording} per line,
 * committed with the benchmark so that it runs offline, deterministically, with no key.
 *
 * <p>It is read from the directory of the {@code cassette-dir} setting (default
 * {@value #DEFAULT_DIR}, relative to the working directory, which is the module's under Maven) or,
 * when that has no such file, from the classpath at {@value #CLASSPATH_DIR}{@code <file>}. A line that
 * cannot be read fails the run at its start, naming file and line. Recording appends each answer to
 * the directory's file as its trial completes; {@link #close()} then rewrites the file sorted by
 * provider, model, first user message and repeat, one line per fingerprint (the newest answer wins),
 * so a re-record gives a stable diff. Lines of earlier recordings that this run did not ask again are
 * kept.
 *
 * <p>Thread-safe. Holds every recording in memory.
 */
final class Cassette implements CompletionStore, AutoCloseable {
  /** Where cassettes are, unless the {@code cassette-dir} setting says otherwise. */
  static final String DEFAULT_DIR = "src/test/resources/benchmarkhub/cassettes";
  /** Where cassettes are looked for on the classpath when the directory has none. */
  static final String CLASSPATH_DIR = "benchmarkhub/cassettes/";

  private static final Logger log = LoggerFactory.getLogger(Cassette.class);

  private final Path file;
  private final String source;
  private final boolean found;
  private final Map<Fingerprint, Recording> recordings = new ConcurrentHashMap<>();
  /** "provider:model" of every recording loaded at the start. */
  private final Set<String> models = ConcurrentHashMap.newKeySet();
  /** Opened by the first {@link #store}; guarded by this. */
  private BufferedWriter appender;

  private Cassette(Path file, String source, boolean found) {
    this.file = file;
    this.source = source;
    this.found = found;
  }

  /**
   * {@return the cassette of a benchmark, loaded from the directory or the classpath}; empty and not
   * {@link #found()} when neither has it
   *
   * @throws BenchmarkException naming file and line when a line cannot be read
   */
  static Cassette open(String benchmark, Path dir) {
    String name = CompletionOrigin.cassetteFileName(benchmark);
    Path file = dir.resolve(name).toAbsolutePath().normalize();
    try {
      if (Files.isRegularFile(file)) {
        return load(file, file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
      }
      URL url = resource(CLASSPATH_DIR + name);
      if (url != null) {
        return load(file, url.toString(), new BufferedReader(new InputStreamReader(url.openStream(),
            StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new BenchmarkException("cannot read cassette " + file + ": " + e.getMessage() + ".", e);
    }
    return new Cassette(file, file.toString(), false);
  }

  private static Cassette load(Path file, String source, BufferedReader reader) throws IOException {
    Cassette cassette = new Cassette(file, source, true);
    try (reader) {
      String line;
      for (int n = 1; (line = reader.readLine()) != null; n++) {
        if (line.isBlank()) {
          continue;
        }
        try {
          Recording r = Recording.parse(line, CompletionOrigin.REPLAY);
          cassette.recordings.put(r.fingerprint(), r);
          cassette.models.add(r.provider() + ":" + r.model());
        } catch (IllegalArgumentException e) {
          throw new BenchmarkException(source + ":" + n + ": " + e.getMessage() + ". Fix or delete the line, or "
              + "record the cassette again with -Dbenchmarkhub.mode=record and the providers' keys set.");
        }
      }
    }
    return cassette;
  }

  private static URL resource(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    URL url = loader == null ? null : loader.getResource(name);
    return url != null ? url : Cassette.class.getClassLoader().getResource(name);
  }

  /** {@return whether the cassette file exists in the directory or on the classpath} */
  boolean found() {
    return found;
  }

  /** {@return where the cassette was read from (a path or a classpath URL), or the path it was looked for at} */
  String source() {
    return source;
  }

  /** {@return whether the cassette held at least one recording of this model when it was opened} */
  boolean holds(String provider, String model) {
    return models.contains(provider + ":" + model);
  }

  /** {@return the recorded answer, marked {@link CompletionOrigin#REPLAY}} */
  @Override
  public Optional<Completion> lookup(Fingerprint fingerprint) {
    Recording r = recordings.get(fingerprint);
    return r == null ? Optional.empty() : Optional.of(r.completion().withOrigin(CompletionOrigin.REPLAY));
  }

  /**
   * Appends the recording to the directory's cassette file at once, creating the directory.
   *
   * @throws UncheckedIOException naming the file when it cannot be written, so the trial errors
   *     rather than silently going unrecorded
   */
  @Override
  public synchronized void store(Recording recording) {
    try {
      if (appender == null) {
        Files.createDirectories(file.getParent());
        boolean needsNewline = endsWithoutNewline(file);
        appender = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        if (needsNewline) {
          appender.write('\n');
        }
      }
      appender.write(recording.toJsonLine());
      appender.write('\n');
      appender.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record into cassette " + file + ": " + e.getMessage(), e);
    }
    recordings.put(recording.fingerprint(), recording);
  }

  private static boolean endsWithoutNewline(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return false;
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      f.seek(f.length() - 1);
      return f.read() != '\n';
    }
  }

  /**
   * Rewrites the directory's file sorted and de-duplicated, when this run recorded anything. A failure
   * is logged, not thrown: the appended lines are all in the file already, only unsorted.
   */
  @Override
  public synchronized void close() {
    if (appender == null) {
      return;
    }
    try {
      appender.close();
      List<Recording> sorted = recordings.values().stream().sorted(Recording.CASSETTE_ORDER).toList();
      AtomicFiles.write(file, out -> {
        for (Recording r : sorted) {
          out.write(r.toJsonLine());
          out.write('\n');
        }
      });
      log.info("cassette {} now holds {} recordings", file, sorted.size());
    } catch (IOException e) {
      log.warn("cannot rewrite cassette {} sorted; its lines are all there, unsorted: {}", file, e.toString());
    } finally {
      appender = null;
    }
  }

  @Override
  public String toString() {
    return "Cassette[" + source + ", " + recordings.size() + " recordings]";
  }
}
