package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import java.time.Duration;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * How one provider API spells a chat request and its answer; {@link HttpProvider} does the sending.
 *
 * <p>Implementations are immutable and thread-safe.
 */
interface WireFormat {

  /** {@return the URL to POST a request for this model to} */
  HttpUrl url(String model);

  /**
   * {@return the request body, without the user's extra fields} ({@link HttpProvider} merges those
   * in)
   */
  ObjectNode body(ChatRequest request);

  /**
   * {@return the dotted paths of body fields that the user's extra field of the same path replaces
   * whole instead of merging into}: the fields the JSON output option writes, so that an extra
   * {@code response_format} (say) is sent exactly as given; empty by default
   */
  default Set<String> replacedWholeByExtra() {
    return Set.of();
  }

  /**
   * Maps a successful response body to the completion.
   *
   * @param root the parsed body, never null
   * @param latency from sending the request to reading the last byte
   * @throws MalformedResponseException when the body lacks what an answer needs
   */
  Completion read(JsonNode root, Duration latency) throws MalformedResponseException;

  /** A 2xx response body lacked what an answer needs, e.g. "returned no choices". */
  final class MalformedResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was missing, phrased to follow the provider id, e.g. "returned no choices"
     */
    MalformedResponseException(String problem) {
      super(problem, null, false, false);
    }
  }
}
