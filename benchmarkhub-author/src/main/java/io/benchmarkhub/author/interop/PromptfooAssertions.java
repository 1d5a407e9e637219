package io.benchmarkhub.author.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * promptfoo assertion types as BenchmarkHub judges:
 * <ul>
 *   <li>{@code equals} → {@code exact} (the value becomes the case's expected answer), {@code contains} /
 *       {@code icontains} → {@code contains} (with {@code ignoreCase}), {@code contains-any} / {@code icontains-any}
 *       → {@code containsAny}, {@code contains-all} / {@code icontains-all} → {@code contains} with all values,
 *       {@code starts-with} and {@code regex} → {@code regex}, {@code is-json} → {@code validJson}, or
 *       {@code jsonSchema} when it carries a schema;
 *   <li>{@code llm-rubric} and {@code model-graded-closedqa} → {@code llmRubric}, {@code g-eval} → {@code criteria},
 *       each with a judge model;
 *   <li>negation: {@code not-equals}, {@code not-contains}, {@code not-icontains}, {@code not-starts-with} and
 *       {@code not-regex} → {@code regex} with a negative lookahead over the whole answer; the negation of any other
 *       type has no judge;
 *   <li>everything else (code, similarity metrics, cost and latency, tool calls, other model-graded types) has no
 *       judge, and is an unmapped note.
 * </ul>
 * {@code metric} becomes the judge's {@code name} (a judge made of a regex is named for the promptfoo type when
 * there is none); {@code threshold} is kept by the model-graded judges.
 */
final class PromptfooAssertions {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** promptfoo types with no judge here, and why, by family. */
  private static final Map<Set<String>, String> UNMAPPABLE = Map.of(
      Set.of("javascript", "python", "ruby", "webhook"),
      "runs code, and BenchmarkHub judges are Java: write the check as Judges.of(name, predicate)",
      Set.of("similar", "levenshtein", "rouge-n", "bleu", "gleu", "meteor", "f-score", "perplexity",
          "perplexity-score"),
      "is a similarity metric with no BenchmarkHub judge",
      Set.of("cost", "latency"),
      "is a property of the run, not of the answer: use the benchmark file's gates (maxCost, p95LatencyMs)",
      Set.of("is-valid-openai-tools-call", "is-valid-openai-function-call", "is-valid-function-call",
          "tool-call-f1", "finish-reason", "trajectory:tool-used", "trace-span-count"),
      "checks tool calls or the finish reason, which BenchmarkHub judges do not see",
      Set.of("contains-json", "is-xml", "contains-xml", "is-sql", "contains-sql", "is-html", "contains-html",
          "word-count", "is-refusal", "classifier", "moderation", "pi", "guardrails"),
      "has no BenchmarkHub judge",
      Set.of("factuality", "model-graded-factuality", "answer-relevance", "context-faithfulness",
          "context-recall", "context-relevance", "conversation-relevance", "select-best", "max-score", "human",
          "search-rubric", "assert-set"),
      "is a model-graded or grouped check with no BenchmarkHub judge (llm-rubric maps to llmRubric)");

  private static final List<String> MAPPED = List.of("equals", "contains", "icontains", "contains-any",
      "icontains-any", "contains-all", "icontains-all", "starts-with", "regex", "is-json", "llm-rubric",
      "model-graded-closedqa", "g-eval", "not-equals", "not-contains", "not-icontains", "not-starts-with",
      "not-regex");

  private final String judgeOverride;
  private final String judgeDefault;

  /**
   * @param judgeOverride our {@code provider:model} for every model-graded assertion (as promptfoo's
   *     {@code --grader}), or null
   * @param judgeDefault the one for model-graded assertions that name no provider (from
   *     {@code defaultTest.options.provider}), or null
   */
  PromptfooAssertions(String judgeOverride, String judgeDefault) {
    this.judgeOverride = judgeOverride;
    this.judgeDefault = judgeDefault;
  }

