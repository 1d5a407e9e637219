package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.PairJudge;
import io.benchmarkhub.judge.ContainsJudge;
import io.benchmarkhub.judge.CriteriaJudge;
import io.benchmarkhub.judge.ExactMatchJudge;
import io.benchmarkhub.judge.JsonEqualsJudge;
import io.benchmarkhub.judge.JsonSchemaJudge;
import io.benchmarkhub.judge.ToolCallJudge;
import io.benchmarkhub.judge.ToolCallsF1Judge;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.judge.NumericJudge;
import io.benchmarkhub.judge.OneOfJudge;
import io.benchmarkhub.judge.PairwiseJudge;
import io.benchmarkhub.judge.PanelJudge;
import io.benchmarkhub.judge.RegexJudge;
import io.benchmarkhub.judge.RubricJudge;
import io.benchmarkhub.judge.WeightedJudge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Builds the judges a benchmark file lists, each an entry like {@code - exact: { ignoreCase: true }} or just
 * {@code - validJson}, through {@link Judges}. Every judge also takes {@code name}, the name it has in
 * results. Options a judge does not know, and judges we do not know, are errors naming the known ones.
 */
final class JudgeSpecs {
  /** Judge type → how to build it from its options (null when none were given) and the file's folder. */
  private static final Map<String, BiFunction<SpecNode, Path, Judge>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("exact", JudgeSpecs::exact);
    TYPES.put("contains", (o, dir) -> contains(o, false));
    TYPES.put("containsAny", (o, dir) -> contains(o, true));
    TYPES.put("regex", (o, dir) -> regex(o));
    TYPES.put("oneOf", (o, dir) -> oneOf(o));
    TYPES.put("numeric", (o, dir) -> numeric(o));
    TYPES.put("validJson", (o, dir) -> {
      options(o, "name");
      return Judges.validJson();
    });
    TYPES.put("jsonSchema", JudgeSpecs::jsonSchema);
    TYPES.put("jsonEquals", (o, dir) -> jsonEquals(o));
    TYPES.put("llmRubric", (o, dir) -> rubric(o));
    TYPES.put("criteria", (o, dir) -> criteria(o));
    TYPES.put("panel", JudgeSpecs::panel);
    TYPES.put("allOf", (o, dir) -> Judges.allOf(parts(o, dir).toArray(Judge[]::new)));
    TYPES.put("anyOf", (o, dir) -> Judges.anyOf(parts(o, dir).toArray(Judge[]::new)));
    TYPES.put("weighted", JudgeSpecs::weighted);
    TYPES.put("toolCalled", (o, dir) -> toolCall(o, false));
    TYPES.put("toolCall", (o, dir) -> toolCall(o, true));
    TYPES.put("noToolCall", (o, dir) -> {
      options(o, "name");
      return Judges.noToolCall();
    });
    TYPES.put("toolCallsF1", (o, dir) -> toolCallsF1(o));
  }

  private JudgeSpecs() {}

  /** {@return the judges of the file's {@code judges} list} */
  static List<Judge> list(SpecNode judges, Path dir) {
    if (judges.items().isEmpty()) {
      throw judges.error("is empty: give at least one judge, e.g. '- exact: { ignoreCase: true, trim: true }'; "
          + "BenchmarkHub never picks a judge for you");
    }
    return judges.items().stream().map(j -> judge(j, dir)).toList();
  }

  /** {@return the judge of one entry}: a type name, or an object with one member, the type, holding its options */
  static Judge judge(SpecNode entry, Path dir) {
    String type;
    SpecNode options;
    if (entry.isText()) {
      type = entry.text();
      options = null;
    } else if (entry.isObject() && entry.fields().size() == 1) {
      Map.Entry<String, SpecNode> only = entry.fields().entrySet().iterator().next();
      type = only.getKey();
      options = entry.field(type).orElse(null);
    } else {
      throw entry.error("a judge is its type, optionally with options, e.g. '- exact: { ignoreCase: true }' or "
          + "'- validJson'; known judges: " + String.join(", ", TYPES.keySet()));
    }
    BiFunction<SpecNode, Path, Judge> factory = TYPES.get(type);
    if (factory == null) {
      throw entry.error("unknown judge '" + type + "'; known judges: "
          + String.join(", ", TYPES.keySet()));
    }
    try {
      Judge judge = factory.apply(options, dir);
      String name = options != null && options.isObject() ? options.field("name").map(SpecNode::nonBlankText)
          .orElse(null) : null;
      return name == null ? judge : Judge.named(name, judge);
    } catch (IllegalArgumentException e) {
      throw (options != null ? options : entry).error(e.getMessage(), e);
    }
  }

  /** {@return the pair judge of the file's {@code pairwise} object} */
  static PairJudge pairwise(SpecNode node) {
    node.object().allowOnly("criterion", "model", "template", "retries", "name");
    try {
      PairwiseJudge j = Judges.pairwise(node.require("criterion", "what makes one answer better, e.g. "
          + "'more helpful, correct and concise'").nonBlankText());
      j = withModel(node, j, PairwiseJudge::model);
      if (node.field("template").isPresent()) {
        j = j.template(node.field("template").get().text());
      }
      if (node.field("retries").isPresent()) {
        j = j.retries(node.field("retries").get().atLeast(0));
      }
      if (node.field("name").isPresent()) {
        j = j.named(node.field("name").get().nonBlankText());
      }
      return j;
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage(), e);
    }
  }

  private static Judge exact(SpecNode o, Path dir) {
    SpecNode opts = options(o, "ignoreCase", "trim", "normalizeWhitespace", "ignorePunctuation", "value", "name");
    ExactMatchJudge j = opts.field("value").map(v -> Judges.exactMatch(v.text())).orElseGet(Judges::exactMatch);
    if (flag(opts, "ignoreCase")) {
      j = j.ignoreCase();
    }
    if (flag(opts, "trim")) {
      j = j.trim();
    }
    if (flag(opts, "normalizeWhitespace")) {
      j = j.normalizeWhitespace();
    }
    if (flag(opts, "ignorePunctuation")) {
      j = j.ignorePunctuation();
    }
    return j;
  }

  private static Judge contains(SpecNode o, boolean any) {
    SpecNode opts = options(listShorthand(o), "values", "ignoreCase", "normalizeWhitespace", "name");
    String[] values = opts.field("values").map(SpecNode::texts).orElse(List.of()).toArray(String[]::new);
    if (any && values.length == 0) {
      throw (o == null ? opts : o).error("containsAny needs values: [ ... ], the texts of which one must appear");
    }
    ContainsJudge j = any ? Judges.containsAny(values) : Judges.contains(values);
    if (flag(opts, "ignoreCase")) {
      j = j.ignoreCase();
    }
    if (flag(opts, "normalizeWhitespace")) {
      j = j.normalizeWhitespace();
    }
    return j;
  }

  private static Judge regex(SpecNode o) {
    SpecNode opts = options(o != null && o.isText() ? wrap(o, "pattern") : o, "pattern", "fullMatch", "name");
    RegexJudge j = Judges.regex(opts.require("pattern", "the regular expression the answer must match").text());
    return flag(opts, "fullMatch") ? j.fullMatch() : j;
  }

  private static Judge oneOf(SpecNode o) {
    SpecNode opts = options(listShorthand(o), "values", "caseSensitive", "name");
    OneOfJudge j = Judges.oneOf(opts.require("values", "the allowed answers, e.g. [billing, refund, other]").texts()
        .toArray(String[]::new));
    return flag(opts, "caseSensitive") ? j.caseSensitive() : j;
  }

  private static Judge numeric(SpecNode o) {
    SpecNode opts = options(o, "value", "tolerance", "relativeTolerance", "firstNumber", "percentAsFraction", "name");
    NumericJudge j = opts.field("value").map(v -> Judges.numeric(v.number())).orElseGet(Judges::numeric);
    if (opts.field("tolerance").isPresent()) {
      j = j.tolerance(opts.field("tolerance").get().number());
    }
    if (opts.field("relativeTolerance").isPresent()) {
      j = j.relativeTolerance(opts.field("relativeTolerance").get().number());
    }
    if (flag(opts, "firstNumber")) {
      j = j.firstNumber();
    }
    if (flag(opts, "percentAsFraction")) {
      j = j.percentAsFraction();
    }
    return j;
  }

  private static Judge jsonEquals(SpecNode o) {
    SpecNode opts = options(o, "strict", "allowExtraFields", "ignoreCase", "tolerance", "name");
    JsonEqualsJudge j = Judges.jsonEquals();
    if (flag(opts, "strict")) {
      j = j.strict();
    }
    if (flag(opts, "allowExtraFields")) {
      j = j.allowExtraFields();
    }
    if (flag(opts, "ignoreCase")) {
      j = j.ignoreCase();
    }
    if (opts.field("tolerance").isPresent()) {
      j = j.tolerance(opts.field("tolerance").get().number());
    }
    return j;
  }

  private static Judge jsonSchema(SpecNode o, Path dir) {
    SpecNode opts = options(o, "schema", "file", "strict", "name");
    JsonSchemaJudge j;
    if (opts.field("schema").isPresent() == opts.field("file").isPresent()) {
      throw (o == null ? opts : o).error("give either schema: { ... } (the JSON Schema itself) or file: "
          + "<path relative to this file>");
    }
    if (opts.field("schema").isPresent()) {
      j = Judges.jsonSchema(SpecReader.json(opts.field("schema").get().object()));
    } else {
      SpecNode file = opts.field("file").get();
      String location = file.nonBlankText();
      if (location.startsWith("classpath:")) {
        j = Judges.jsonSchemaResource(location);
      } else {
        Path schema = dir.resolve(location);
        if (!Files.isRegularFile(schema)) {
          throw file.error("schema file " + schema + " not found (a path is relative to the benchmark file's folder)");
        }
        j = Judges.jsonSchema(schema);
      }
    }
    return flag(opts, "strict") ? j.strict() : j;
  }

  /**
   * {@return {@code toolCalled: get_weather} or {@code {tool: ...}}; {@code toolCall} adds
   * {@code arguments}, {@code argumentsContain} and {@code argumentsSchema} (JSON objects)}
   */
  private static Judge toolCall(SpecNode o, boolean withArguments) {
    SpecNode opts = withArguments
        ? options(o != null && o.isText() ? wrap(o, "tool") : o, "tool", "arguments", "argumentsContain",
            "argumentsSchema", "name")
        : options(o != null && o.isText() ? wrap(o, "tool") : o, "tool", "name");
    ToolCallJudge j = Judges.toolCall(opts.require("tool", "the name of the tool the model must call, e.g. "
        + "tool: get_weather").nonBlankText());
    if (opts.field("arguments").isPresent()) {
      j = j.arguments(SpecReader.json(opts.field("arguments").get().object()));
    }
    if (opts.field("argumentsContain").isPresent()) {
      j = j.argumentsContain(SpecReader.json(opts.field("argumentsContain").get().object()));
    }
    if (opts.field("argumentsSchema").isPresent()) {
      j = j.argumentsMatchSchema(SpecReader.json(opts.field("argumentsSchema").get().object()));
    }
    return j;
  }

  private static Judge toolCallsF1(SpecNode o) {
    SpecNode opts = options(o, "threshold", "namesOnly", "name");
    ToolCallsF1Judge j = Judges.toolCallsF1();
    if (opts.field("threshold").isPresent()) {
      j = j.threshold(opts.field("threshold").get().number());
    }
    return flag(opts, "namesOnly") ? j.namesOnly() : j;
  }

  private static Judge rubric(SpecNode o) {
    SpecNode opts = options(o != null && o.isText() ? wrap(o, "rubric") : o, "rubric", "model", "threshold",
        "template", "retries", "name");
    RubricJudge j = Judges.llmRubric(opts.require("rubric", "what a good answer does, in words the judge model "
        + "can check").nonBlankText());
    j = withModel(opts, j, RubricJudge::model);
    if (opts.field("threshold").isPresent()) {
      j = j.threshold(opts.field("threshold").get().number());
    }
    if (opts.field("template").isPresent()) {
      j = j.template(opts.field("template").get().text());
    }
    if (opts.field("retries").isPresent()) {
      j = j.retries(opts.field("retries").get().atLeast(0));
    }
    return j;
  }

  private static Judge criteria(SpecNode o) {
    SpecNode opts = options(o, "criteria", "model", "threshold", "retries", "name");
    CriteriaJudge j = Judges.criteria();
    SpecNode list = opts.require("criteria", "a list of { name, description, weight }");
    for (SpecNode c : list.items()) {
      c.object().allowOnly("name", "description", "weight");
      String name = c.require("name", "the criterion's name, e.g. correctness").nonBlankText();
      String description = c.require("description", "what the judge model checks").nonBlankText();
      j = c.field("weight").isPresent() ? j.criterion(name, description, c.field("weight").get().number())
          : j.criterion(name, description);
    }
    j = withModel(opts, j, CriteriaJudge::model);
    if (opts.field("threshold").isPresent()) {
      j = j.threshold(opts.field("threshold").get().number());
    }
    if (opts.field("retries").isPresent()) {
      j = j.retries(opts.field("retries").get().atLeast(0));
    }
    return j;
  }

  private static Judge panel(SpecNode o, Path dir) {
    SpecNode opts = options(o, "judges", "aggregate", "threshold", "name");
    PanelJudge j = Judges.panel(parts(opts.require("judges", "the member judges, usually llmRubric on "
        + "different judge models"), dir).toArray(Judge[]::new));
    if (opts.field("aggregate").isPresent()) {
      SpecNode a = opts.field("aggregate").get();
      try {
        j = j.aggregate(PanelJudge.Aggregation.valueOf(a.text().strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw a.error("unknown aggregation '" + a.text() + "': use mean, median, majority or unanimous", e);
      }
    }
    if (opts.field("threshold").isPresent()) {
      j = j.threshold(opts.field("threshold").get().number());
    }
    return j;
  }

  private static Judge weighted(SpecNode o, Path dir) {
    SpecNode opts = options(o, "parts", "threshold", "name");
    WeightedJudge.Builder b = Judges.weighted();
    for (SpecNode part : opts.require("parts", "a list of { judge: ..., weight: ... }").items()) {
      part.object().allowOnly("judge", "weight");
      b.add(judge(part.require("judge", "the part's judge, e.g. exact"), dir),
          part.require("weight", "the part's weight, a number > 0").number());
    }
    b.threshold(opts.require("threshold", "the score at which the judge passes, within [0, 1]").number());
    return b.build();
  }

  /** {@return the member judges: the options' {@code judges} list, or the options themselves when a list} */
  private static List<Judge> parts(SpecNode o, Path dir) {
    SpecNode list = o != null && o.isArray() ? o : options(o, "judges", "name").require("judges", "a list of judges");
    if (list.items().isEmpty()) {
      throw list.error("is empty: give the judges to combine");
    }
    return list.items().stream().map(j -> judge(j, dir)).toList();
  }

  private static <J> J withModel(SpecNode opts, J judge, BiFunction<J, String, J> model) {
    return opts.field("model").map(m -> model.apply(judge, ModelSpecs.ref(m).id())).orElse(judge);
  }

  private static boolean flag(SpecNode opts, String name) {
    return opts.field(name).map(SpecNode::bool).orElse(false);
  }

  /** {@return the options object, empty when none were given}, allowing only these fields */
  private static SpecNode options(SpecNode o, String... allowed) {
    if (o == null) {
      return new SpecNode("", "", 0, 0, SpecNode.Kind.OBJECT, null);
    }
    return o.object().allowOnly(allowed);
  }

  /** {@return a list given in place of the options, as the options {@code values: [...]}} */
  private static SpecNode listShorthand(SpecNode o) {
    return o != null && (o.isArray() || o.isText()) ? wrap(o, "values") : o;
  }

  private static SpecNode wrap(SpecNode value, String field) {
    SpecNode obj = new SpecNode(value.file(), value.path(), value.line(), 0, SpecNode.Kind.OBJECT, null);
    obj.addField(field, value.line(), 0, value);
    return obj;
  }
}
