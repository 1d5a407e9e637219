package io.benchmarkhub.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.PairJudge;
import io.benchmarkhub.api.PairJudgment;
import io.benchmarkhub.api.PairJudgment.Outcome;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Usage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pairwise phase of a run: after the trials, every {@link PairJudge} compares the answers of every
 * pair of models (A before B in model order) on every case, repeat r of A against repeat r of B, where
 * both answered. The trials are read back from the run log a case at a time, so memory stays flat;
 * comparisons run on a few threads with a bounded backlog.
 *
 * <p>Each judgment is written to {@code <benchmark>.pairwise.jsonl} beside the run log, one JSON line:
 * {@code {"judge", "caseIndex", "caseId", "repeat", "modelA", "modelB", "outcome", "reason", "usage"}}.
 * The file is written anew by every run of the run id, a resumed one included: its judge requests are
 * answered by the response cache (or the cassette), so redoing the phase costs nothing.
 */
final class PairwiseComparisons {
  private static final Logger log = LoggerFactory.getLogger(PairwiseComparisons.class);

  private final List<PairJudge> judges;
  private final List<String> models;
  private final int repeats;
  private final SecretRedactor redactor;
  private final int threads;
  private final PairwiseTallies tallies;

  PairwiseComparisons(List<PairJudge> judges, RunPlan plan, SecretRedactor redactor, int threads) {
    this.judges = List.copyOf(judges);
    this.models = plan.models();
    this.repeats = plan.repeats();
    this.redactor = redactor;
    this.threads = Math.max(1, threads);
    this.tallies = new PairwiseTallies(judges.stream().map(PairJudge::name).toList(), models);
  }

  /** {@return where the judgments of a run log's benchmark go: beside it, {@code <benchmark>.pairwise.jsonl}} */
  static Path file(Path runLog) {
    return RunLog.sibling(runLog, ".pairwise.jsonl");
  }

  /**
   * Compares every pair on every case of the log and {@return the results per judge and pair}, p-values
   * Holm-corrected across the pairs of each judge
   *
   * @throws InterruptedException when the run is interrupted; the comparisons stop
   */
  List<PairwiseResult> run(RunLog runLog) throws InterruptedException {
    if (judges.isEmpty()) {
      return List.of();
    }
    Path out = file(runLog.file());
    log.info("comparing every pair of {} models with {}; judgments in {}", models.size(),
        judges.stream().map(PairJudge::name).toList(), out);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bh-pairwise");
      t.setDaemon(true);
      return t;
    });
    Semaphore room = new Semaphore(threads * ProviderLanes.BACKLOG_PER_WORKER);
    try (OutputStream file = Files.newOutputStream(out);
        Stream<TrialResult> trials = runLog.results().stream()) {
      List<TrialResult> ofCase = new ArrayList<>();
      for (Iterator<TrialResult> it = trials.iterator(); it.hasNext(); ) {
        TrialResult t = it.next();
        if (!ofCase.isEmpty() && ofCase.get(0).caseIndex() != t.caseIndex()) {
          submitCase(ofCase, pool, room, file);
          ofCase = new ArrayList<>();
        }
        ofCase.add(t);
      }
      if (!ofCase.isEmpty()) {
        submitCase(ofCase, pool, room, file);
      }
      room.acquire(threads * ProviderLanes.BACKLOG_PER_WORKER);
    } catch (IOException e) {
      throw new BenchmarkException("cannot write the pairwise judgments to " + out + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    return tallies.results();
  }

  /** Queues every comparison of one case: each judge, each pair of models, each repeat both answered. */
  private void submitCase(List<TrialResult> ofCase, ExecutorService pool, Semaphore room, OutputStream file)
      throws InterruptedException {
    TrialResult[][] byModel = new TrialResult[models.size()][repeats + 1];
    for (TrialResult t : ofCase) {
      int m = models.indexOf(t.model());
      if (m >= 0 && t.completion() != null) {
        byModel[m][t.repeat()] = t;
      }
    }
    for (int j = 0; j < judges.size(); j++) {
      for (int a = 0; a < models.size(); a++) {
        for (int b = a + 1; b < models.size(); b++) {
          for (int r = 1; r <= repeats; r++) {
            TrialResult ta = byModel[a][r];
            TrialResult tb = byModel[b][r];
            if (ta == null || tb == null) {
              continue;
            }
            PairJudge judge = judges.get(j);
            int ia = a;
            int ib = b;
            room.acquire();
            try {
              pool.execute(() -> {
                try {
                  PairJudgment judgment = compare(judge, ta, tb);
                  tallies.add(judge.name(), ia, ib, judgment.outcome(), judgment.usage());
                  write(file, judge, ta, tb, judgment);
                } finally {
                  room.release();
                }
              });
            } catch (RuntimeException e) {
              room.release();
              throw e;
            }
          }
        }
      }
    }
  }

  private PairJudgment compare(PairJudge judge, TrialResult a, TrialResult b) {
    try {
      PairJudgment j = judge.compare(a.testCase(), a.model(), a.completion(), b.model(), b.completion());
      return j != null ? j : PairJudgment.of(Outcome.ERROR, judge.name() + " returned no judgment", Usage.NONE);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      String m = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      return PairJudgment.of(Outcome.ERROR, redactor.redact(judge.name() + " threw " + e.getClass().getSimpleName()
          + ": " + m), Usage.NONE);
    }
  }

  private void write(OutputStream file, PairJudge judge, TrialResult a, TrialResult b, PairJudgment j) {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    try (JsonGenerator g = RecordingJson.MAPPER.getFactory().createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("judge", judge.name());
      g.writeNumberField("caseIndex", a.caseIndex());
      g.writeStringField("caseId", a.caseId());
      g.writeNumberField("repeat", a.repeat());
      g.writeStringField("modelA", a.model());
      g.writeStringField("modelB", b.model());
      g.writeStringField("outcome", j.outcome().name());
      g.writeStringField("reason", redactor.redact(j.reason()));
      g.writeObjectFieldStart("usage");
      g.writeNumberField("inputTokens", j.usage().inputTokens());
      g.writeNumberField("outputTokens", j.usage().outputTokens());
      if (j.usage().costUsd().isPresent()) {
        g.writeNumberField("costUsd", j.usage().costUsd().getAsDouble());
      } else {
        g.writeNullField("costUsd");
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    line.write('\n');
    synchronized (file) {
      try {
        line.writeTo(file);
        file.flush();
      } catch (IOException e) {
        log.warn("cannot write a pairwise judgment: {}", e.getMessage());
      }
    }
  }
}
