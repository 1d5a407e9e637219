package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
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
    body.set("messages", Json.roleContentMessages(request.messagesWithSystemPrompt()));
    Json.putSampling(body, request.params(), names);
    if (request.params().jsonOutput()) {
      body.set("response_format", responseFormat(request.params()));
    }
    return body;
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
    return new Completion(text, reason, latency, used, Json.text(root.path("model")));
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
