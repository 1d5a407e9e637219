package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response cache: one file per answer, {@code <dir>/<first 2 hex digits>/<fingerprint>.json},
 * holding the answer as one {@link Recording} line, so a re-run of the same requests sends nothing.
 *
 * <p>Safe for many threads and JVMs at once: each entry is written with {@link AtomicFiles}, so a
 * reader sees a whole entry or none, and the last writer of a fingerprint wins. An entry that cannot
 * be read (a torn write on a file system without atomic rename, a hand edit) counts as a miss, and
 * the next answer to that request replaces it. A failure to write is logged once and otherwise
 * ignored: the cache only ever saves requests.
 */
final class ResponseCache implements CompletionStore {
  private static final Logger log = LoggerFactory.getLogger(ResponseCache.class);

  private final Path dir;
  private final AtomicBoolean warned = new AtomicBoolean();

  /** Creates the cache over this directory; nothing is created on disk until the first answer is stored. */
  ResponseCache(Path dir) {
    this.dir = dir;
  }

  /** {@return the file that holds, or would hold, the answer with this fingerprint} */
  Path file(Fingerprint fingerprint) {
    return dir.resolve(fingerprint.hex().substring(0, 2)).resolve(fingerprint.hex() + ".json");
  }

  @Override
  public Optional<Completion> lookup(Fingerprint fingerprint) {
    Path file = file(fingerprint);
    String line;
    try {
      line = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      log.debug("cannot read cache entry {}; treating it as a miss", file, e);
      return Optional.empty();
    }
    try {
      Recording r = Recording.parse(line.strip(), CompletionOrigin.CACHE);
      return r.fingerprint().equals(fingerprint) ? Optional.of(r.completion()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      log.debug("cache entry {} is corrupt ({}); treating it as a miss", file, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void store(Recording recording) {
    try {
      AtomicFiles.write(file(recording.fingerprint()), out -> out.write(recording.toJsonLine() + "\n"));
    } catch (IOException | RuntimeException e) {
      if (warned.compareAndSet(false, true)) {
        log.warn("cannot write to the response cache {}; answers are not cached (further failures are not "
            + "reported): {}", dir.toAbsolutePath(), e.toString());
      }
    }
  }

  @Override
  public String toString() {
    return "ResponseCache[" + dir + "]";
  }
}
