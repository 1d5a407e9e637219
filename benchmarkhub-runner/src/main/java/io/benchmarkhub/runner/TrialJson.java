package io.benchmarkhub.runner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One trial result as one line of the run log, and back. A line holds everything the result holds:
 * <pre>{@code
 * {"caseIndex": 0, "caseId": "q1", "model": "openai:gpt-4o-mini", "repeat": 1, "status": "PASS", "score": 1.0,
 *  "case": {"id": "q1", "input": "...", "expected": "...", "tags": [], "variables": {}, "metadata": {},
 *           "difficulty": null, "source": {"resource": "cases.jsonl", "line": 1}},
 *  "prompt": [{"role": "user", "content": "..."}],
 *  "completion": {"text": "...", "finishReason": "STOP", "latencyNanos": 412000000, "inputTokens": 66,
 *                 "outputTokens": 1, "costUsd": 0.0000101, "servedModel": "gpt-4o-mini-2024-07-18",
 *                 "origin": "LIVE"},
 *  "verdicts": [{"judge": "exact-match", "status": "PASS", "score": 1.0, "reason": "..."}],
 *  (a verdict may add "unparseable": true, the judge model's "usage" {"inputTokens", "outputTokens",
 *   "costUsd"}, and a panel's member verdicts as "parts")
 *  "error": null}
 * }</pre>
 * (an error is {@code {"phase": "SUBJECT", "kind": "...", "message": "...", "stackTrace": "..."}}, the
 * stack trace only when a subject threw)
 * (on a single line; a chat case has {@code "messages"} instead of {@code "input"}; a score that is
 * not a number is null). A case with tools adds {@code "tools": [{"name", "description",
 * "parameters"}]} and one with expected tool calls {@code "expectedToolCalls": [{"name",
 * "arguments"}]}; a completion with tool calls adds {@code "toolCalls": [{"id", "name", "arguments"}]}
 * (arguments as the JSON text the provider gave). Lines without them read as having none. There is no field for a header, a base URL or a key, and every text in it has
 * already been redacted by the runner.
 */
final class TrialJson {
  private static final JsonFactory FACTORY = RecordingJson.MAPPER.getFactory();

  private TrialJson() {}

