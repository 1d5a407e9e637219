package io.benchmarkhub.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only log of one benchmark's run: {@code <run-dir>/<run-id>/<benchmark>.jsonl}, one
 * {@link TrialJson} line per trial result, written as the trial completes, beside
 * {@code <benchmark>.run.json}, the run's {@link RunPlan}.
 *
 * <p>Opening the log of a run id that already has one resumes it: the plan must be the same, every
 * complete line counts as done, and a last line cut short by a killed process (it lacks its line break)
 * is cut off, so that trial runs again. A trial is done when its latest line is PASS, FAIL or ERROR
 * (ERROR too unless errors are re-run); a SKIPPED one runs again, and its new line supersedes the old.
 * A complete line that is not a result is an error naming the file and line: the log was edited.
 *
 * <p>In memory the log keeps, per trial of the plan, where its latest line is and its status: 13 bytes
 * a trial, whatever the completions hold. {@link #results()} reads the lines back in plan order.
 * {@link #append} is thread-safe; each line goes to the file in one write, so another process (or a
 * later run) reading it sees whole lines, bar the last after a kill.
 */
final class RunLog implements AutoCloseable {
  /** Where runs are kept unless the {@code run-dir} setting says otherwise. */
  static final String DEFAULT_DIR = "target/benchmarkhub";

  private static final Logger log = LoggerFactory.getLogger(RunLog.class);
  private static final byte NONE = 0;
  private static final int READ_BATCH = 256;

  private final Path file;
  private final RunPlan plan;
  private final long[] offsets;
  private final int[] lengths;
  private final byte[] statuses;
  private final FileChannel channel;
  private long end;
  private long recorded;
  private long resumed;
  private boolean tornLineCut;

  private RunLog(Path file, RunPlan plan, FileChannel channel, int trials) {
    this.file = file;
    this.plan = plan;
    this.channel = channel;
    this.offsets = new long[trials];
    this.lengths = new int[trials];
    this.statuses = new byte[trials];
  }

  /** {@return the log file of a benchmark's run: {@code <dir>/<run-id>/<benchmark>.jsonl}} */
  static Path file(Path runDir, String runId, String benchmark) {
    return runDir.resolve(runId).resolve(safe(benchmark) + ".jsonl");
  }

  /**
   * Opens the log of a run, creating it, or reading what it holds to resume it.
   *
   * @param file the log file, as {@link #file} names it
   * @param runId the run's id, stored with the plan
   * @param plan what the run sets out to do
   * @throws BenchmarkException when the log is of another plan, holds a line that is not a result, or
   *     cannot be read or written
   */
  static RunLog open(Path file, String runId, RunPlan plan) {
    Path planFile = planFile(file);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(planFile)) {
        checkSamePlan(planFile, runId, plan);
      } else {
        writePlan(planFile, runId, plan);
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      RunLog runLog = new RunLog(file, plan, channel, (int) plan.trials());
      try {
        runLog.readExisting(true);
      } catch (RuntimeException | IOException e) {
        channel.close();
        throw e;
      }
      return runLog;
    } catch (IOException e) {
      throw new BenchmarkException("cannot open the run log " + file + ": " + e.getMessage()
          + ". Check that its folder is writable, or set benchmarkhub.run-dir to another folder.", e);
    }
  }

  /**
   * Opens the log of a run only to read it, as {@link RunLogs} does: nothing is written, and a torn last
   * line (a run still writing, or killed) is left alone and not read.
   *
   * @param file the log file
   * @param plan the run's plan, as its {@code <benchmark>.run.json} holds it
   * @throws BenchmarkException when the log holds a line that is not a result of the plan
   * @throws IOException when it cannot be read
   */
  static RunLog readOnly(Path file, RunPlan plan) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    RunLog runLog = new RunLog(file, plan, channel, (int) plan.trials());
    try {
      runLog.readExisting(false);
    } catch (RuntimeException | IOException e) {
      channel.close();
      throw e;
    }
    return runLog;
  }

  /**
   * Writes the plan, with the run's start and, when the plan has it, the run information
   * ({@code "startedAt"}, {@code "info"}): extra fields that {@link #checkSamePlan} does not compare.
   */
  private static void writePlan(Path planFile, String runId, RunPlan plan) throws IOException {
    ObjectNode node = RecordingJson.MAPPER.createObjectNode();
    node.put("runId", runId);
    node.put("benchmark", plan.benchmark());
    node.put("version", plan.version());
    node.put("cases", plan.cases());
    node.put("caseDigest", plan.caseDigest());
    plan.models().forEach(node.putArray("models")::add);
    node.put("repeats", plan.repeats());
    node.put("startedAt", java.time.Instant.now().toString());
    if (plan.info() != null) {
      ObjectNode info = node.putObject("info");
      info.put("dataset", plan.info().dataset());
      info.put("datasetSha256", plan.info().datasetSha256());
      ArrayNode models = info.putArray("models");
      plan.info().models().forEach(m -> models.addObject().put("id", m.id()).put("provider", m.provider())
          .put("model", m.model()).put("params", m.params()));
      plan.info().judges().forEach(info.putArray("judges")::add);
      plan.info().pairJudges().forEach(info.putArray("pairJudges")::add);
      info.put("libraryVersion", plan.info().libraryVersion());
    }
    AtomicFiles.write(planFile, out -> out.write(RecordingJson.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(node) + "\n"));
  }

  private static void checkSamePlan(Path planFile, String runId, RunPlan plan) throws IOException {
    RunPlan before;
    try {
      before = readPlan(RecordingJson.MAPPER.readTree(planFile.toFile()));
    } catch (IOException | RuntimeException e) {
      throw new BenchmarkException("cannot read the plan of run " + runId + " at " + planFile + ": " + e.getMessage()
          + ". Start a new run (another benchmarkhub.run-id) or delete the folder " + planFile.getParent() + ".", e);
    }
    String difference = plan.difference(before);
    if (difference != null) {
      throw new BenchmarkException("cannot resume run " + runId + " of benchmark '" + plan.benchmark() + "' from "
          + planFile + ": " + difference + ". A run resumes only with the same benchmark, version, models, "
          + "repeats and cases; start a new run with another benchmarkhub.run-id.");
    }
  }

  /** {@return the plan a {@code <benchmark>.run.json} holds}, without its run information */
  static RunPlan readPlan(JsonNode n) {
    List<String> models = new ArrayList<>();
    n.path("models").forEach(m -> models.add(m.asText()));
    return new RunPlan(n.path("benchmark").asText(), n.path("version").asText(), n.path("cases").asLong(),
        n.path("caseDigest").asText(), models, n.path("repeats").asInt());
  }

  /** Reads the lines a previous process wrote, cutting off a torn last line when writable. */
  private void readExisting(boolean writable) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return;
    }
    long offset = 0;
    int lineNumber = 0;
    try (InputStream in = Files.newInputStream(file)) {
      LineSplitter lines = new LineSplitter(in);
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        lineNumber++;
        int length = lines.length();
        if (!lines.complete() && !writable) {
          log.debug("{}:{}: the last line is cut short ({} bytes without a line break); not reading it", file,
              lineNumber, length);
          break;
        }
        if (!lines.complete()) {
          log.warn("{}:{}: the last line is cut short ({} bytes without a line break), as a killed run leaves it; "
              + "cutting it off, so its trial runs again", file, lineNumber, length);
          channel.truncate(offset);
          tornLineCut = true;
          break;
        }
        TrialResult r;
        try {
          r = TrialJson.parse(line, 0, length);
        } catch (IllegalArgumentException e) {
          throw corrupt(lineNumber, e.getMessage());
        }
        int ordinal = plan.ordinal(r.caseIndex(), r.model(), r.repeat());
        if (ordinal < 0) {
          throw corrupt(lineNumber, "trial " + r.caseId() + " × " + r.model() + " #" + r.repeat()
              + " is not in the run's plan");
        }
        index(ordinal, offset, length + 1, r.status());
        offset += length + 1;
      }
    }
    end = channel.size();
    resumed = recorded;
  }

  private BenchmarkException corrupt(int lineNumber, String what) {
    return new BenchmarkException(file + ":" + lineNumber + ": not a trial result: " + what + ". The run log was "
        + "changed by something other than this runner; start a new run with another benchmarkhub.run-id.");
  }

  private void index(int ordinal, long offset, int length, TrialStatus status) {
    if (statuses[ordinal] == NONE) {
      recorded++;
    }
    offsets[ordinal] = offset;
    lengths[ordinal] = length;
    statuses[ordinal] = (byte) (status.ordinal() + 1);
  }

  /**
   * {@return whether the trial already has a result that stands}: PASS or FAIL, or ERROR unless errors
   * are to be run again; a SKIPPED trial runs again
   */
  boolean done(int ordinal, boolean rerunErrors) {
    byte s = statuses[ordinal];
    return s != NONE && s != TrialStatus.SKIPPED.ordinal() + 1
        && !(rerunErrors && s == TrialStatus.ERROR.ordinal() + 1);
  }

  /** {@return how many trials the log held when it was opened} */
  long resumed() {
    return resumed;
  }

  /** {@return whether opening it cut off a torn last line} */
  boolean tornLineCut() {
    return tornLineCut;
  }

  /**
   * Appends a trial's result as one line and flushes it to the operating system, so a killed JVM loses
   * no completed line.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  void append(int ordinal, TrialResult result) {
    byte[] line = TrialJson.line(result);
    synchronized (this) {
      try {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        long at = end;
        while (buffer.hasRemaining()) {
          at += channel.write(buffer, at);
        }
        index(ordinal, end, line.length, result.status());
        end = at;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the run log " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** {@return the trials the log holds, the latest line of each, read from the file in plan order} */
  TrialResults results() {
    return new LoggedResults();
  }

  /** {@return the results of these trials, read from the file in plan order} */
  Stream<TrialResult> read(int[] ordinals) {
    return StreamSupport.stream(Spliterators.spliterator(new Reader(ordinals), ordinals.length,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
  }

  /** {@return the ordinals of the trials that have a result, in plan order} */
  synchronized int[] recordedOrdinals() {
    int[] ordinals = new int[(int) recorded];
    int n = 0;
    for (int o = 0; o < statuses.length; o++) {
      if (statuses[o] != NONE) {
        ordinals[n++] = o;
      }
    }
    return ordinals;
  }

  /** {@return the log file} */
  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      log.warn("cannot close the run log {}: {}", file, e.getMessage());
    }
  }

  static Path planFile(Path logFile) {
    return sibling(logFile, ".run.json");
  }

  /**
   * {@return a file beside a run log, named after its benchmark}: {@code <dir>/<benchmark><suffix>} for the
   * log {@code <dir>/<benchmark>.jsonl}, e.g. the plan, the pairwise judgments and the reports
   */
  static Path sibling(Path logFile, String suffix) {
    String name = logFile.getFileName().toString();
    return logFile.resolveSibling(name.substring(0, name.length() - ".jsonl".length()) + suffix);
  }

  private static String safe(String benchmark) {
    return benchmark.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Splits a stream into lines at '\n', reading a block at a time; a line's buffer is reused. */
  private static final class LineSplitter {
    private final InputStream in;
    private final byte[] block = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[4096];
    private int length;
    private boolean complete;

    LineSplitter(InputStream in) {
      this.in = in;
    }

    /** {@return the next line's bytes (valid up to {@link #length()}), or null at the end} */
    byte[] next() throws IOException {
      length = 0;
      while (true) {
        if (position == limit) {
          limit = in.read(block);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            complete = false;
            return length == 0 ? null : line;
          }
        }
        int start = position;
        while (position < limit && block[position] != '\n') {
          position++;
        }
        int n = position - start;
        if (length + n > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(block, start, line, length, n);
        length += n;
        if (position < limit) {
          position++;
          complete = true;
          return line;
        }
      }
    }

    /** {@return the length of the line {@link #next()} returned} */
    int length() {
      return length;
    }

    /** {@return whether that line ended in a line break} */
    boolean complete() {
      return complete;
    }
  }

  /** The results in plan order, read again from the file at each stream. */
  private final class LoggedResults implements TrialResults {
    private final int[] ordinals = recordedOrdinals();

    @Override
    public long size() {
      return ordinals.length;
    }

    @Override
    public Stream<TrialResult> stream() {
      return read(ordinals);
    }

    @Override
    public String toString() {
      return ordinals.length + " trials in " + file;
    }
  }

  /**
   * Reads results by ordinal, a batch at a time: each batch opens the file, reads its lines and closes
   * it, so an abandoned stream holds no file open.
   */
  private final class Reader implements Iterator<TrialResult> {
    private final int[] ordinals;
    private final TrialResult[] batch = new TrialResult[READ_BATCH];
    private int next;
    private int batchStart;
    private int batchSize;

    Reader(int[] ordinals) {
      this.ordinals = ordinals;
    }

    @Override
    public boolean hasNext() {
      return next < ordinals.length;
    }

    @Override
    public TrialResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (next >= batchStart + batchSize) {
        fill();
      }
      TrialResult r = batch[next - batchStart];
      batch[next - batchStart] = null;
      next++;
      return r;
    }

    @Override
    public void forEachRemaining(Consumer<? super TrialResult> action) {
      while (hasNext()) {
        action.accept(next());
      }
    }

    private void fill() {
      batchStart = next;
      batchSize = Math.min(READ_BATCH, ordinals.length - next);
      try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
        for (int i = 0; i < batchSize; i++) {
          int o = ordinals[batchStart + i];
          ByteBuffer buffer = ByteBuffer.allocate(lengths[o]);
          long at = offsets[o];
          while (buffer.hasRemaining()) {
            int n = in.read(buffer, at + buffer.position());
            if (n < 0) {
              throw new UncheckedIOException(new IOException("the run log " + file + " ends before the line of trial "
                  + o + " at byte " + offsets[o] + ": was it changed while being read?"));
            }
          }
          batch[i] = TrialJson.parse(buffer.array(), 0, lengths[o] - 1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the run log " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
