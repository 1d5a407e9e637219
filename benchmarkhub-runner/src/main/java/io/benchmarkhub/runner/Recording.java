package io.benchmarkhub.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.Usage;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;

/**
 * One stored answer: a request (provider, model, repeat, messages, params), its fingerprint and the
 * successful completion. A cassette holds one per line, the response cache one per file, both as
 * <pre>{@code
 * {"fingerprint": "...", "provider": "openai", "model": "gpt-4o-mini", "repeat": 1,
 *  "request": {"messages": [{"content": "...", "role": "user"}], "params": {"temperature": 0.0}},
 *  "response": {"text": "...", "finishReason": "STOP", "latencyMs": 412, "inputTokens": 66,
 *               "outputTokens": 1, "costUsd": null, "servedModel": "gpt-4o-mini-2024-07-18"}}
 * }</pre>
 * (on a single line). A subject's repeated send of the same request within one trial adds
 * {@code "occurrence": 2} (3, ...) to the request object (see {@link Fingerprint}). A request that
 * offers tools also has {@code request.tools} and maybe {@code request.toolChoice} (see
 * {@link RecordingJson#request}); an answer with tool calls also has {@code response.toolCalls},
 * {@code [{"arguments": "<JSON text as the provider gave it>", "id": ..., "name": ...}]}. Lines without
 * these fields (all lines written before tool calls existed) read as before. There is no field for a
 * header, a base URL or a key, so none can be stored.
 *
 * @param fingerprint the request's fingerprint
 * @param provider the provider id
 * @param model the model name
 * @param repeat the 1-based repeat number
 * @param request {@code {"messages": [...], "params": {...}}}, as {@link RecordingJson#request} makes it
 * @param completion the answer
 */