  /** {@return the result as one line of UTF-8 JSON, ending in a line break} */
  static byte[] line(TrialResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("caseIndex", r.caseIndex());
      g.writeStringField("caseId", r.caseId());
      g.writeStringField("model", r.model());
      g.writeNumberField("repeat", r.repeat());
      g.writeStringField("status", r.status().name());
      number(g, "score", r.score());
      g.writeFieldName("case");
      testCase(g, r.testCase());
      g.writeFieldName("prompt");
      messages(g, r.prompt());
      if (r.completion() == null) {
        g.writeNullField("completion");
      } else {
        completion(g, r.completion());
      }
      g.writeFieldName("verdicts");
      verdicts(g, r.verdicts());
      if (r.error() == null) {
        g.writeNullField("error");
      } else {
        g.writeObjectFieldStart("error");
        g.writeStringField("phase", r.error().phase().name());
        g.writeStringField("kind", r.error().kind());
        g.writeStringField("message", r.error().message());
        if (r.error().stackTrace() != null) {
          g.writeStringField("stackTrace", r.error().stackTrace());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the result of " + r, e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void verdicts(JsonGenerator g, List<Verdict> verdicts) throws IOException {
    g.writeStartArray();
    for (Verdict v : verdicts) {
      g.writeStartObject();
      g.writeStringField("judge", v.judge());
      g.writeStringField("status", v.status().name());
      number(g, "score", v.score());
      g.writeStringField("reason", v.reason());
      if (v.unparseable()) {
        g.writeBooleanField("unparseable", true);
      }
      if (!v.usage().equals(Usage.NONE)) {
        g.writeObjectFieldStart("usage");
        usage(g, v.usage());
        g.writeEndObject();
      }
      if (!v.parts().isEmpty()) {
        g.writeFieldName("parts");
        verdicts(g, v.parts());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void usage(JsonGenerator g, Usage u) throws IOException {
    g.writeNumberField("inputTokens", u.inputTokens());
    g.writeNumberField("outputTokens", u.outputTokens());
    if (u.costUsd().isPresent()) {
      g.writeNumberField("costUsd", u.costUsd().getAsDouble());
    } else {
      g.writeNullField("costUsd");
    }
  }

  private static void testCase(JsonGenerator g, TestCase c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    if (c.isChat()) {
      g.writeFieldName("messages");
      messages(g, c.messages());
    } else {
      g.writeStringField("input", c.input());
    }
    g.writeStringField("expected", c.expected().orElse(null));
    g.writeArrayFieldStart("tags");
    for (String tag : c.tags()) {
      g.writeString(tag);
    }
    g.writeEndArray();
    g.writeStringField("difficulty", c.difficulty().orElse(null));
    g.writeFieldName("variables");
    RecordingJson.MAPPER.writeValue(g, c.variables());
    g.writeFieldName("metadata");
    RecordingJson.MAPPER.writeValue(g, c.metadata());
    if (c.source().isPresent()) {
      g.writeObjectFieldStart("source");
      g.writeStringField("resource", c.source().get().resource());
      g.writeNumberField("line", c.source().get().line());
      g.writeEndObject();
    } else {
      g.writeNullField("source");
    }
    if (!c.tools().isEmpty()) {
      g.writeArrayFieldStart("tools");
      for (ToolDefinition t : c.tools()) {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeStringField("description", t.description());
        g.writeFieldName("parameters");
        RecordingJson.MAPPER.writeValue(g, t.parameters());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    toolCalls(g, "expectedToolCalls", c.expectedToolCalls(), false);
    g.writeEndObject();
  }

  private static void messages(JsonGenerator g, List<Message> messages) throws IOException {
    g.writeStartArray();
    for (Message m : messages) {
      g.writeStartObject();
      g.writeStringField("role", m.role().wireName());
      g.writeStringField("content", m.content());
      toolCalls(g, "toolCalls", m.toolCalls(), true);
      if (m.toolCallId().isPresent()) {
        g.writeStringField("toolCallId", m.toolCallId().orElseThrow());
        g.writeStringField("toolName", m.toolName().orElseThrow());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void completion(JsonGenerator g, Completion c) throws IOException {
    g.writeObjectFieldStart("completion");
    g.writeStringField("text", c.text());
    g.writeStringField("finishReason", c.finishReason().name());
    g.writeNumberField("latencyNanos", c.latency().toNanos());
    usage(g, c.usage());
    g.writeStringField("servedModel", c.servedModel());
    g.writeStringField("origin", c.origin().name());
    toolCalls(g, "toolCalls", c.toolCalls(), true);
    g.writeEndObject();
  }

  /** Writes {@code [{"id", "name", "arguments"}]} (without ids unless {@code withIds}), unless there are none. */
  private static void toolCalls(JsonGenerator g, String field, List<ToolCall> calls, boolean withIds)
      throws IOException {
    if (calls.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (ToolCall call : calls) {
      g.writeStartObject();
      if (withIds) {
        g.writeStringField("id", call.id());
      }
      g.writeStringField("name", call.name());
      g.writeStringField("arguments", call.arguments());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String field, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  /**
   * {@return the result on this line}
   *
   * @throws IllegalArgumentException saying what is wrong: not JSON, or a field missing or of the wrong
   *     type
   */
  static TrialResult parse(byte[] line, int offset, int length) {
    JsonNode n;
    try {
      n = RecordingJson.MAPPER.readTree(line, offset, length);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    try {
      JsonNode c = n.path("completion");
      JsonNode e = n.path("error");
      return new TrialResult(
          whole(n, "caseIndex"),
          testCase(n.path("case")),
          text(n, "model"),
          (int) whole(n, "repeat"),
          messages(n.path("prompt"), "prompt"),
          TrialStatus.valueOf(text(n, "status")),
          score(n.path("score")),
          verdicts(n.path("verdicts")),
          c.isNull() || c.isMissingNode() ? null : completion(c),
          e.isNull() || e.isMissingNode() ? null
              : new TrialError(TrialError.Phase.valueOf(text(e, "phase")), text(e, "kind"), text(e, "message"),
                  e.path("stackTrace").isTextual() ? e.path("stackTrace").textValue() : null));
    } catch (NullPointerException | ClassCastException e) {
      throw new IllegalArgumentException("a field is missing or of the wrong type: " + e.getMessage());
    }
  }

  private static TestCase testCase(JsonNode c) {
    if (!c.isObject()) {
      throw new IllegalArgumentException("field 'case' must be an object");
    }
    TestCase.Builder b = TestCase.builder().id(text(c, "id"));
    if (c.has("messages")) {
      b.messages(messages(c.path("messages"), "case.messages"));
    } else {
      b.input(text(c, "input"));
    }
    if (c.path("expected").isTextual()) {
      b.expected(c.path("expected").textValue());
    }
    List<String> tags = new ArrayList<>();
    c.path("tags").forEach(t -> tags.add(t.asText()));
    b.tags(tags);
    if (c.path("difficulty").isTextual()) {
      b.difficulty(c.path("difficulty").textValue());
    }
    b.variables(map(c.path("variables")));
    b.metadata(map(c.path("metadata")));
    JsonNode source = c.path("source");
    if (source.isObject()) {
      b.source(new SourceLocation(text(source, "resource"), (int) whole(source, "line")));
    }
    for (JsonNode t : c.path("tools")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> parameters = RecordingJson.MAPPER.convertValue(t.path("parameters"), Map.class);
      b.tools(ToolDefinition.of(text(t, "name"), text(t, "description"), parameters));
    }
    b.expectedToolCalls(toolCalls(c.path("expectedToolCalls")));
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> map(JsonNode node) {
    return node.isObject() ? RecordingJson.MAPPER.convertValue(node, Map.class) : Map.of();
  }

  private static List<Message> messages(JsonNode array, String field) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be an array");
    }
    List<Message> messages = new ArrayList<>(array.size());
    for (JsonNode m : array) {
      String role = text(m, "role");
      if (Message.Role.TOOL.wireName().equals(role)) {
        messages.add(Message.toolResult(text(m, "toolCallId"), text(m, "toolName"), text(m, "content")));
      } else if (m.has("toolCalls")) {
        messages.add(Message.assistant(text(m, "content"), toolCalls(m.path("toolCalls"))));
      } else {
        messages.add(Message.of(Message.Role.parse(role), text(m, "content")));
      }
    }
    return messages;
  }

  private static Usage usage(JsonNode u) {
    Usage usage = Usage.of(whole(u, "inputTokens"), whole(u, "outputTokens"));
    JsonNode cost = u.path("costUsd");
    return cost.isNumber() ? usage.withCost(cost.asDouble()) : usage;
  }

  private static Completion completion(JsonNode c) {
    return new Completion(text(c, "text"), FinishReason.valueOf(text(c, "finishReason")),
        Duration.ofNanos(whole(c, "latencyNanos")), usage(c),
        c.path("servedModel").isTextual() ? c.path("servedModel").textValue() : null,
        CompletionOrigin.valueOf(text(c, "origin")), toolCalls(c.path("toolCalls")));
  }

  private static List<ToolCall> toolCalls(JsonNode array) {
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode call : array) {
      calls.add(ToolCall.of(call.path("id").isTextual() ? call.path("id").textValue() : "", text(call, "name"),
          text(call, "arguments")));
    }
    return calls;
  }

  private static List<Verdict> verdicts(JsonNode array) {
    List<Verdict> verdicts = new ArrayList<>(array.size());
    for (JsonNode v : array) {
      Verdict.Status status = Verdict.Status.valueOf(text(v, "status"));
      String reason = text(v, "reason");
      Verdict verdict = v.path("unparseable").asBoolean() ? Verdict.unparseable(reason)
          : status == Verdict.Status.ERROR ? Verdict.error(reason)
          : Verdict.of(status == Verdict.Status.PASS, score(v.path("score")), reason);
      if (v.path("usage").isObject()) {
        verdict = verdict.withUsage(usage(v.path("usage")));
      }
      if (v.path("parts").isArray()) {
        verdict = verdict.withParts(verdicts(v.path("parts")));
      }
      verdicts.add(v.path("judge").isTextual() ? verdict.named(v.path("judge").textValue()) : verdict);
    }
    return verdicts;
  }

  private static double score(JsonNode v) {
    return v.isNumber() ? v.asDouble() : Double.NaN;
  }

  private static String text(JsonNode parent, String field) {
    JsonNode v = parent.path(field);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  private static long whole(JsonNode parent, String field) {
    JsonNode v = parent.path(field);
    if (!v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < 0) {
      throw new IllegalArgumentException("field '" + field + "' must be a whole number >= 0");
    }
    return v.asLong();
  }
}
