package io.benchmarkhub.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of a stored answer in the response cache and in cassettes: the SHA-256, as 64 lower-case
 * hex digits, of the canonical JSON of one request.
 *
 * <p>The canonical JSON is the UTF-8 of the compact object
 * <pre>{@code
 * {"messages":[{"content":...,"role":"user"}...],"model":...,"params":{...},"provider":...,"repeat":1}
 * }</pre>
 * with every object's keys sorted at any depth: the provider id, the model name (without the provider
 * prefix or a label), the messages (role and content, in order), the parameters that are set
 * ({@code extra}, {@code jsonOutput}, {@code jsonSchema}, {@code maxTokens}, {@code seed},
 * {@code systemPrompt}, {@code temperature}, {@code topP}; see {@link RecordingJson#request}), the
 * offered {@code tools} and {@code toolChoice} (only when tools are offered, so older fingerprints
 * still match) and the 1-based repeat number, so each repeat is an independent sample. When a
 * subject's trial sends the very same request a second time, the request object also holds its
 * {@code "occurrence"} (2, 3, ...), which then joins the canonical JSON, so each send is its own
 * recording; a first occurrence adds nothing, so it shares the fingerprint of the same request made by
 * a prompt. Nothing else: not the base URL, no header, no key, not the benchmark or case.
 *
 * <p>Immutable; equal when the hex is.
 */
final class Fingerprint {
  /** The field of a request object that counts repeated sends of it within one trial. */
  static final String OCCURRENCE = "occurrence";

  private final String hex;

  private Fingerprint(String hex) {
    this.hex = hex;
  }

  /** {@return the fingerprint of a request to a provider, for one repeat} */
  static Fingerprint of(String provider, ChatRequest request, int repeat) {
    return of(provider, request.model(), repeat, RecordingJson.request(request));
  }

  /**
   * {@return the fingerprint of a request in its stored form}
   *
   * @param request {@code {"messages": [...], "params": {...}}}, as {@link RecordingJson#request} makes it,
   *     with {@code "occurrence"} when it is a repeated send within one trial
   */
  static Fingerprint of(String provider, String model, int repeat, JsonNode request) {
    ObjectNode all = JsonNodeFactory.instance.objectNode();
    all.set("messages", request.path("messages"));
    all.put("model", model);
    JsonNode occurrence = request.path(OCCURRENCE);
    if (occurrence.isIntegralNumber() && occurrence.asInt() > 1) {
      all.put(OCCURRENCE, occurrence.asInt());
    }
    all.set("params", request.path("params"));
    all.put("provider", provider);
    all.put("repeat", repeat);
    for (String field : RecordingJson.TOOL_FIELDS) {
      if (request.has(field)) {
        all.set(field, request.get(field));
      }
    }
    try {
      byte[] canonical = RecordingJson.MAPPER.writeValueAsBytes(RecordingJson.sorted(all));
      return new Fingerprint(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint a request to " + provider + ":" + model, e);
    }
  }

  /** {@return the 64 hex digits} */
  String hex() {
    return hex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.hex.equals(hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }

  /** Shows the first 12 hex digits, enough to find the line in a cassette. */
  @Override
  public String toString() {
    return hex.substring(0, 12);
  }
}
