package io.benchmarkhub.library;

import java.time.Instant;
import java.util.Objects;

/**
 * One review action on a package version, as {@code events.jsonl} records it.
 *
 * @param at when, to the second
 * @param by who, {@code Name <email>} or {@code Name}
 * @param action what they did
 * @param from the state before
 * @param to the state after (the same for a comment)
 * @param message their comment, or {@code null}
 */
public record ReviewEvent(Instant at, String by, ReviewAction action, ReviewState from, ReviewState to,
    String message) {
  /** Checks the values. */
  public ReviewEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
