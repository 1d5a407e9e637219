package io.benchmarkhub.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A request to a provider failed. The {@link Kind kind} tells the runner whether a retry could
 * help; {@link #retryAfter()} carries the provider's own advice when it gave one.
 *
 * <p>Messages name the provider, the HTTP status and the provider's own error text, and never an
 * API key.
 */
public class ProviderException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as retrying is concerned. */
  public enum Kind {
    /** 401/403: the key is missing, wrong or lacks access. Final. */
    AUTHENTICATION(false),
    /** 400/422: the provider rejected the request. Final. */
    BAD_REQUEST(false),
    /** 404: no such model or endpoint. Final. */
    NOT_FOUND(false),
    /** 429 with a per-minute limit: wait (Retry-After) and try again. */
    RATE_LIMITED(true),
    /** A spend limit or daily quota is exhausted: retrying cannot help today. Final. */
    QUOTA_EXHAUSTED(false),
    /** 500/502/503/504/529: the provider is failing or overloaded. Retryable. */
    SERVER_ERROR(true),
    /** The request took longer than its deadline. Retryable. */
    TIMEOUT(true),
    /** Connection refused or reset, DNS failure, a body cut short. Retryable. */
    CONNECTION(true),
    /** The response arrived but could not be understood (malformed JSON, no choices). Retryable. */
    MALFORMED_RESPONSE(true);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    /** {@return whether a later attempt of the same request could succeed} */
    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final int httpStatus;
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param kind the classification
   * @param httpStatus the HTTP status, or 0 when no response arrived
   * @param message what happened, naming the provider; never a key
   * @param retryAfter the provider's advised wait, or null
   * @param cause the underlying error, or null
   */
  public ProviderException(Kind kind, int httpStatus, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  /** Creates the exception with no HTTP status, advice or cause. */
  public ProviderException(Kind kind, String message) {
    this(kind, 0, message, null, null);
  }

  /** {@return the classification} */
  public Kind kind() {
    return kind;
  }

  /** {@return the HTTP status, or 0 when no response arrived} */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return how long the provider asked us to wait, when it said} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
