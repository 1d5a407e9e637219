package io.benchmarkhub.springai;

import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Method;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a Spring AI {@code ChatModel} throws into a {@link ProviderException} of the right kind.
 *
 * <p>The HTTP status comes from the first exception in the cause chain that has one, whichever HTTP stack
 * the chat model uses: Spring's {@code RestClientResponseException} and {@code WebClientResponseException}
 * ({@code getStatusCode().value()}), the OpenAI Java SDK's {@code OpenAIServiceException}
 * ({@code statusCode()}, used by Spring AI 2's OpenAI model), or a message that starts with the status, as
 * Spring AI's default error handler writes it ({@code "429 - {...}"}). Read by reflection, so none of
 * those libraries is needed.
 *
 * <table>
 *   <caption>Classification</caption>
 *   <tr><th>What happened</th><th>Kind</th></tr>
 *   <tr><td>401, 403</td><td>AUTHENTICATION</td></tr>
 *   <tr><td>404</td><td>NOT_FOUND</td></tr>
 *   <tr><td>402; 429 naming a spent quota ({@code insufficient_quota} ...)</td><td>QUOTA_EXHAUSTED</td></tr>
 *   <tr><td>429 otherwise, with its {@code Retry-After} when readable</td><td>RATE_LIMITED</td></tr>
 *   <tr><td>408; a timeout anywhere in the chain</td><td>TIMEOUT</td></tr>
 *   <tr><td>5xx</td><td>SERVER_ERROR</td></tr>
 *   <tr><td>other 4xx</td><td>BAD_REQUEST</td></tr>
 *   <tr><td>no status: an {@code IOException} in the chain</td><td>CONNECTION</td></tr>
 *   <tr><td>no status: Spring AI's {@code TransientAiException}</td><td>SERVER_ERROR</td></tr>
 *   <tr><td>no status: Spring AI's {@code NonTransientAiException}</td><td>BAD_REQUEST</td></tr>
 * </table>
 *
 * <p>Anything else is not a provider error ({@link #classify} returns null): it stays the exception it is.
 */
final class SpringAiErrors {
  private static final Pattern LEADING_STATUS = Pattern.compile("^\\s*(?:HTTP\\s+)?([1-5]\\d\\d)\\b");
  private static final Pattern QUOTA_SPENT = Pattern.compile(
      "insufficient_quota|spend limit|per day|perday|credit balance|quota exceeded", Pattern.CASE_INSENSITIVE);
  private static final String TRANSIENT = "org.springframework.ai.retry.TransientAiException";
  private static final String NON_TRANSIENT = "org.springframework.ai.retry.NonTransientAiException";
  /** The longest message a ProviderException quotes of the chat model's own. */
  private static final int MAX_TEXT = 500;

  private SpringAiErrors() {}

  /**
   * {@return the provider error for what the chat model threw}, or null when it is not one
   *
   * @param providerId the provider id for the message, e.g. {@code "spring-ai"}
   * @param model the model name for the message
   */
  static ProviderException classify(String providerId, String model, Throwable thrown) {
    int status = 0;
    String body = "";
    Duration retryAfter = null;
    boolean timeout = false;
    boolean io = false;
    Boolean transientAi = null;
    for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ProviderException p) {
        return p;
      }
      if (status == 0) {
        status = status(t);
        if (status != 0) {
          retryAfter = retryAfter(t);
          body = errorBody(t);
        }
      }
      timeout |= t instanceof TimeoutException || t instanceof HttpTimeoutException
          || t instanceof InterruptedIOException || t.getClass().getSimpleName().contains("Timeout");
      io |= t instanceof IOException || t.getClass().getSimpleName().endsWith("IoException");
      if (transientAi == null && isA(t, TRANSIENT)) {
        transientAi = true;
      } else if (transientAi == null && isA(t, NON_TRANSIENT)) {
        transientAi = false;
      }
    }
    String text = providerId + ":" + model + ": " + describe(thrown);
    if (status != 0) {
      return byStatus(status, text, body, retryAfter, thrown);
    }
    if (timeout) {
      return new ProviderException(Kind.TIMEOUT, 0, text, null, thrown);
    }
    if (io) {
      return new ProviderException(Kind.CONNECTION, 0, text, null, thrown);
    }
    if (transientAi != null) {
      return new ProviderException(transientAi ? Kind.SERVER_ERROR : Kind.BAD_REQUEST, 0, text, null, thrown);
    }
    return null;
  }

  private static ProviderException byStatus(int status, String text, String body, Duration retryAfter,
      Throwable cause) {
    Kind kind;
    if (status == 401 || status == 403) {
      kind = Kind.AUTHENTICATION;
    } else if (status == 404) {
      kind = Kind.NOT_FOUND;
    } else if (status == 402 || status == 429 && QUOTA_SPENT.matcher(text + " " + body).find()) {
      kind = Kind.QUOTA_EXHAUSTED;
    } else if (status == 429) {
      kind = Kind.RATE_LIMITED;
    } else if (status == 408) {
      kind = Kind.TIMEOUT;
    } else if (status >= 500) {
      kind = Kind.SERVER_ERROR;
    } else {
      kind = Kind.BAD_REQUEST;
    }
    return new ProviderException(kind, status, text + " (HTTP " + status + ")",
        kind == Kind.RATE_LIMITED ? retryAfter : null, cause);
  }

  /** {@return the HTTP status the exception carries, or 0} */
  private static int status(Throwable t) {
    Object value = invoke(t, "statusCode");
    if (value == null) {
      value = invoke(t, "getStatusCode");
    }
    if (value != null && !(value instanceof Number)) {
      value = invoke(value, "value");
    }
    if (value instanceof Number n && n.intValue() >= 100 && n.intValue() <= 599) {
      return n.intValue();
    }
    if (isA(t, TRANSIENT) || isA(t, NON_TRANSIENT)) {
      Matcher m = LEADING_STATUS.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  /**
   * {@return the error's code, type and body as the exception exposes them} (the OpenAI SDK's
   * {@code code()}, {@code type()} and {@code body()}; Spring's {@code getResponseBodyAsString()}), for the
   * quota words only: never quoted in a message
   */
  private static String errorBody(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (String accessor : List.of("code", "type", "body", "getResponseBodyAsString")) {
      Object value = invoke(t, accessor);
      if (value instanceof java.util.Optional<?> o) {
        value = o.orElse(null);
      }
      if (value != null) {
        sb.append(value).append(' ');
      }
    }
    return sb.toString();
  }

  /** {@return the Retry-After seconds of the exception's response headers, when it has them} */
  private static Duration retryAfter(Throwable t) {
    Object headers = invoke(t, "getResponseHeaders");
    if (headers == null) {
      headers = invoke(t, "headers");
    }
    if (headers == null) {
      return null;
    }
    Object value = invoke(headers, "getFirst", "Retry-After");
    if (value == null && invoke(headers, "values", "retry-after") instanceof List<?> values && !values.isEmpty()) {
      value = values.get(0);
    }
    try {
      return value == null ? null : Duration.ofSeconds(Long.parseLong(value.toString().trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object invoke(Object target, String name, Object... args) {
    try {
      Class<?>[] types = new Class<?>[args.length];
      java.util.Arrays.fill(types, String.class);
      Method m = target.getClass().getMethod(name, types);
      m.setAccessible(true);
      return m.invoke(target, args);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static boolean isA(Throwable t, String className) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName()
        : t.getClass().getSimpleName() + ": " + t.getMessage();
    message = message.replaceAll("\\s+", " ").trim();
    return message.length() <= MAX_TEXT ? message : message.substring(0, MAX_TEXT) + "…";
  }
}
