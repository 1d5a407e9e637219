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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * The Gemini {@code generateContent} wire format
 * ({@code POST {base}/v1beta/models/{model}:generateContent}).
 *
 * <p>The system prompt and any system messages become {@code systemInstruction} parts; assistant
 * messages take the role {@code model}. Thought parts are left out of the text, and thinking tokens
 * are counted as output. A prompt blocked before any candidate is an empty answer with
 * {@link FinishReason#CONTENT_FILTER}, not an error.
 *
 * <p>{@linkplain io.benchmarkhub.api.ModelParams#jsonOutput() JSON output} sets
 * {@code generationConfig.responseMimeType} to {@code application/json}, and a schema goes as is
 * into {@code generationConfig.responseSchema} (Gemini reads it as its OpenAPI 3.0 subset, not full
 * JSON Schema; nothing is translated). An extra {@code generationConfig.responseSchema} replaces it
 * whole; other extra {@code generationConfig} fields merge.
 *
 * <p>Tools go as {@code tools: [{"functionDeclarations": [{"name", "description", "parameters"}]}]}
 * (the schema as is; Gemini reads it as its OpenAPI subset) and a set tool choice as
 * {@code toolConfig.functionCallingConfig} ({@code AUTO}, {@code ANY}, {@code NONE}, or {@code ANY}
 * with {@code allowedFunctionNames}); {@code functionCall} parts become the completion's tool calls,
 * their {@code args} object as compact JSON and their {@code id} when given. Gemini reports a plain
 * {@code STOP} after a call; it becomes {@link FinishReason#TOOL_CALLS}. The turns of a tool loop go
 * back as a {@code model} content of {@code functionCall} parts {@code {"id" (when given), "name",
 * "args"}} and the results as a {@code user} content of {@code functionResponse} parts {@code {"id" (when
 * given), "name", "response"}}, consecutive results in one content; a result that is a JSON object is the
 * {@code response}, any other text goes as {@code {"result": text}}.
 */
final class GeminiWireFormat implements WireFormat {
  private static final Json.SamplingNames NAMES =
      new Json.SamplingNames("temperature", "topP", "maxOutputTokens", "seed");

  private final HttpUrl modelsUrl;
  /** One URL per model name; a run uses a handful. */
  private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();

  GeminiWireFormat(HttpUrl baseUrl) {
    this.modelsUrl = baseUrl.newBuilder().addPathSegments("v1beta/models").build();
  }

  @Override
  public HttpUrl url(String model) {
    return urls.computeIfAbsent(model, m -> modelsUrl.newBuilder().addPathSegment(m + ":generateContent").build());
  }

  @Override
  public ObjectNode body(ChatRequest request) {
    ObjectNode body = Json.object();
    ArrayNode contents = body.putArray("contents");
    ArrayNode system = Json.object().arrayNode();
    request.params().systemPrompt().ifPresent(s -> system.addObject().put("text", s));
    ArrayNode results = null;
    for (Message m : request.messages()) {
      if (m.role() == Message.Role.TOOL) {
        if (results == null) {
          results = contents.addObject().put("role", "user").putArray("parts");
        }
        ObjectNode response = results.addObject().putObject("functionResponse");
        m.toolCallId().filter(id -> !id.isEmpty()).ifPresent(id -> response.put("id", id));
        response.put("name", m.toolName().orElseThrow()).set("response", ToolTurnsJson.resultObject(m.content()));
        continue;
      }
      results = null;
      if (m.role() == Message.Role.SYSTEM) {
        system.addObject().put("text", m.content());
      } else if (m.hasToolCalls()) {
        contents.add(functionCalls(m));
      } else {
        ObjectNode content = contents.addObject().put("role", m.role() == Message.Role.USER ? "user" : "model");
        content.putArray("parts").addObject().put("text", m.content());
      }
    }
    if (!system.isEmpty()) {
      body.putObject("systemInstruction").set("parts", system);
    }
    ObjectNode config = Json.putSampling(Json.object(), request.params(), NAMES);
    if (request.params().jsonOutput()) {
      config.put("responseMimeType", "application/json");
      if (request.params().jsonSchema().isPresent()) {
        config.set("responseSchema", Json.jsonSchema(request.params()));
      }
    }
    if (!config.isEmpty()) {
      body.set("generationConfig", config);
    }
    if (!request.tools().isEmpty()) {
      ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
      for (ToolDefinition t : request.tools()) {
        ObjectNode declaration = declarations.addObject().put("name", t.name());
        if (!t.description().isEmpty()) {
          declaration.put("description", t.description());
        }
        declaration.set("parameters", ToolsJson.parameters(t));
      }
      request.choice().ifPresent(c -> body.putObject("toolConfig").set("functionCallingConfig", toolConfig(c)));
    }
    return body;
  }

  /** {@return a {@code model} turn with its text (when any) and a {@code functionCall} part per call} */
  private static ObjectNode functionCalls(Message m) {
    ObjectNode content = Json.object().put("role", "model");
    ArrayNode parts = content.putArray("parts");
    if (!m.content().isEmpty()) {
      parts.addObject().put("text", m.content());
    }
    for (ToolCall c : m.toolCalls()) {
      ObjectNode call = parts.addObject().putObject("functionCall");
      if (!c.id().isEmpty()) {
        call.put("id", c.id());
      }
      call.put("name", c.name()).set("args", ToolTurnsJson.arguments(c));
    }
    return content;
  }

  /** {@return {"mode": "AUTO" | "ANY" | "NONE"}, with {@code allowedFunctionNames} for a named tool} */
  private static ObjectNode toolConfig(ToolChoice choice) {
    return switch (choice.mode()) {
      case AUTO -> Json.object().put("mode", "AUTO");
      case REQUIRED -> Json.object().put("mode", "ANY");
      case NONE -> Json.object().put("mode", "NONE");
      case TOOL -> {
        ObjectNode config = Json.object().put("mode", "ANY");
        config.putArray("allowedFunctionNames").add(choice.toolName().orElseThrow());
        yield config;
      }
    };
  }

  @Override
  public Set<String> replacedWholeByExtra() {
    return Set.of("generationConfig.responseSchema");
  }

  @Override
  public Completion read(JsonNode root, Duration latency) throws MalformedResponseException {
    JsonNode usage = root.path("usageMetadata");
    Usage used = Usage.of(Json.count(usage.path("promptTokenCount")),
        Json.count(usage.path("candidatesTokenCount")) + Json.count(usage.path("thoughtsTokenCount")));
    String served = Json.text(root.path("modelVersion"));
    JsonNode candidates = root.path("candidates");
    if (!candidates.isArray() || candidates.isEmpty()) {
      if (Json.text(root.path("promptFeedback").path("blockReason")) != null) {
        return new Completion("", FinishReason.CONTENT_FILTER, latency, used, served);
      }
      throw new MalformedResponseException("returned no candidates");
    }
    JsonNode candidate = candidates.get(0);
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode part : candidate.path("content").path("parts")) {
      String t = Json.text(part.path("text"));
      JsonNode call = part.path("functionCall");
      if (t != null && !part.path("thought").asBoolean(false)) {
        text.append(t);
      } else if (call.isObject() && Json.text(call.path("name")) != null) {
        calls.add(ToolsJson.fromObject(Json.text(call.path("id")), Json.text(call.path("name")), call.path("args")));
      }
    }
    return new Completion(text.toString(),
        ToolsJson.finishReason(finishReason(Json.text(candidate.path("finishReason"))), calls), latency, used,
        served, CompletionOrigin.LIVE, calls);
  }

  private static FinishReason finishReason(String reason) {
    if (reason == null) {
      return FinishReason.OTHER;
    }
    return switch (reason) {
      case "STOP" -> FinishReason.STOP;
      case "MAX_TOKENS" -> FinishReason.LENGTH;
      case "SAFETY", "RECITATION", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "IMAGE_SAFETY" ->
          FinishReason.CONTENT_FILTER;
      case "MALFORMED_FUNCTION_CALL", "UNEXPECTED_TOOL_CALL" -> FinishReason.TOOL_CALLS;
      default -> FinishReason.OTHER;
    };
  }
}
