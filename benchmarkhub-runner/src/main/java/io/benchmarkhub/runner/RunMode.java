package io.benchmarkhub.runner;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a run takes its answers from, set with the {@code mode} setting ({@code .setting("mode", "replay")},
 * {@code -Dbenchmarkhub.mode=replay} or {@code BENCHMARKHUB_MODE=replay}); one provider can differ with
 * {@code <provider>.mode}, e.g. {@code -Dbenchmarkhub.ollama.mode=live}. See {@link CompletionSources}
 * for how each mode picks the source of every model.
 */
enum RunMode {
  /** Ask the provider (after the response cache). */
  LIVE,
  /** Ask the provider (after the response cache) and keep every answer in the benchmark's cassette. */
  RECORD,
  /** Answer only from the cassette: no provider is created, no key is needed, nothing is sent. */
  REPLAY,
  /** The default: per model, replay when the cassette can answer and no key was given, else live. */
  AUTO;

  /**
   * {@return the mode of one provider's models}: {@code <provider>.mode}, else {@code mode}, else
   * {@link #AUTO}
   *
   * @throws io.benchmarkhub.api.BenchmarkException naming the setting when its value is not a mode
   */
  static RunMode of(Settings settings, String providerId) {
    String key = settings.get(providerId + ".mode").isPresent() ? providerId + ".mode" : "mode";
    Optional<String> value = settings.get(key);
    if (value.isEmpty()) {
      return AUTO;
    }
    try {
      return valueOf(value.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Settings.invalid(key, value.get(), "live, record, replay or auto");
    }
  }
}
