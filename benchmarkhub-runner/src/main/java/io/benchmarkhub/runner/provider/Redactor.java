package io.benchmarkhub.runner.provider;

/**
 * Removes one API key from text that came back from a provider, before it goes into a message.
 *
 * <p>Providers sometimes echo the key they received in an error body; every message built from
 * response text passes through {@link #redact(String)}.
 */
final class Redactor {
  /** What a key is replaced with. */
  static final String MASK = "***";
  /** A redactor for providers that send no key. */
  static final Redactor NONE = new Redactor(null);

  private final String key;

  private Redactor(String key) {
    this.key = key;
  }

  /** {@return a redactor for this key, or {@link #NONE} when there is none} */
  static Redactor of(String key) {
    return key == null || key.isEmpty() ? NONE : new Redactor(key);
  }

  /** {@return {@code text} with every occurrence of the key replaced by {@value #MASK}; null stays null} */
  String redact(String text) {
    return key == null || text == null ? text : text.replace(key, MASK);
  }

  /**
   * {@return {@code cause} when no message or string form in its chain contains the key, else null},
   * so an exception never carries the key as its cause
   */
  Throwable safeCause(Throwable cause) {
    if (key == null) {
      return cause;
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (contains(t.getMessage()) || contains(t.toString()) || contains(t.getLocalizedMessage())) {
        return null;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (safeCause(suppressed) == null) {
          return null;
        }
      }
    }
    return cause;
  }

  private boolean contains(String text) {
    return text != null && text.contains(key);
  }

  @Override
  public String toString() {
    return key == null ? "Redactor[no key]" : "Redactor[key " + MASK + "]";
  }
}
