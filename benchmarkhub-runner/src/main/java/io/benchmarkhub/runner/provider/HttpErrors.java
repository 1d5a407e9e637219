package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * Turns every way a provider call can fail into a {@link ProviderException} of the right
 * {@link Kind}: the one place all built-in providers classify errors.
 *
 * <table>
 *   <caption>Classification</caption>
 *   <tr><th>What happened</th><th>Kind</th></tr>
 *   <tr><td>401, 403; 400 naming {@code API_KEY_INVALID} (Gemini)</td><td>AUTHENTICATION</td></tr>
 *   <tr><td>404</td><td>NOT_FOUND</td></tr>
 *   <tr><td>402; 400 or 429 whose body names a spent quota or limit</td><td>QUOTA_EXHAUSTED</td></tr>
 *   <tr><td>429 otherwise (Retry-After, else Gemini's RetryInfo)</td><td>RATE_LIMITED</td></tr>
 *   <tr><td>408; timeouts</td><td>TIMEOUT</td></tr>
 *   <tr><td>5xx, 529, {@code overloaded_error}</td><td>SERVER_ERROR</td></tr>
 *   <tr><td>other 4xx (400, 422 …) and 3xx</td><td>BAD_REQUEST</td></tr>
 *   <tr><td>refused, reset, unknown host, body cut short</td><td>CONNECTION</td></tr>
 *   <tr><td>2xx that is not JSON or has no answer</td><td>MALFORMED_RESPONSE</td></tr>
 * </table>
 *
 * <p>Messages name the provider and the HTTP status and quote at most {@value #MAX_ERROR_TEXT}
 * characters of the provider's error text, with the API key replaced by {@value Redactor#MASK}.
 * They never quote request headers. A cause is attached only when nothing in its chain contains the
 * key.
 */
final class HttpErrors {
  /** The most characters of the provider's error text a message quotes. */
  static final int MAX_ERROR_TEXT = 500;
  /** The most bytes of an error body read. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  /** Body text that says a quota or spend limit is used up, not just a per-minute rate exceeded. */
  private static final Pattern QUOTA_SPENT = Pattern.compile(
      "insufficient_quota|enforced_spend_limit_reached|spend limit|perday|per day|credit balance"
          + "|usage limits|limit:\\s*0(?![\\d.])");
  /** Gemini's "42s" or "1.5s" retry delay. */
  private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)s");

  private HttpErrors() {}

  /**
   * {@return the exception for a response with a non-2xx status}; reads at most
   * {@value #MAX_ERROR_BODY_BYTES} bytes of its body
   */
  static ProviderException fromResponse(Endpoint endpoint, String model, Response response) {
    byte[] bytes;
    try {
      bytes = response.body().byteStream().readNBytes(MAX_ERROR_BODY_BYTES);
    } catch (IOException e) {
      bytes = new byte[0];
    }
    return classify(endpoint, model, response.code(), response.headers(), ErrorBody.parse(bytes, endpoint.redactor()));
  }

  /**
   * {@return the exception for a 2xx body that carries an error instead of an answer} (OpenRouter
   * reports failures during generation this way); classified by the body's {@code error.code} when
   * that is an HTTP status, else MALFORMED_RESPONSE
   */
  static ProviderException fromErrorInSuccess(Endpoint endpoint, String model, Response response, JsonNode root) {
    ErrorBody body = ErrorBody.of(root, root.toString(), endpoint.redactor());
    int code = root.path("error").path("code").asInt(0);
    if (code >= 400 && code <= 599) {
      return classify(endpoint, model, code, response.headers(), body);
    }
    return malformed(endpoint, response.code(), "returned an error instead of an answer: " + body.text(), null);
  }

  /** {@return a MALFORMED_RESPONSE exception, e.g. for "returned no choices"} */
  static ProviderException malformed(Endpoint endpoint, int status, String problem, Throwable cause) {
    return new ProviderException(Kind.MALFORMED_RESPONSE, status,
        endpoint.providerId() + ": HTTP " + status + " " + endpoint.redactor().redact(problem), null,
        endpoint.redactor().safeCause(cause));
  }

  /** {@return the exception for a call that failed without a response: timeout or connection} */
  static ProviderException fromIOException(Endpoint endpoint, IOException e) {
    Redactor redactor = endpoint.redactor();
    Throwable cause = redactor.safeCause(e);
    String detail = redactor.redact(describe(e));
    String id = endpoint.providerId();
    if (e instanceof InterruptedIOException) {
      String what = Thread.currentThread().isInterrupted()
          ? "the request was interrupted"
          : "no complete response within " + endpoint.client().callTimeoutMillis() + " ms (the request timeout)";
      return new ProviderException(Kind.TIMEOUT, 0, id + ": " + what + ": " + detail, null, cause);
    }
    String base = endpoint.displayBaseUrl();
    if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
      String hint = endpoint.connectionHint() == null ? "" : " " + endpoint.connectionHint();
      return new ProviderException(Kind.CONNECTION, 0, id + ": cannot connect to " + base + ": " + detail + "." + hint,
          null, cause);
    }
    return new ProviderException(Kind.CONNECTION, 0, id + ": connection to " + base + " failed: " + detail,
        null, cause);
  }

  private static ProviderException classify(Endpoint endpoint, String model, int status, Headers headers,
      ErrorBody body) {
    Kind kind;
    String what;
    Duration retryAfter = null;
    if (status == 401 || status == 403 || (status == 400 && body.names("api_key_invalid"))) {
      kind = Kind.AUTHENTICATION;
      what = authenticationAdvice(endpoint, model);
    } else if (status == 404) {
      kind = Kind.NOT_FOUND;
      what = "model '" + model + "' not found at provider " + endpoint.providerId() + " ("
          + endpoint.displayBaseUrl() + "): check the model name (and the base URL)";
    } else if (status == 402 || ((status == 429 || status == 400) && body.quotaSpent())) {
      kind = Kind.QUOTA_EXHAUSTED;
      what = "quota or spend limit exhausted: retrying will not help until it resets or is raised";
    } else if (status == 429) {
      kind = Kind.RATE_LIMITED;
      retryAfter = retryAfter(headers);
      if (retryAfter == null) {
        retryAfter = body.retryDelay();
      }
      what = "rate limited" + advice(retryAfter);
    } else if (status == 408) {
      kind = Kind.TIMEOUT;
      what = "the server timed the request out";
    } else if (status >= 500 || "overloaded_error".equals(body.type())) {
      kind = Kind.SERVER_ERROR;
      retryAfter = retryAfter(headers);
      what = "server error or overload" + advice(retryAfter);
    } else if (status >= 400) {
      kind = Kind.BAD_REQUEST;
      what = "request rejected";
    } else {
      kind = Kind.BAD_REQUEST;
      what = "unexpected status: check the base URL " + endpoint.displayBaseUrl();
    }
    StringBuilder message = new StringBuilder(endpoint.providerId()).append(": HTTP ").append(status).append(' ')
        .append(what);
    if (!body.text().isEmpty()) {
      message.append(". Provider said: ").append(body.text());
    }
    String requestId = headers.get("request-id") != null ? headers.get("request-id") : headers.get("x-request-id");
    if (requestId != null) {
      message.append(" (request id ").append(endpoint.redactor().redact(requestId)).append(')');
    }
    return new ProviderException(kind, status, message.toString(), retryAfter, null);
  }

  private static String authenticationAdvice(Endpoint endpoint, String model) {
    String variable = endpoint.keyVariable();
    if (variable == null) {
      return "authentication failed: the server wants credentials this provider does not send";
    }
    if (!endpoint.keySent()) {
      return "authentication failed: no API key was sent; set the environment variable " + variable;
    }
    return "authentication failed: the key was refused or lacks access to model '" + model
        + "'; check the API key in the environment variable " + variable;
  }

  /**
   * {@return the wait a {@code Retry-After} header (seconds or an HTTP date) or a
   * {@code retry-after-ms} header asks for, or null}
   */
  static Duration retryAfter(Headers headers) {
    String value = headers.get("Retry-After");
    if (value != null) {
      value = value.strip();
      try {
        long seconds = Long.parseLong(value);
        return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
      } catch (NumberFormatException notSeconds) {
        try {
          ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
          Duration wait = Duration.between(ZonedDateTime.now(), until);
          return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
          return null;
        }
      }
    }
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      try {
        double ms = Double.parseDouble(millis.strip());
        return ms >= 0 ? Duration.ofMillis((long) ms) : null;
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  private static String advice(Duration retryAfter) {
    if (retryAfter == null) {
      return "";
    }
    long millis = retryAfter.toMillis();
    return " (retry after " + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms") + ")";
  }

  /** {@return the exception's message, followed by its root cause's when that says more} */
  private static String describe(IOException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    if (e instanceof UnknownHostException) {
      message = "unknown host " + message;
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String rootMessage = root.getMessage();
    boolean saysMore = root != e && rootMessage != null && !message.contains(rootMessage);
    return saysMore ? message + " (" + rootMessage + ")" : message;
  }

  /**
   * What an error body says, already redacted.
   *
   * @param text the provider's error message, one line, at most {@value #MAX_ERROR_TEXT} characters
   * @param raw the whole body as text (at most {@value #MAX_ERROR_BODY_BYTES} bytes), lower case
   * @param type the error's type or status word (e.g. "overloaded_error"), or null
   * @param retryDelay the delay of Gemini's {@code RetryInfo}, or null
   */
  private record ErrorBody(String text, String raw, String type, Duration retryDelay) {

    static ErrorBody parse(byte[] bytes, Redactor redactor) {
      String raw = new String(bytes, StandardCharsets.UTF_8);
      JsonNode root;
      try {
        root = Json.READER.readTree(bytes);
      } catch (IOException notJson) {
        root = null;
      }
      return of(root == null ? Json.object() : root, raw, redactor);
    }

    static ErrorBody of(JsonNode root, String raw, Redactor redactor) {
      JsonNode error = root.path("error");
      String message = error.isTextual() ? error.textValue() : Json.text(error.path("message"));
      if (message == null) {
        message = Json.text(root.path("message"));
      }
      if (message == null) {
        message = Json.text(root.path("detail"));
      }
      if (message == null) {
        message = raw;
      }
      String upstream = Json.text(error.path("metadata").path("raw"));
      if (upstream != null) {
        String name = Json.text(error.path("metadata").path("provider_name"));
        message += " (upstream" + (name == null ? "" : " " + name) + ": " + upstream + ")";
      }
      String type = Json.text(error.path("type"));
      if (type == null) {
        type = Json.text(error.path("status"));
      }
      return new ErrorBody(oneLine(redactor.redact(message)), redactor.redact(raw).toLowerCase(Locale.ROOT), type,
          retryDelay(error.path("details")));
    }

    boolean names(String marker) {
      return raw.contains(marker);
    }

    boolean quotaSpent() {
      return QUOTA_SPENT.matcher(raw).find();
    }

    private static Duration retryDelay(JsonNode details) {
      for (JsonNode detail : details) {
        String type = Json.text(detail.path("@type"));
        String delay = Json.text(detail.path("retryDelay"));
        if (type != null && type.endsWith("RetryInfo") && delay != null) {
          Matcher m = SECONDS.matcher(delay.strip());
          if (m.matches()) {
            return Duration.ofMillis(Math.round(Double.parseDouble(m.group(1)) * 1000));
          }
        }
      }
      return null;
    }

    private static String oneLine(String text) {
      String line = text.strip().replaceAll("\\s+", " ");
      return line.length() <= MAX_ERROR_TEXT ? line : line.substring(0, MAX_ERROR_TEXT - 1) + "…";
    }
  }
}
