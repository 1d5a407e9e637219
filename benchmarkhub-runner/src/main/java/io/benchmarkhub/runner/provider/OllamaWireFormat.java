package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.ToolCall;
import java.util.ArrayList;
import java.util.List;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Ollama's native chat wire format ({@code POST {base}/api/chat}, {@code "stream": false}).
 *
 * <p>Sampling parameters go into {@code options}. The cost is 0: the model runs locally.
 * {@linkplain io.benchmarkhub.api.ModelParams#jsonOutput() JSON output} becomes
 * {@code "format": "json"}, or with a schema the schema itself as {@code format} (structured outputs,
 * Ollama 0.5 or later). An extra {@code format} replaces it whole. Tools go as OpenAI's
 * {@code tools}; Ollama has no tool choice, so a set one is not sent. {@code message.tool_calls}
 * become the completion's tool calls. The turns of a tool loop go back as an {@code assistant} message
 * with {@code tool_calls} (arguments as an object) and one {@code tool} message with {@code tool_name}
 * per result.
 */
final class OllamaWireFormat implements WireFormat {
  private static final Json.SamplingNames NAMES = new Json.SamplingNames("temperature", "top_p", "num_predict", "seed");

  private final HttpUrl url;

  OllamaWireFormat(HttpUrl baseUrl) {
    this.url = baseUrl.newBuilder().addPathSegments("api/chat").build();
  }

  @Override
  public HttpUrl url(String model) {
    return url;
  }

  @Override
  public ObjectNode body(ChatRequest request) {
    ObjectNode body = Json.object().put("model", request.model());
    body.set("messages", ToolTurnsJson.ollamaMessages(request.messagesWithSystemPrompt()));
    body.put("stream", false);
    if (request.params().jsonSchema().isPresent()) {
      body.set("format", Json.jsonSchema(request.params()));
    } else if (request.params().jsonOutput()) {
      body.put("format", "json");
    }
    if (!request.tools().isEmpty()) {
      body.set("tools", ToolsJson.openAiTools(request.tools()));
    }
    ObjectNode options = Json.putSampling(Json.object(), request.params(), NAMES);
    if (!options.isEmpty()) {
      body.set("options", options);
    }
    return body;
  }

  @Override
  public Set<String> replacedWholeByExtra() {
    return Set.of("format");
  }

  @Override
  public Completion read(JsonNode root, Duration latency) throws MalformedResponseException {
    JsonNode message = root.path("message");
    if (!message.isObject()) {
      throw new MalformedResponseException("returned no message");
    }
    String text = Json.text(message.path("content"));
    Usage usage = Usage.of(Json.count(root.path("prompt_eval_count")), Json.count(root.path("eval_count")))
        .withCost(0.0);
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode call : message.path("tool_calls")) {
      JsonNode function = call.path("function");
      if (Json.text(function.path("name")) != null) {
        calls.add(ToolsJson.fromObject(Json.text(call.path("id")), Json.text(function.path("name")),
            function.path("arguments")));
      }
    }
    return new Completion(text == null ? "" : text, ToolsJson.finishReason(finishReason(root), calls), latency, usage,
        Json.text(root.path("model")), CompletionOrigin.LIVE, calls);
  }

  private static FinishReason finishReason(JsonNode root) {
    String reason = Json.text(root.path("done_reason"));
    if (reason == null) {
      return root.path("done").asBoolean(false) ? FinishReason.STOP : FinishReason.OTHER;
    }
    return switch (reason) {
      case "stop" -> FinishReason.STOP;
      case "length" -> FinishReason.LENGTH;
      default -> FinishReason.OTHER;
    };
  }
}
