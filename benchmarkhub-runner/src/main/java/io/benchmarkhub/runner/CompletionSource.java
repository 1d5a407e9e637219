package io.benchmarkhub.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where one model's answers come from during a run: either the cassette alone (replay), or the
 * response cache and then the provider, keeping each new answer in the cache and, when recording, in
 * the cassette. Only answers the provider returned are stored, never its errors. Thread-safe.
 */
final class CompletionSource {
  /** Null when replaying. */
  private final Provider provider;
  /** Null unless replaying. */
  private final Cassette replay;
  private final CompletionStore cache;
  /** The cassette when recording, else {@link CompletionStore#NONE}. */
  private final CompletionStore recorder;
  private final String description;
  /** Why the model is not run, or null when it is. */
  private final String unavailable;

  private CompletionSource(Provider provider, Cassette replay, CompletionStore cache, CompletionStore recorder,
      String description) {
    this(provider, replay, cache, recorder, description, null);
  }

  private CompletionSource(Provider provider, Cassette replay, CompletionStore cache, CompletionStore recorder,
      String description, String unavailable) {
    this.unavailable = unavailable;
    this.provider = provider;
    this.replay = replay;
    this.cache = cache;
    this.recorder = recorder;
    this.description = description;
  }

  /** {@return a source that answers only from the cassette and fails each request it lacks} */
  static CompletionSource replaying(Cassette cassette) {
    return new CompletionSource(null, cassette, CompletionStore.NONE, CompletionStore.NONE, "replay");
  }

  /** {@return a source for a model that is not run because its provider is unavailable, saying why} */
  static CompletionSource unavailable(String reason) {
    return new CompletionSource(null, null, CompletionStore.NONE, CompletionStore.NONE, "skipped", reason);
  }

  /** {@return why this model's trials are not run, or null when they are} */
  String unavailableReason() {
    return unavailable;
  }

  /**
   * {@return a source that asks the cache, then the provider}
   *
   * @param cache the response cache, or {@link CompletionStore#NONE} when it is off
   * @param recorder the cassette to record into, or {@link CompletionStore#NONE} when not recording
   */
  static CompletionSource live(Provider provider, CompletionStore cache, CompletionStore recorder) {
    return new CompletionSource(provider, null, cache, recorder,
        (recorder == CompletionStore.NONE ? "live" : "record") + (cache == CompletionStore.NONE ? "" : "+cache"));
  }

  /**
   * {@return the answer to the trial's request}, or null when the provider returned none; a live
   * answer without a reported latency gets the time the provider took
   *
   * @throws ProviderException when the provider fails
   * @throws CassetteMissException when replaying a request the cassette lacks
   */
  Completion complete(Trial trial, ChatRequest request) throws ProviderException {
    return complete(trial.model().provider(), trial.repeat(), request,
        fingerprint -> new CassetteMissException(trial, replay, fingerprint));
  }

  /**
   * {@return the answer to a request}, or null when the provider returned none; a live answer without
   * a reported latency gets the time the provider took
   *
   * @param providerId the provider's id, part of the fingerprint
   * @param sample the repeat (or, for a judge, the sample) number, part of the fingerprint
   * @param request the request
   * @param miss makes the error for a replayed request the cassette lacks
   * @throws ProviderException when the provider fails
   * @throws CassetteMissException when replaying a request the cassette lacks
   */
  Completion complete(String providerId, int sample, ChatRequest request,
      Function<Fingerprint, CassetteMissException> miss) throws ProviderException {
    return complete(providerId, sample, 1, request, null, miss);
  }

  /**
   * {@return the answer to one call of a subject}, as {@link #complete(String, int, ChatRequest, Function)}
   *
   * @param occurrence 1 for the first send of this request within its trial, 2, 3... for the same
   *     request sent again, each stored apart (see {@link Fingerprint})
   * @param timeBudget what is left of the trial's time budget, for the provider's retries and waits; null
   *     for the whole budget
   */
  Completion complete(String providerId, int sample, int occurrence, ChatRequest request, Duration timeBudget,
      Function<Fingerprint, CassetteMissException> miss) throws ProviderException {
    if (replay == null && cache == CompletionStore.NONE && recorder == CompletionStore.NONE) {
      return ask(request, timeBudget);
    }
    ObjectNode requestJson = RecordingJson.request(request);
    if (occurrence > 1) {
      requestJson.put(Fingerprint.OCCURRENCE, occurrence);
    }
    Fingerprint fingerprint = Fingerprint.of(providerId, request.model(), sample, requestJson);
    if (replay != null) {
      return replay.lookup(fingerprint).orElseThrow(() -> miss.apply(fingerprint));
    }
    Optional<Completion> cached = cache.lookup(fingerprint);
    Completion completion = cached.isPresent() ? cached.get() : ask(request, timeBudget);
    if (completion == null) {
      return null;
    }
    Recording recording = new Recording(fingerprint, providerId, request.model(), sample, requestJson, completion);
    if (cached.isEmpty()) {
      cache.store(recording);
    }
    recorder.store(recording);
    return completion;
  }

  /** {@return the cassette this source replays from, or null when it asks a provider} */
  Cassette replayed() {
    return replay;
  }

  private Completion ask(ChatRequest request, Duration timeBudget) throws ProviderException {
    long start = System.nanoTime();
    Completion completion = timeBudget != null && provider instanceof ResilientProvider resilient
        ? resilient.complete(request, timeBudget) : provider.complete(request);
    if (completion != null && completion.latency().isZero()) {
      return completion.withLatency(Duration.ofNanos(System.nanoTime() - start));
    }
    return completion;
  }

  /** {@return "replay", "live", "record", with "+cache" when the cache is on} */
  @Override
  public String toString() {
    return description;
  }
}
