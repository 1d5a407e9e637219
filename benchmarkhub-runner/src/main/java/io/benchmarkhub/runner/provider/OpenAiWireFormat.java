package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import com.fasterxml.jackson.databind.node.TextNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import java.util.ArrayList;
import java.util.List;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.ModelParams;
import java.time.Duration;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The OpenAI Chat Completions wire format ({@code POST {base}/chat/completions}), spoken by OpenAI,
 * OpenRouter and the OpenAI-compatible servers (vLLM, LM Studio, Together …).
 *
 * <p>The system prompt goes first as a {@code system} message. A reported {@code usage.cost}
 * (OpenRouter, in USD) becomes the cost; a {@code message.refusal} becomes the text with
 * {@link FinishReason#CONTENT_FILTER}.
 *
 * <p>{@linkplain ModelParams#jsonOutput() JSON output} becomes {@code "response_format":
 * {"type": "json_object"}}, or with a schema {@code "response_format": {"type": "json_schema",
 * "json_schema": {"name": "answer", "strict": true, "schema": ...}}}: strict, so that the answer
 * follows the schema exactly (OpenAI then requires its strict subset of JSON Schema). An extra
 * {@code response_format} replaces it whole.
 *
 * <p>Tools go as {@code tools: [{"type": "function", "function": {"name", "description",
 * "parameters"}}]} with {@code tool_choice} when set; the answer's {@code message.tool_calls} become
 * the completion's tool calls, their {@code function.arguments} string kept as given. The turns of a
 * tool loop go back as an {@code assistant} message with {@code tool_calls} (its {@code content} null
 * when it said nothing) and one {@code tool} message with {@code tool_call_id} per result.
 */
final class OpenAiWireFormat implements WireFormat {
  /** The {@code json_schema.name} sent with a schema; the API requires one. */
  static final String SCHEMA_NAME = "answer";

  private final HttpUrl url;
  private final Json.SamplingNames names;

  /**
   * Creates the format.
   *
   * @param maxTokensField {@code max_completion_tokens} for OpenAI itself, {@code max_tokens} for
   *     the compatible servers
   */
  OpenAiWireFormat(HttpUrl baseUrl, String maxTokensField) {
    this.url = baseUrl.newBuilder().addPathSegments("chat/completions").build();
    this.names = new Json.SamplingNames("temperature", "top_p", maxTokensField, "seed");
  }

  @Override
  public HttpUrl url(String model) {
    return url;
  }

  @Override
  public ObjectNode body(ChatRequest request) {
    ObjectNode body = Json.object().put("model", request.model());
    body.set("messages", ToolTurnsJson.openAiMessages(request.messagesWithSystemPrompt()));
    Json.putSampling(body, request.params(), names);
    if (request.params().jsonOutput()) {
      body.set("response_format", responseFormat(request.params()));
    }
    if (!request.tools().isEmpty()) {
      body.set("tools", ToolsJson.openAiTools(request.tools()));
      request.choice().ifPresent(c -> body.set("tool_choice", toolChoice(c)));
    }
    return body;
  }

  /** {@return "auto", "required", "none", or {"type": "function", "function": {"name": ...}}} */
  private static JsonNode toolChoice(ToolChoice choice) {
    if (choice.mode() == ToolChoice.Mode.TOOL) {
      ObjectNode named = Json.object().put("type", "function");
      named.putObject("function").put("name", choice.toolName().orElseThrow());
      return named;
    }
    return TextNode.valueOf(choice.toString());
  }

  /**
   * {@return the message's {@code tool_calls}}: each {@code function} call with its id, name and
   * {@code arguments} string kept as given (a model may write arguments that are not JSON)
   */
  private static List<ToolCall> toolCalls(JsonNode message) {
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode call : message.path("tool_calls")) {
      JsonNode function = call.path("function");
      String name = Json.text(function.path("name"));
      if (name == null) {
        continue;
      }
      JsonNode arguments = function.path("arguments");
      calls.add(arguments.isTextual() ? ToolCall.of(Json.text(call.path("id")), name, arguments.textValue())
          : ToolsJson.fromObject(Json.text(call.path("id")), name, arguments));
    }
    return calls;
  }

  @Override
  public Set<String> replacedWholeByExtra() {
    return Set.of("response_format");
  }

  private static ObjectNode responseFormat(ModelParams params) {
    if (params.jsonSchema().isEmpty()) {
      return Json.object().put("type", "json_object");
    }
    ObjectNode format = Json.object().put("type", "json_schema");
    format.putObject("json_schema").put("name", SCHEMA_NAME).put("strict", true)
        .set("schema", Json.jsonSchema(params));
    return format;
  }

  @Override
  public Completion read(JsonNode root, Duration latency) throws MalformedResponseException {
    JsonNode choices = root.path("choices");
    if (!choices.isArray() || choices.isEmpty()) {
      throw new MalformedResponseException("returned no choices");
    }
    JsonNode choice = choices.get(0);
    JsonNode message = choice.path("message");
    if (!message.isObject()) {
      throw new MalformedResponseException("returned a choice without a message");
    }
    String text = text(message.path("content"));
    FinishReason reason = finishReason(Json.text(choice.path("finish_reason")));
    String refusal = Json.text(message.path("refusal"));
    if (refusal != null && !refusal.isEmpty()) {
      text = refusal;
      reason = FinishReason.CONTENT_FILTER;
    }
    JsonNode usage = root.path("usage");
    Usage used = Usage.of(Json.count(usage.path("prompt_tokens")), Json.count(usage.path("completion_tokens")));
    JsonNode cost = usage.path("cost");
    if (cost.isNumber() && cost.asDouble() >= 0) {
      used = used.withCost(cost.asDouble());
    }
    List<ToolCall> calls = toolCalls(message);
    return new Completion(text, ToolsJson.finishReason(reason, calls), latency, used, Json.text(root.path("model")),
        CompletionOrigin.LIVE, calls);
  }

  /** {@return the content as text: a string, the text parts of an array (some servers), or ""} */
  private static String text(JsonNode content) {
    if (content.isTextual()) {
      return content.textValue();
    }
    if (content.isArray()) {
      StringBuilder text = new StringBuilder();
      for (JsonNode part : content) {
        String t = Json.text(part.path("text"));
        if (t != null && "text".equals(Json.text(part.path("type")))) {
          text.append(t);
        }
      }
      return text.toString();
    }
    return "";
  }

  private static FinishReason finishReason(String reason) {
    if (reason == null) {
      return FinishReason.OTHER;
    }
    return switch (reason) {
      case "stop" -> FinishReason.STOP;
      case "length" -> FinishReason.LENGTH;
      case "content_filter" -> FinishReason.CONTENT_FILTER;
      case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
      default -> FinishReason.OTHER;
    };
  }
}
