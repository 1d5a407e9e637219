package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ToolCall;
import java.util.List;

/**
 * The turns of a tool loop in each API's request shape: an assistant message that called tools and
 * the tool results sent back. Plain messages keep the shape each format gave them before tool turns
 * existed.
 */
final class ToolTurnsJson {
  private ToolTurnsJson() {}

  /**
   * {@return the messages as OpenAI's {@code messages}}: a plain message {@code {"role", "content"}}; an
   * assistant turn with calls {@code {"role": "assistant", "content": text or null, "tool_calls": [{"id",
   * "type": "function", "function": {"name", "arguments"}}]}}, the arguments as the string the model gave;
   * a tool result {@code {"role": "tool", "tool_call_id", "content"}}
   */
  static ArrayNode openAiMessages(List<Message> messages) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(messages.size());
    for (Message m : messages) {
      ObjectNode message = array.addObject().put("role", m.role().wireName());
      if (m.role() == Message.Role.TOOL) {
        message.put("tool_call_id", m.toolCallId().orElseThrow()).put("content", m.content());
      } else if (m.hasToolCalls()) {
        if (m.content().isEmpty()) {
          message.putNull("content");
        } else {
          message.put("content", m.content());
        }
        ArrayNode calls = message.putArray("tool_calls");
        for (ToolCall c : m.toolCalls()) {
          ObjectNode call = calls.addObject().put("id", c.id()).put("type", "function");
          call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
        }
      } else {
        message.put("content", m.content());
      }
    }
    return array;
  }

  /**
   * {@return the messages as Ollama's {@code messages}}: like OpenAI's, but a call's {@code arguments} is an
   * object and a tool result names its tool ({@code {"role": "tool", "tool_name", "content"}}), since Ollama
   * gives calls no ids
   */
  static ArrayNode ollamaMessages(List<Message> messages) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(messages.size());
    for (Message m : messages) {
      ObjectNode message = array.addObject().put("role", m.role().wireName()).put("content", m.content());
      if (m.role() == Message.Role.TOOL) {
        message.put("tool_name", m.toolName().orElseThrow());
      } else if (m.hasToolCalls()) {
        ArrayNode calls = message.putArray("tool_calls");
        for (ToolCall c : m.toolCalls()) {
          calls.addObject().putObject("function").put("name", c.name()).set("arguments", arguments(c));
        }
      }
    }
    return array;
  }

  /**
   * {@return the call's arguments as an object}, for the APIs that take an object (Anthropic
   * {@code input}, Gemini {@code args}, Ollama); arguments that are not a JSON object, which the API
   * would refuse, go as {@code {}}
   */
  static ObjectNode arguments(ToolCall call) {
    return call.parsedArguments().<ObjectNode>map(Json.MAPPER::valueToTree).orElseGet(Json::object);
  }

  /**
   * {@return a tool result as an object}, for Gemini's {@code functionResponse.response}: a result that
   * is a JSON object as it is, anything else as {@code {"result": text}}
   */
  static ObjectNode resultObject(String content) {
    try {
      JsonNode parsed = Json.READER.readTree(content);
      if (parsed != null && parsed.isObject()) {
        return (ObjectNode) parsed;
      }
    } catch (java.io.IOException e) {
      // not JSON: wrapped below
    }
    return Json.object().put("result", content);
  }
}