  /**
   * {@return the judge of one {@code assert} entry}, its values filled in from the test's variables; empty, with an
   * unmapped note, when the type has no judge
   *
   * @throws InteropException when the entry is malformed: no type, an unknown type, a missing value
   */
  Optional<PromptfooAssertion> map(ConfigNode entry, UnaryOperator<String> render, List<ImportNote> notes) {
    if (!entry.isMap()) {
      throw entry.error("an assertion is a map like {type: contains, value: Paris}, was " + entry.kind());
    }
    String type = entry.field("type").orElseThrow(() -> entry.error("the assertion has no type; give one such as"
        + " type: equals")).text();
    String why = unmappable(type);
    if (why != null) {
      notes.add(new ImportNote(entry.location(), "assertion type '" + type + "' " + why, true));
      return Optional.empty();
    }
    if (!MAPPED.contains(type)) {
      throw entry.field("type").get().error("unknown assertion type '" + type + "'; types with a BenchmarkHub judge: "
          + String.join(", ", MAPPED));
    }
    if (entry.field("transform").isPresent()) {
      notes.add(new ImportNote(entry.location(), "assertion '" + type + "' transforms the output first (transform),"
          + " which BenchmarkHub judges cannot", true));
      return Optional.empty();
    }
    Optional<ConfigNode> valueNode = entry.field("value");
    if (valueNode.filter(v -> v.isText() && v.text().startsWith("file://")).isPresent()) {
      notes.add(new ImportNote(entry.location(), "assertion '" + type + "' takes its value from a file ("
          + valueNode.get().text() + "), which is not imported", true));
      return Optional.empty();
    }
    double weight = entry.field("weight").map(ConfigNode::number).orElse(1.0);
    Map<String, Object> name = new LinkedHashMap<>();
    entry.field("metric").ifPresent(m -> name.put("name", m.text()));
    return build(type, entry, valueNode, render, name, notes)
        .map(j -> new PromptfooAssertion(type, j[0], j[1], (String) j[2], weight, entry));
  }

  /** {@return the judge, the judge that reads the expected answer (or null), and the value that would be it} */
  private Optional<Object[]> build(String type, ConfigNode entry, Optional<ConfigNode> valueNode,
      UnaryOperator<String> render, Map<String, Object> name, List<ImportNote> notes) {
    boolean ignoreCase = type.startsWith("i") || type.equals("not-icontains");
    Map<String, Object> caseOpt = ignoreCase ? Map.of("ignoreCase", true) : Map.of();
    switch (type) {
      case "equals" -> {
        String v = render.apply(valueText(entry, valueNode));
        return Optional.of(new Object[] {judge("exact", name, Map.of("value", v)), judge("exact", name, Map.of()), v});
      }
      case "contains", "icontains" -> {
        String v = render.apply(valueText(entry, valueNode));
        return Optional.of(new Object[] {judge("contains", name, caseOpt, Map.of("values", List.of(v))),
            judge("contains", name, caseOpt), v});
      }
      case "contains-any", "icontains-any", "contains-all", "icontains-all" -> {
        List<String> values = values(entry, valueNode).stream().map(render).toList();
        String judge = type.contains("any") ? "containsAny" : "contains";
        return Optional.of(new Object[] {judge(judge, name, caseOpt, Map.of("values", values)), null, null});
      }
      case "starts-with" -> {
        String v = render.apply(valueText(entry, valueNode));
        return Optional.of(new Object[] {judge("regex", named(name, type), Map.of("pattern", "\\A"
            + Pattern.quote(v))), null, null});
      }
      case "regex" -> {
        return Optional.of(new Object[] {judge("regex", name, Map.of("pattern", regex(entry, valueNode, render))),
            null, null});
      }
      case "is-json" -> {
        if (valueNode.isEmpty()) {
          return Optional.of(new Object[] {judge("validJson", name), null, null});
        }
        if (!valueNode.get().isMap()) {
          throw valueNode.get().error("is-json takes a JSON Schema as a map, was " + valueNode.get().kind());
        }
        return Optional.of(new Object[] {judge("jsonSchema", name, Map.of("schema", valueNode.get().plain())), null,
            null});
      }
      case "llm-rubric", "model-graded-closedqa", "g-eval" -> {
        return graded(type, entry, valueNode, render, name, notes);
      }
      default -> {
        return Optional.of(new Object[] {judge("regex", named(name, type), Map.of("pattern",
            negation(type, entry, valueNode, render))), null, null});
      }
    }
  }

