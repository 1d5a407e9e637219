package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A provider that POSTs one JSON request per call to an {@link Endpoint} and reads the JSON answer
 * with a {@link WireFormat}; every built-in provider is one of these.
 *
 * <p>Thread-safe. Calls are synchronous, on the caller's thread. Latency runs from just before the
 * request is sent to the last byte of the answer being parsed. Failures are classified by
 * {@link HttpErrors}.
 */
final class HttpProvider implements Provider {
  private final Endpoint endpoint;
  private final WireFormat wire;

  HttpProvider(Endpoint endpoint, WireFormat wire) {
    this.endpoint = endpoint;
    this.wire = wire;
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    Request http = new Request.Builder()
        .url(wire.url(request.model()))
        .headers(endpoint.headers())
        .post(RequestBody.create(bodyBytes(request), Json.MEDIA_TYPE))
        .build();
    long start = System.nanoTime();
    try (Response response = endpoint.client().newCall(http).execute()) {
      if (!response.isSuccessful()) {
        throw HttpErrors.fromResponse(endpoint, request.model(), response);
      }
      JsonNode root;
      try {
        root = Json.READER.readTree(response.body().byteStream());
      } catch (JsonProcessingException e) {
        throw HttpErrors.malformed(endpoint, response.code(),
            "response is not valid JSON: " + e.getOriginalMessage(), e);
      }
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      if (root == null || root.isMissingNode()) {
        throw HttpErrors.malformed(endpoint, response.code(), "response body is empty", null);
      }
      if (!root.isObject()) {
        throw HttpErrors.malformed(endpoint, response.code(), "response is not a JSON object", null);
      }
      try {
        return wire.read(root, latency);
      } catch (WireFormat.MalformedResponseException e) {
        if (root.has("error")) {
          throw HttpErrors.fromErrorInSuccess(endpoint, request.model(), response, root);
        }
        throw HttpErrors.malformed(endpoint, response.code(), e.getMessage(), null);
      }
    } catch (IOException e) {
      throw HttpErrors.fromIOException(endpoint, e);
    }
  }

  private byte[] bodyBytes(ChatRequest request) throws ProviderException {
    try {
      ObjectNode body = wire.body(request);
      Json.mergeExtra(body, request.params().extra(), wire.replacedWholeByExtra());
      return Json.WRITER.writeValueAsBytes(body);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new ProviderException(Kind.BAD_REQUEST, 0,
          endpoint.providerId() + ": cannot write the request for model '" + request.model() + "': " + e.getMessage(),
          null, null);
    }
  }

  /** {@return the provider without secrets: its id and base URL} */
  @Override
  public String toString() {
    return endpoint.providerId() + " provider at " + endpoint.displayBaseUrl();
  }
}
