package io.benchmarkhub.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One lane per provider: a fixed number of worker threads (the provider's concurrency) and a bounded
 * backlog, so a run of any size holds at most a few trials per worker in memory and a slow provider
 * never takes threads from a fast one.
 *
 * <p>{@link #submit} blocks the producer while the lane's backlog is full. Invariant per lane: queued
 * + running trials never exceed {@code BACKLOG_PER_WORKER * concurrency}.
 */
final class ProviderLanes implements AutoCloseable {
  /** Trials a lane may hold per worker thread, queued and running together. */
  static final int BACKLOG_PER_WORKER = 4;

  private final Map<String, Lane> lanes = new LinkedHashMap<>();

  /** Starts a lane per provider id, with that many worker threads. */
  ProviderLanes(Map<String, Integer> concurrency, String runId) {
    concurrency.forEach((id, n) -> lanes.put(id, new Lane(id, n, runId)));
  }

  /**
   * Queues a trial on its provider's lane, waiting while the lane is full.
   *
   * @param trial the trial
   * @param work what to do with the trial, on a worker thread
   * @throws InterruptedException when interrupted while waiting for room
   */
  void submit(Trial trial, Runnable work) throws InterruptedException {
    lanes.get(trial.model().provider()).submit(work);
  }

  /** Waits until every submitted trial has finished. */
  void awaitIdle() throws InterruptedException {
    for (Lane lane : lanes.values()) {
      lane.awaitIdle();
    }
  }

  /** Stops the workers; running trials are interrupted. */
  @Override
  public void close() {
    for (Lane lane : lanes.values()) {
      lane.executor.shutdownNow();
    }
  }

  private static final class Lane {
    private final ExecutorService executor;
    private final Semaphore room;
    private final int capacity;

    Lane(String providerId, int concurrency, String runId) {
      this.capacity = concurrency * BACKLOG_PER_WORKER;
      this.room = new Semaphore(capacity);
      this.executor = new ThreadPoolExecutor(concurrency, concurrency, 30, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(), threads("bh-" + runId + "-" + providerId));
    }

    void submit(Runnable work) throws InterruptedException {
      room.acquire();
      try {
        executor.execute(() -> {
          try {
            work.run();
          } finally {
            room.release();
          }
        });
      } catch (RuntimeException e) {
        room.release();
        throw e;
      }
    }

    void awaitIdle() throws InterruptedException {
      room.acquire(capacity);
      room.release(capacity);
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** {@return the provider ids, in lane order} */
  List<String> providerIds() {
    return new ArrayList<>(lanes.keySet());
  }
}
