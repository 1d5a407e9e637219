package io.benchmarkhub.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolDefinition;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON shared by cassettes, the response cache and {@link Fingerprint}: the request object of a
 * recording and its canonical (key-sorted) form.
 */
final class RecordingJson {
  /** The mapper of every recording; thread-safe once configured, which happens here. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordingJson() {}

  /**
   * {@return the request as a cassette stores it}: {@code {"messages": [{"content", "role"}...],
   * "params": {...}}}, where params holds only what is set, under the names {@code extra} (an object of
   * the extra body fields), {@code jsonOutput} ({@code true}, only when JSON output is asked for),
   * {@code jsonSchema} (the schema object, only when one is set), {@code maxTokens}, {@code seed},
   * {@code systemPrompt}, {@code temperature} and {@code topP}; every object's keys sorted, as in the
   * canonical form. Params without JSON output thus look exactly as they did before that option
   * existed, and so do their fingerprints. A request that offers tools also has {@code tools}
   * ({@code [{"description", "name", "parameters"}]}, in order) and, when set, {@code toolChoice}
   * ({@code "auto"}, {@code "required"}, {@code "none"} or {@code "tool:<name>"}); a request without
   * tools has neither, so its form and fingerprint are as before tools existed. The turns of a tool
   * loop add to their message only what they have: an assistant turn that calls tools its
   * {@code toolCalls} ({@code [{"arguments", "id", "name"}]}, arguments as the JSON text the model
   * gave), a tool result (role {@code tool}) its {@code toolCallId} and {@code toolName}; a plain
   * message stays {@code {"content", "role"}}.
   *
   * @throws IllegalArgumentException when an extra field or the JSON schema cannot be written as JSON
   */
  static ObjectNode request(ChatRequest request) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ArrayNode messages = node.putArray("messages");
    for (Message m : request.messages()) {
      ObjectNode message = messages.addObject().put("role", m.role().wireName()).put("content", m.content());
      if (m.hasToolCalls()) {
        ArrayNode calls = message.putArray("toolCalls");
        for (ToolCall c : m.toolCalls()) {
          calls.addObject().put("id", c.id()).put("name", c.name()).put("arguments", c.arguments());
        }
      }
      m.toolCallId().ifPresent(id -> message.put("toolCallId", id));
      m.toolName().ifPresent(name -> message.put("toolName", name));
    }
    ModelParams p = request.params();
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    if (!p.extra().isEmpty()) {
      params.set("extra", MAPPER.valueToTree(p.extra()));
    }
    if (p.jsonOutput()) {
      params.put("jsonOutput", true);
    }
    p.jsonSchema().ifPresent(v -> params.set("jsonSchema", MAPPER.valueToTree(v)));
    p.maxTokens().ifPresent(v -> params.put("maxTokens", v));
    p.seed().ifPresent(v -> params.put("seed", v));
    p.systemPrompt().ifPresent(v -> params.put("systemPrompt", v));
    p.temperature().ifPresent(v -> params.put("temperature", v));
    p.topP().ifPresent(v -> params.put("topP", v));
    node.set("params", params);
    if (!request.tools().isEmpty()) {
      ArrayNode tools = node.putArray("tools");
      for (ToolDefinition t : request.tools()) {
        tools.addObject().put("name", t.name()).put("description", t.description())
            .set("parameters", MAPPER.valueToTree(t.parameters()));
      }
      request.choice().ifPresent(c -> node.put("toolChoice", c.toString()));
    }
    return (ObjectNode) sorted(node);
  }

  /** The request fields that only a request offering tools has. */
  static final java.util.List<String> TOOL_FIELDS = java.util.List.of("toolChoice", "tools");

  /** {@return a copy of the node in which every object's keys are in ascending order, at any depth} */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        fields.put(f.getKey(), sorted(f.getValue()));
      }
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      node.forEach(e -> copy.add(sorted(e)));
      return copy;
    }
    return node;
  }
}
