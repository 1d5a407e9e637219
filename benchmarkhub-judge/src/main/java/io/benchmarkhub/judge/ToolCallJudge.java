package io.benchmarkhub.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A judge that passes when the model called a tool of this name, and, when asked, with the right
 * arguments: {@link #arguments(String)} (the same JSON value, whatever member order, spacing or number
 * form, compared as {@link JsonEqualsJudge} compares), {@link #argumentsContain(String)} (these members
 * with equal values, others allowed) and {@link #argumentsMatchSchema(String)} (valid against a JSON
 * Schema, as {@link JsonSchemaJudge} validates). Every check set must hold for one call of the tool;
 * when the model called it several times, one such call is enough. Create one with
 * {@link Judges#toolCalled(String)} or {@link Judges#toolCall(String)}.
 *
 * <p>Arguments that are not a JSON object fail any argument check with what is wrong with them (a
 * judge without argument checks passes them). A failure's reason says
 * which tools the model called, or names each difference by its JSON path, e.g.
 * {@code get_weather: $.city: expected "Paris", got "Lyon"}. The score is 1 on a pass, else the best
 * call's share of matching expected arguments (0 when the tool was not called). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Judge weather = Judges.toolCall("get_weather").argumentsContain("{\"city\": \"Paris\"}");
 * // model called get_weather({"city":"Paris","unit":"celsius"}) -> PASS
 * }</pre>
 */
public final class ToolCallJudge extends GuardedJudge {
  private final String tool;
  private final JsonNode equalTo;
  private final JsonNode contains;
  private final JsonSchemaJudge schema;

  private ToolCallJudge(String tool, JsonNode equalTo, JsonNode contains, JsonSchemaJudge schema) {
    super("tool-call");
    this.tool = tool;
    this.equalTo = equalTo;
    this.contains = contains;
    this.schema = schema;
  }

  /** {@return a judge that passes when the model called this tool, whatever the arguments} */
  static ToolCallJudge of(String tool) {
    return new ToolCallJudge(Objects.requireNonNull(tool, "tool"), null, null, null);
  }

  /**
   * {@return a copy that also needs the arguments to be exactly this JSON value} (member order,
   * spacing and number form aside)
   *
   * @throws IllegalArgumentException when it is not JSON
   */
  public ToolCallJudge arguments(String json) {
    return new ToolCallJudge(tool, parse(json, "arguments"), contains, schema);
  }

  /**
   * {@return a copy that also needs the arguments to hold these members with equal values} (at any
   * depth; other members are allowed)
   *
   * @throws IllegalArgumentException when it is not JSON
   */
  public ToolCallJudge argumentsContain(String json) {
    return new ToolCallJudge(tool, equalTo, parse(json, "argumentsContain"), schema);
  }

  /**
   * {@return a copy that also needs the arguments to be valid against this JSON Schema}
   *
   * @throws IllegalArgumentException when the schema is not JSON or not a usable schema
   */
  public ToolCallJudge argumentsMatchSchema(String schemaJson) {
    return new ToolCallJudge(tool, equalTo, contains,
        JsonSchemaJudge.parse(Objects.requireNonNull(schemaJson, "schemaJson"), "of the " + tool + " arguments"));
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    List<ToolCall> calls = completion.toolCalls().stream().filter(c -> c.name().equals(tool)).toList();
    if (calls.isEmpty()) {
      return Verdict.fail(completion.toolCalls().isEmpty()
          ? "no tool was called; expected " + tool + (completion.text().isBlank() ? ""
              : ", the model answered " + Reasons.quote(completion.text()))
          : "expected a call of " + tool + ", the model called " + names(completion.toolCalls()));
    }
    String firstProblem = null;
    double best = 0;
    for (ToolCall call : calls) {
      Check check = check(call);
      if (check.problem() == null) {
        return Verdict.pass("called " + call + (calls.size() > 1 ? " (1 of " + calls.size() + " calls)" : ""));
      }
      firstProblem = firstProblem == null ? check.problem() : firstProblem;
      best = Math.max(best, check.score());
    }
    String which = calls.size() > 1 ? " (" + calls.size() + " calls, none right; the first)" : "";
    return Verdict.of(false, Math.min(best, 1.0 - 1e-9), tool + which + ": " + firstProblem);
  }

  /** What one call got wrong (null when nothing) and its share of matching expected arguments. */
  private record Check(String problem, double score) {}

  private Check check(ToolCall call) {
    if (equalTo == null && contains == null && schema == null) {
      return new Check(null, 1);
    }
    JsonNode args = arguments(call);
    if (args == null) {
      return new Check(call.problem().orElse("the arguments are not a JSON object") + ": "
          + Reasons.quote(call.arguments()), 0);
    }
    List<String> problems = new ArrayList<>();
    double score = 1;
    if (equalTo != null) {
      JsonComparison c = new JsonComparison(false, 0, false).compare(equalTo, args);
      if (!c.equal()) {
        problems.add(c.describe());
        score = Math.min(score, c.score());
      }
    }
    if (contains != null) {
      JsonComparison c = new JsonComparison(true, 0, false).compare(contains, args);
      if (!c.equal()) {
        problems.add(c.describe());
        score = Math.min(score, c.score());
      }
    }
    if (schema != null) {
      String violations = schema.violations(args);
      if (violations != null) {
        problems.add(violations);
        score = 0;
      }
    }
    return new Check(problems.isEmpty() ? null : String.join("; ", problems), score);
  }

  /** {@return the call's arguments as a tree, or null when they are not a JSON object} */
  static JsonNode arguments(ToolCall call) {
    if (call.argumentsMalformed()) {
      return null;
    }
    try {
      return call.arguments().isBlank() ? JsonAnswer.MAPPER.createObjectNode() : JsonAnswer.MAPPER.readTree(call.arguments());
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** {@return the names of the calls, e.g. "get_time, get_weather"} */
  static String names(List<ToolCall> calls) {
    return String.join(", ", calls.stream().map(ToolCall::name).toList());
  }

  private static JsonNode parse(String json, String what) {
    Objects.requireNonNull(json, what);
    try {
      return JsonAnswer.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + JsonAnswer.describe(e, 0), e);
    }
  }

  /** {@return the name and settings, e.g. {@code tool-call[get_weather, arguments {"city":"Paris"}]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>(List.of(tool));
    if (equalTo != null) {
      settings.add("arguments " + equalTo);
    }
    if (contains != null) {
      settings.add("arguments contain " + contains);
    }
    if (schema != null) {
      settings.add("arguments match a schema");
    }
    return Reasons.describe(name(), settings);
  }
}
