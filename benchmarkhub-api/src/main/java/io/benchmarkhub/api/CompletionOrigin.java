package io.benchmarkhub.api;

/**
 * Where a {@link Completion} came from: the provider itself, the response cache, or the benchmark's
 * cassette. The summary table counts cache and cassette answers per model, so a re-run that cost
 * nothing never passes for a live one.
 */
public enum CompletionOrigin {
  /** The provider answered this request during the run. */
  LIVE,
  /** The response cache held an answer to the identical request from an earlier live run. */
  CACHE,
  /** The benchmark's cassette held a recorded answer to the identical request; nothing was sent. */
  REPLAY;

  /**
   * {@return the file name of a benchmark's cassette: {@code <name>.cassette.jsonl}}, where every
   * character of the name outside {@code [A-Za-z0-9._-]} becomes {@code _}; e.g.
   * {@code "support intent/v2"} gives {@code support_intent_v2.cassette.jsonl}
   */
  public static String cassetteFileName(String benchmark) {
    return benchmark.replaceAll("[^A-Za-z0-9._-]", "_") + ".cassette.jsonl";
  }
}
