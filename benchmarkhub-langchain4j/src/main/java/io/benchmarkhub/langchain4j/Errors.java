package io.benchmarkhub.langchain4j;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Translates failures between the two libraries, keeping the original as the cause both ways, so the
 * runner still sees a {@link ProviderException}'s kind through a LangChain4j exception, and a
 * LangChain4j failure becomes a {@link ProviderException} of the kind the runner retries (or not).
 */
final class Errors {
  private Errors() {}

  /**
   * {@return the LangChain4j exception for one of ours}: the matching {@code dev.langchain4j.exception} type
   * (rate limit, timeout, authentication, invalid request, model not found, internal server error,
   * otherwise retriable or non-retriable as the kind says), with our exception as its cause
   */
  static LangChain4jException toLangChain4j(ProviderException e) {
    String message = e.getMessage();
    return switch (e.kind()) {
      case AUTHENTICATION -> new AuthenticationException(message, e);
      case BAD_REQUEST -> new InvalidRequestException(message, e);
      case NOT_FOUND -> new ModelNotFoundException(message, e);
      case RATE_LIMITED -> new RateLimitException(message, e);
      case SERVER_ERROR -> new InternalServerException(message, e);
      case TIMEOUT -> new TimeoutException(message, e);
      case QUOTA_EXHAUSTED -> new NonRetriableException(message, e);
      case CONNECTION, MALFORMED_RESPONSE -> new RetriableException(message, e);
    };
  }

  /**
   * {@return our exception for a failure of a LangChain4j model}: a {@link ProviderException} found in the
   * cause chain is returned as is; otherwise the first recognizable exception in the chain decides the
   * kind (LangChain4j's typed exceptions, an {@link HttpException}'s status, JDK timeouts and connection
   * failures); a {@link NonRetriableException} otherwise is {@link Kind#BAD_REQUEST}, anything else
   * {@link Kind#SERVER_ERROR}
   *
   * @param model the model name, for the message
   */
  static ProviderException toBenchmarkHub(RuntimeException e, String model) {
    Kind kind = null;
    int status = 0;
    boolean nonRetriable = false;
    Throwable t = e;
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (t instanceof ProviderException ours) {
        return ours;
      }
      if (t instanceof HttpException http && status == 0) {
        status = http.statusCode();
      }
      nonRetriable |= t instanceof NonRetriableException;
      if (kind == null) {
        kind = kindOf(t);
      }
    }
    if (kind == null) {
      kind = nonRetriable ? Kind.BAD_REQUEST : Kind.SERVER_ERROR;
    }
    return new ProviderException(kind, status, "langchain4j model '" + model + "' failed: "
        + e.getClass().getSimpleName() + ": " + e.getMessage(), null, e);
  }

  private static Kind kindOf(Throwable t) {
    if (t instanceof RateLimitException) return Kind.RATE_LIMITED;
    if (t instanceof TimeoutException || t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)
        || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
      return Kind.TIMEOUT;
    }
    if (t instanceof AuthenticationException) return Kind.AUTHENTICATION;
    if (t instanceof ModelNotFoundException) return Kind.NOT_FOUND;
    if (t instanceof InvalidRequestException) return Kind.BAD_REQUEST;
    if (t instanceof InternalServerException) return Kind.SERVER_ERROR;
    if (t instanceof UnresolvedModelServerException || t instanceof HttpConnectTimeoutException
        || t instanceof ConnectException || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
      return Kind.CONNECTION;
    }
    if (t instanceof HttpException http) return kindOfStatus(http.statusCode());
    return null;
  }

  /** {@return the kind of an HTTP error status} */
  static Kind kindOfStatus(int status) {
    return switch (status) {
      case 401, 403 -> Kind.AUTHENTICATION;
      case 404 -> Kind.NOT_FOUND;
      case 408 -> Kind.TIMEOUT;
      case 429 -> Kind.RATE_LIMITED;
      default -> status >= 500 ? Kind.SERVER_ERROR : Kind.BAD_REQUEST;
    };
  }
}