record Recording(Fingerprint fingerprint, String provider, String model, int repeat, JsonNode request,
    Completion completion) {

  /** The order of a cassette's lines: provider, model, first user message, repeat, then fingerprint. */
  static final Comparator<Recording> CASSETTE_ORDER = Comparator.comparing(Recording::provider)
      .thenComparing(Recording::model)
      .thenComparing(Recording::firstUserMessage)
      .thenComparingInt(Recording::repeat)
      .thenComparing(r -> r.fingerprint().hex());

  /** {@return the content of the first user message, or "" when there is none} */
  String firstUserMessage() {
    for (JsonNode m : request.path("messages")) {
      if ("user".equals(m.path("role").asText())) {
        return m.path("content").asText();
      }
    }
    return "";
  }

  /** {@return the recording as one line of JSON, without the line break} */
  String toJsonLine() {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("fingerprint", fingerprint.hex());
    line.put("provider", provider);
    line.put("model", model);
    line.put("repeat", repeat);
    line.set("request", request);
    ObjectNode response = line.putObject("response");
    response.put("text", completion.text());
    response.put("finishReason", completion.finishReason().name());
    response.put("latencyMs", completion.latency().toMillis());
    response.put("inputTokens", completion.usage().inputTokens());
    response.put("outputTokens", completion.usage().outputTokens());
    OptionalDouble cost = completion.usage().costUsd();
    if (cost.isPresent()) {
      response.put("costUsd", cost.getAsDouble());
    } else {
      response.putNull("costUsd");
    }
    response.put("servedModel", completion.servedModel());
    if (!completion.toolCalls().isEmpty()) {
      ArrayNode calls = response.putArray("toolCalls");
      for (ToolCall c : completion.toolCalls()) {
        calls.addObject().put("id", c.id()).put("name", c.name()).put("arguments", c.arguments());
      }
    }
    try {
      return RecordingJson.MAPPER.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the recording of " + provider + ":" + model, e);
    }
  }

  /**
   * {@return the recording on this line, its completion marked with this origin}
   *
   * @throws IllegalArgumentException saying what is wrong: not JSON, a field missing or of the wrong
   *     type, or a fingerprint that does not match the request (the line was edited)
   */
  static Recording parse(String line, CompletionOrigin origin) {
    JsonNode node;
    try {
      node = RecordingJson.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String provider = text(node, "", "provider", false);
    String model = text(node, "", "model", false);
    long repeat = count(node, "", "repeat");
    if (repeat < 1 || repeat > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("field 'repeat' must be a whole number >= 1, was " + repeat);
    }
    JsonNode given = node.path("request");
    if (!given.path("messages").isArray() || !given.path("params").isObject()) {
      throw new IllegalArgumentException("field 'request' must be an object with a 'messages' array and a "
          + "'params' object");
    }
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.set("messages", RecordingJson.sorted(given.path("messages")));
    request.set("params", RecordingJson.sorted(given.path("params")));
    JsonNode occurrence = given.path(Fingerprint.OCCURRENCE);
    if (!occurrence.isMissingNode()) {
      if (!occurrence.isIntegralNumber() || occurrence.asLong() < 2 || occurrence.asLong() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("field 'request.occurrence' must be a whole number >= 2");
      }
      request.put(Fingerprint.OCCURRENCE, occurrence.asInt());
    }
    if (given.has("tools") && !given.path("tools").isArray()) {
      throw new IllegalArgumentException("field 'request.tools' must be an array");
    }
    for (String field : RecordingJson.TOOL_FIELDS) {
      if (given.has(field)) {
        request.set(field, RecordingJson.sorted(given.get(field)));
      }
    }
    Fingerprint fingerprint = Fingerprint.of(provider, model, (int) repeat, request);
    if (!fingerprint.hex().equals(node.path("fingerprint").asText())) {
      throw new IllegalArgumentException("field 'fingerprint' does not match the request on the same line "
          + "(was the request edited?)");
    }
    return new Recording(fingerprint, provider, model, (int) repeat, request,
        completion(node.path("response"), origin));
  }

  private static Completion completion(JsonNode response, CompletionOrigin origin) {
    if (!response.isObject()) {
      throw new IllegalArgumentException("field 'response' must be an object");
    }
    FinishReason finish;
    String reason = text(response, "response.", "finishReason", false);
    try {
      finish = FinishReason.valueOf(reason);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field 'response.finishReason' must be one of "
          + Arrays.toString(FinishReason.values()) + ", was '" + reason + "'");
    }
    JsonNode cost = response.path("costUsd");
    if (!cost.isMissingNode() && !cost.isNull() && !(cost.isNumber() && cost.asDouble() >= 0)) {
      throw new IllegalArgumentException("field 'response.costUsd' must be a number >= 0 or null");
    }
    Usage usage = Usage.of(count(response, "response.", "inputTokens"), count(response, "response.", "outputTokens"));
    return new Completion(text(response, "response.", "text", false), finish,
        Duration.ofMillis(count(response, "response.", "latencyMs")),
        cost.isNumber() ? usage.withCost(cost.asDouble()) : usage, text(response, "response.", "servedModel", true),
        origin, toolCalls(response.path("toolCalls")));
  }

  /** {@return the recorded tool calls}: none when the field is absent (lines written before tool calls) */
  private static List<ToolCall> toolCalls(JsonNode calls) {
    if (calls.isMissingNode() || calls.isNull()) {
      return List.of();
    }
    if (!calls.isArray()) {
      throw new IllegalArgumentException("field 'response.toolCalls' must be an array");
    }
    List<ToolCall> read = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      String prefix = "response.toolCalls[" + i + "].";
      JsonNode c = calls.get(i);
      read.add(ToolCall.of(text(c, prefix, "id", false), text(c, prefix, "name", false),
          text(c, prefix, "arguments", false)));
    }
    return read;
  }

  private static String text(JsonNode parent, String prefix, String field, boolean nullable) {
    JsonNode v = parent.path(field);
    if (nullable && (v.isMissingNode() || v.isNull())) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field '" + prefix + field + "' must be a string"
          + (nullable ? " or null" : ""));
    }
    return v.textValue();
  }

  private static long count(JsonNode parent, String prefix, String field) {
    JsonNode v = parent.path(field);
    if (!v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < 0) {
      throw new IllegalArgumentException("field '" + prefix + field + "' must be a whole number >= 0");
    }
    return v.asLong();
  }
}
