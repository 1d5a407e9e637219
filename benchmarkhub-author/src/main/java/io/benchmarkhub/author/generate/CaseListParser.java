package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.author.CaseFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a generator model's answer as a list of {@link CandidateCase}s. Accepted shapes: an object
 * with a {@code cases} array (what the prompt asks for), a bare array of case objects, or an object
 * with exactly one array field; any of them alone or inside a Markdown code fence
 * ({@code ```json ... ```}), with text around the fence ignored. Anything else is unparseable, with
 * the reason: never an empty list in disguise.
 */
public final class CaseListParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FENCE = Pattern.compile("```[A-Za-z0-9_-]*\\s*\\n(.*?)```", Pattern.DOTALL);

  private CaseListParser() {}

  /** The outcome of reading one answer: the cases, or why there are none. */
  public record Parsed(List<CandidateCase> cases, String unparseable) {
    /** Copies the cases. */
    public Parsed {
      cases = List.copyOf(cases);
    }

    /** {@return whether the answer was read as a list of cases} */
    public boolean ok() {
      return unparseable == null;
    }
  }

  /** {@return the cases in the answer, or why it cannot be read} */
  public static Parsed parse(String answer) {
    if (answer == null || answer.isBlank()) {
      return unparseable("empty answer");
    }
    String text = answer.strip();
    Matcher fence = FENCE.matcher(text);
    if (!text.startsWith("{") && !text.startsWith("[") && fence.find()) {
      text = fence.group(1).strip();
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return unparseable("not JSON: " + e.getOriginalMessage().lines().findFirst().orElse("").strip());
    }
    JsonNode list = list(root);
    if (list == null) {
      return unparseable("JSON without a list of cases: expected {\"cases\": [...]} or an array");
    }
    List<CandidateCase> out = new ArrayList<>(list.size());
    for (JsonNode item : list) {
      out.add(candidate(item));
    }
    return new Parsed(out, null);
  }

  private static Parsed unparseable(String reason) {
    return new Parsed(List.of(), reason);
  }

  private static JsonNode list(JsonNode root) {
    if (root == null) {
      return null;
    }
    if (root.isArray()) {
      return root;
    }
    if (!root.isObject()) {
      return null;
    }
    if (root.path("cases").isArray()) {
      return root.get("cases");
    }
    JsonNode only = null;
    for (JsonNode v : root) {
      if (v.isArray()) {
        if (only != null) {
          return null;
        }
        only = v;
      }
    }
    return only;
  }

  private static CandidateCase candidate(JsonNode item) {
    if (!item.isObject()) {
      return new CandidateCase(null, null, List.of(), null);
    }
    List<String> choices = new ArrayList<>();
    JsonNode c = item.path(CaseFields.CHOICES);
    if (c.isArray()) {
      c.forEach(v -> choices.add(text(v)));
    }
    return new CandidateCase(scalar(item.get("input")), text(item.get("expected")), choices,
        scalar(item.get("edgeKind")));
  }

  /** A string, number or boolean as text; anything else null. */
  private static String scalar(JsonNode v) {
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }

  /** A scalar as text, an object or array as compact JSON, null as null. */
  private static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
