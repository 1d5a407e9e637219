package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * The Anthropic Messages wire format ({@code POST {base}/v1/messages}).
 *
 * <p>The system prompt and any system messages of the conversation become the top-level
 * {@code system} string, joined by blank lines; {@code max_tokens}, which the API requires, defaults
 * to {@value #DEFAULT_MAX_TOKENS}. Input tokens include cache writes and reads. No cost is reported.
 *
 * <p>The Messages API has no JSON mode, so {@linkplain io.benchmarkhub.api.ModelParams#jsonOutput()
 * JSON output} and its schema add nothing to the body; in particular no assistant turn is prefilled
 * with "{". The prompt has to ask for JSON, and the answer's reader must tolerate text around it.
 *
 * <p>Tools go as {@code tools: [{"name", "description", "input_schema"}]} with {@code tool_choice}
 * ({@code auto}, {@code any}, {@code none} or {@code tool}) when set; {@code tool_use} content blocks
 * become the completion's tool calls, their {@code input} object as compact JSON. The turns of a tool
 * loop go back as an {@code assistant} message of content blocks (its text, then a {@code tool_use}
 * block {@code {"id", "name", "input"}} per call) and the results as a {@code user} message of
 * {@code tool_result} blocks {@code {"tool_use_id", "content"}}, consecutive results in one message.
 */
final class AnthropicWireFormat implements WireFormat {
  /** The {@code max_tokens} sent when the params set none. */
  static final int DEFAULT_MAX_TOKENS = 1024;

  private static final Json.SamplingNames NAMES = new Json.SamplingNames("temperature", "top_p", "max_tokens", null);

  private final HttpUrl url;

  AnthropicWireFormat(HttpUrl baseUrl) {
    this.url = baseUrl.newBuilder().addPathSegments("v1/messages").build();
  }

  @Override
  public HttpUrl url(String model) {
    return url;
  }

  @Override
  public ObjectNode body(ChatRequest request) {
    ObjectNode body = Json.object().put("model", request.model())
        .put("max_tokens", request.params().maxTokens().orElse(DEFAULT_MAX_TOKENS));
    StringBuilder system = new StringBuilder(request.params().systemPrompt().orElse(""));
    ArrayNode messages = body.putArray("messages");
    ArrayNode results = null;
    for (Message m : request.messages()) {
      if (m.role() == Message.Role.TOOL) {
        if (results == null) {
          results = messages.addObject().put("role", "user").putArray("content");
        }
        results.addObject().put("type", "tool_result").put("tool_use_id", m.toolCallId().orElseThrow())
            .put("content", m.content());
        continue;
      }
      results = null;
      if (m.role() == Message.Role.SYSTEM) {
        system.append(system.length() == 0 ? "" : "\n\n").append(m.content());
      } else if (m.hasToolCalls()) {
        messages.add(toolUse(m));
      } else {
        messages.addObject().put("role", m.role().wireName()).put("content", m.content());
      }
    }
    if (system.length() > 0) {
      body.put("system", system.toString());
    }
    if (!request.tools().isEmpty()) {
      ArrayNode tools = body.putArray("tools");
      for (ToolDefinition t : request.tools()) {
        ObjectNode tool = tools.addObject().put("name", t.name());
        if (!t.description().isEmpty()) {
          tool.put("description", t.description());
        }
        tool.set("input_schema", ToolsJson.parameters(t));
      }
      request.choice().ifPresent(c -> body.set("tool_choice", toolChoice(c)));
    }
    return Json.putSampling(body, request.params(), NAMES);
  }

  /** {@return an assistant turn with its text (when any) and a {@code tool_use} block per call} */
  private static ObjectNode toolUse(Message m) {
    ObjectNode message = Json.object().put("role", "assistant");
    ArrayNode blocks = message.putArray("content");
    if (!m.content().isEmpty()) {
      blocks.addObject().put("type", "text").put("text", m.content());
    }
    for (ToolCall c : m.toolCalls()) {
      blocks.addObject().put("type", "tool_use").put("id", c.id()).put("name", c.name())
          .set("input", ToolTurnsJson.arguments(c));
    }
    return message;
  }

  /** {@return {"type": "auto"}, {"type": "any"}, {"type": "none"} or {"type": "tool", "name": ...}} */
  private static ObjectNode toolChoice(ToolChoice choice) {
    return switch (choice.mode()) {
      case AUTO -> Json.object().put("type", "auto");
      case REQUIRED -> Json.object().put("type", "any");
      case NONE -> Json.object().put("type", "none");
      case TOOL -> Json.object().put("type", "tool").put("name", choice.toolName().orElseThrow());
    };
  }

  @Override
  public Completion read(JsonNode root, Duration latency) throws MalformedResponseException {
    JsonNode content = root.path("content");
    if (!content.isArray()) {
      throw new MalformedResponseException("returned no content");
    }
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode block : content) {
      String type = Json.text(block.path("type"));
      String t = Json.text(block.path("text"));
      if (t != null && "text".equals(type)) {
        text.append(t);
      } else if ("tool_use".equals(type) && Json.text(block.path("name")) != null) {
        calls.add(ToolsJson.fromObject(Json.text(block.path("id")), Json.text(block.path("name")),
            block.path("input")));
      }
    }
    JsonNode usage = root.path("usage");
    long input = Json.count(usage.path("input_tokens")) + Json.count(usage.path("cache_creation_input_tokens"))
        + Json.count(usage.path("cache_read_input_tokens"));
    return new Completion(text.toString(),
        ToolsJson.finishReason(finishReason(Json.text(root.path("stop_reason"))), calls), latency,
        Usage.of(input, Json.count(usage.path("output_tokens"))), Json.text(root.path("model")), CompletionOrigin.LIVE,
        calls);
  }

  private static FinishReason finishReason(String reason) {
    if (reason == null) {
      return FinishReason.OTHER;
    }
    return switch (reason) {
      case "end_turn", "stop_sequence" -> FinishReason.STOP;
      case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
      case "refusal" -> FinishReason.CONTENT_FILTER;
      case "tool_use" -> FinishReason.TOOL_CALLS;
      default -> FinishReason.OTHER;
    };
  }
}
