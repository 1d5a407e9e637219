package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolDefinition;
import java.util.List;

/** The tool plumbing the wire formats share: OpenAI's tool list, schemas and arguments as JSON. */
final class ToolsJson {
  private ToolsJson() {}

  /**
   * {@return the tools as OpenAI's (and Ollama's) {@code tools}}: {@code [{"type": "function",
   * "function": {"name", "description", "parameters"}}]}
   */
  static ArrayNode openAiTools(List<ToolDefinition> tools) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(tools.size());
    for (ToolDefinition t : tools) {
      ObjectNode function = array.addObject().put("type", "function").putObject("function");
      function.put("name", t.name());
      if (!t.description().isEmpty()) {
        function.put("description", t.description());
      }
      function.set("parameters", parameters(t));
    }
    return array;
  }

  /** {@return the tool's parameters schema as a tree} */
  static JsonNode parameters(ToolDefinition tool) {
    return Json.MAPPER.valueToTree(tool.parameters());
  }

  /**
   * {@return the call of an API that gives the arguments as an object (Anthropic, Gemini, Ollama)},
   * its arguments as compact JSON; missing arguments are {@code {}}
   */
  static ToolCall fromObject(String id, String name, JsonNode arguments) {
    if (arguments.isMissingNode() || arguments.isNull()) {
      return ToolCall.of(id, name, "{}");
    }
    try {
      return ToolCall.of(id, name, Json.MAPPER.writeValueAsString(arguments));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a parsed JSON tree", e);
    }
  }

  /**
   * {@return {@link FinishReason#TOOL_CALLS} when the model called tools and stopped normally} (OpenAI
   * with a forced tool choice, and Gemini always, report a plain stop), else the reason as it is
   */
  static FinishReason finishReason(FinishReason reported, List<ToolCall> calls) {
    return !calls.isEmpty() && (reported == FinishReason.STOP || reported == FinishReason.OTHER)
        ? FinishReason.TOOL_CALLS : reported;
  }
}