  private Optional<Object[]> graded(String type, ConfigNode entry, Optional<ConfigNode> valueNode,
      UnaryOperator<String> render, Map<String, Object> name, List<ImportNote> notes) {
    String model = judgeOverride;
    if (model == null && entry.field("provider").isPresent()) {
      ConfigNode p = entry.field("provider").get();
      String id = (p.isMap() ? p.field("id").orElse(p) : p).text();
      model = PromptfooProviders.id(id).orElse(null);
      if (model == null) {
        notes.add(new ImportNote(p.location(), "grading provider '" + id + "' has no BenchmarkHub provider; give"
            + " --judge-model provider:model", true));
        return Optional.empty();
      }
    }
    model = model == null ? judgeDefault : model;
    if (model == null) {
      notes.add(new ImportNote(entry.location(), "assertion '" + type + "' needs a judge model and the config names"
          + " none (neither the assertion's provider nor defaultTest.options.provider): give --judge-model"
          + " provider:model, e.g. openai:gpt-4o-mini; BenchmarkHub never picks one", true));
      return Optional.empty();
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    if (type.equals("g-eval")) {
      List<Map<String, Object>> criteria = new ArrayList<>();
      List<String> values = values(entry, valueNode);
      for (int i = 0; i < values.size(); i++) {
        criteria.add(Map.of("name", values.size() == 1 ? "g-eval" : "g-eval-" + (i + 1), "description",
            render.apply(values.get(i))));
      }
      opts.put("criteria", criteria);
    } else {
      opts.put("rubric", render.apply(valueText(entry, valueNode)));
    }
    opts.put("model", model);
    entry.field("threshold").ifPresent(t -> opts.put("threshold", t.number()));
    return Optional.of(new Object[] {judge(type.equals("g-eval") ? "criteria" : "llmRubric", name, opts), null,
        null});
  }

  private static String negation(String type, ConfigNode entry, Optional<ConfigNode> valueNode,
      UnaryOperator<String> render) {
    return switch (type) {
      case "not-equals" -> "\\A(?!" + Pattern.quote(render.apply(valueText(entry, valueNode))) + "\\z)";
      case "not-contains" -> "\\A(?s)(?!.*" + Pattern.quote(render.apply(valueText(entry, valueNode))) + ")";
      case "not-icontains" -> "\\A(?s)(?iu)(?!.*" + Pattern.quote(render.apply(valueText(entry, valueNode))) + ")";
      case "not-starts-with" -> "\\A(?!" + Pattern.quote(render.apply(valueText(entry, valueNode))) + ")";
      case "not-regex" -> "\\A(?s)(?!.*(?:" + regex(entry, valueNode, render) + "))";
      default -> throw new IllegalStateException("no negation for " + type);
    };
  }

  /** {@return whether promptfoo has this assertion type}, mapped here or not */
  static boolean isType(String type) {
    return MAPPED.contains(type) || unmappable(type) != null;
  }

  /** {@return why a type has no judge}, or null when it may have one */
  private static String unmappable(String type) {
    for (Map.Entry<Set<String>, String> family : UNMAPPABLE.entrySet()) {
      if (family.getKey().contains(type)) {
        return family.getValue();
      }
    }
    if (type.startsWith("not-") && !MAPPED.contains(type)) {
      String base = type.substring("not-".length());
      return MAPPED.contains(base) || unmappable(base) != null
          ? "is a negation; BenchmarkHub has no 'not' judge, and only not-equals, not-contains, not-icontains,"
              + " not-starts-with and not-regex map (to a regex)"
          : null;
    }
    return null;
  }

  private static String regex(ConfigNode entry, Optional<ConfigNode> valueNode, UnaryOperator<String> render) {
    String pattern = render.apply(valueText(entry, valueNode));
    try {
      Pattern.compile(pattern);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw valueNode.get().error("not a valid regular expression: " + e.getDescription());
    }
    return pattern;
  }

  private static String valueText(ConfigNode entry, Optional<ConfigNode> valueNode) {
    ConfigNode v = valueNode.orElseThrow(() -> entry.error("assertion '" + entry.field("type").get().text()
        + "' needs a value"));
    if (v.isMap() || v.isList()) {
      try {
        return JSON.writeValueAsString(v.plain());
      } catch (JsonProcessingException e) {
        throw v.error("cannot be written as JSON: " + e.getOriginalMessage());
      }
    }
    return v.text();
  }

  private static List<String> values(ConfigNode entry, Optional<ConfigNode> valueNode) {
    ConfigNode v = valueNode.orElseThrow(() -> entry.error("assertion '" + entry.field("type").get().text()
        + "' needs a value: a list of texts"));
    if (v.isList()) {
      if (v.items().isEmpty()) {
        throw v.error("is an empty list; give at least one text");
      }
      return v.items().stream().map(ConfigNode::text).toList();
    }
    return List.of(v.text().split("\\s*,\\s*"));
  }

  /** {@return the name option: the assertion's metric, else the promptfoo type}, for judges whose type says less */
  private static Map<String, Object> named(Map<String, Object> name, String type) {
    return name.isEmpty() ? Map.of("name", type) : name;
  }

  /** {@return a judge entry: the bare type when it has no options, else {type: options}} */
  @SafeVarargs
  private static Object judge(String type, Map<String, Object>... optionParts) {
    Map<String, Object> options = new LinkedHashMap<>();
    for (Map<String, Object> part : optionParts) {
      options.putAll(part);
    }
    return options.isEmpty() ? type : Map.of(type, options);
  }
}
