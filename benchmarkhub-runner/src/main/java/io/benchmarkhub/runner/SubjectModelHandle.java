package io.benchmarkhub.runner;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The {@link ModelHandle} of one subject trial: each call is a request to the trial's model through its
 * {@link CompletionSource} (cassette, cache, resilient provider), priced by {@link Pricing}, within the
 * trial's time budget and the run's {@link Budget}; it adds up what the calls used.
 *
 * <p>A call the same trial already sent is the next {@code occurrence} of that request (see
 * {@link Fingerprint}). A call after the budget is reached, a replayed call the cassette lacks, or a
 * call on an interrupted thread stops the trial: it throws a {@link TrialStoppedException} and so does
 * every later call. Thread-safe; {@link #close()} ends its use.
 */
final class SubjectModelHandle implements ModelHandle {
  private final Trial trial;
  private final CompletionSource source;
  private final Pricing pricing;
  private final Budget budget;
  private final Duration timeBudget;
  private final long deadlineNanos;
  /** Sends so far of each request (by its fingerprint as a first occurrence), within this trial. */
  private final Map<Fingerprint, AtomicInteger> sends = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile TrialError stopped;
  private volatile boolean closed;
  // guarded by this: what the answered calls add up to
  private List<Message> firstMessages = List.of();
  private Usage usage = Usage.NONE;
  private int answered;
  private boolean anyLive;
  private boolean anyCache;
  private String servedModel;

  /**
   * Binds a handle to a trial.
   *
   * @param timeBudget the trial's time budget ({@code retry.total-timeout}), from now
   */
  SubjectModelHandle(Trial trial, CompletionSource source, Pricing pricing, Budget budget, Duration timeBudget) {
    this.trial = trial;
    this.source = source;
    this.pricing = pricing;
    this.budget = budget;
    this.timeBudget = timeBudget;
    this.deadlineNanos = System.nanoTime() + timeBudget.toNanos();
  }

  @Override
  public ModelRef model() {
    return trial.model();
  }

  @Override
  public Completion complete(List<Message> messages) throws ProviderException {
    return complete(messages, UnaryOperator.identity());
  }

  @Override
  public Completion complete(List<Message> messages, UnaryOperator<ModelParams> overrides) throws ProviderException {
    return complete(messages, List.of(), null, overrides);
  }

  @Override
  public Completion complete(List<Message> messages, List<ToolDefinition> tools, ToolChoice choice,
      UnaryOperator<ModelParams> overrides) throws ProviderException {
    Objects.requireNonNull(overrides, "overrides");
    ModelParams params = Objects.requireNonNull(overrides.apply(trial.model().params()),
        "the overrides returned no parameters");
    ChatRequest request = new ChatRequest(trial.model().model(), messages, params, tools, choice);
    if (closed) {
      throw new IllegalStateException("the model handle of case '" + trial.testCase().id() + "' on "
          + trial.model().id() + " was used after its subject returned; a handle serves one trial only");
    }
    int call = calls.incrementAndGet();
    if (call == 1) {
      synchronized (this) {
        firstMessages = request.messages();
      }
    }
    checkNotStopped(call);
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      throw new ProviderException(ProviderException.Kind.TIMEOUT, "the trial's time budget of "
          + (timeBudget.toMillis() % 1000 == 0 ? timeBudget.toSeconds() + " s" : timeBudget.toMillis() + " ms")
          + " (retry.total-timeout) is spent: call " + call + " of the subject on " + trial.model().id()
          + " was not sent");
    }
    String provider = trial.model().provider();
    int occurrence = sends.computeIfAbsent(Fingerprint.of(provider, request, trial.repeat()),
        f -> new AtomicInteger()).incrementAndGet();
    Completion c;
    try {
      c = source.complete(provider, trial.repeat(), occurrence, request, Duration.ofNanos(remaining),
          fingerprint -> new CassetteMissException(trial, call, source.replayed(), fingerprint));
    } catch (CassetteMissException e) {
      throw stop(new TrialError(TrialError.Phase.PROVIDER, CassetteMissException.KIND, e.getMessage()));
    }
    if (Thread.currentThread().isInterrupted()) {
      throw stop(cancelled(call));
    }
    if (c == null) {
      throw new ProviderException(ProviderException.Kind.MALFORMED_RESPONSE,
          "provider '" + provider + "' returned no completion");
    }
    c = pricing.apply(trial.model(), c);
    synchronized (this) {
      answered++;
      usage = usage.plus(c.usage());
      anyLive |= c.origin() == CompletionOrigin.LIVE;
      anyCache |= c.origin() == CompletionOrigin.CACHE;
      servedModel = c.servedModel() != null ? c.servedModel() : servedModel;
    }
    return c;
  }

  private void checkNotStopped(int call) {
    if (stopped != null) {
      throw new TrialStoppedException(stopped);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw stop(cancelled(call));
    }
    double spent;
    synchronized (this) {
      spent = usage.costUsd().orElse(0);
    }
    if (budget.reachedWith(spent)) {
      throw stop(budget.stopCall(call, spent));
    }
  }

  private TrialError cancelled(int call) {
    return new TrialError(TrialError.Phase.PROVIDER, "CANCELLED", "the run was cancelled during call " + call
        + " of the subject on " + trial.model().id());
  }

  private synchronized TrialStoppedException stop(TrialError error) {
    if (stopped == null) {
      stopped = error;
    }
    return new TrialStoppedException(stopped);
  }

  /** Ends the handle's use: later calls throw. */
  void close() {
    closed = true;
  }

  /** {@return why the runner stopped the trial, or null when it did not} */
  TrialError stopped() {
    return stopped;
  }

  /** {@return the messages of the subject's first call, or none when it made none} */
  synchronized List<Message> firstMessages() {
    return firstMessages;
  }

  /**
   * {@return the trial's completion}: this text, the subject's wall time as latency, the usage and cost
   * summed over the answered calls, the last served model named; its origin is live when any call was
   * (or none was made), else the cache when any call came from it, else the cassette
   */
  synchronized Completion answer(String text, Duration latency) {
    CompletionOrigin origin = anyLive || answered == 0 ? CompletionOrigin.LIVE
        : anyCache ? CompletionOrigin.CACHE : CompletionOrigin.REPLAY;
    return new Completion(text, FinishReason.STOP, latency, usage, servedModel, origin);
  }

  /** {@return what a failed subject's answered calls used, with an empty text, or null when none was answered} */
  synchronized Completion spent(Duration latency) {
    return answered == 0 ? null : answer("", latency);
  }
}
