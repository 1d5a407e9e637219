package io.benchmarkhub.runner;

import io.benchmarkhub.api.Completion;
import java.util.Optional;

/**
 * Somewhere answers are kept by request {@link Fingerprint}: the {@link ResponseCache} or a
 * {@link Cassette}. Only successful completions are ever stored. Implementations are thread-safe.
 */
interface CompletionStore {

  /** A store that holds nothing and keeps nothing: the cache when it is off. */
  CompletionStore NONE = new CompletionStore() {
    @Override
    public Optional<Completion> lookup(Fingerprint fingerprint) {
      return Optional.empty();
    }

    @Override
    public void store(Recording recording) {}
  };

  /** {@return the stored answer to the request with this fingerprint, marked with the store's origin} */
  Optional<Completion> lookup(Fingerprint fingerprint);

  /** Keeps an answer, replacing any answer stored under the same fingerprint. */
  void store(Recording recording);
}
