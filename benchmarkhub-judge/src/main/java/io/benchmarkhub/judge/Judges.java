package io.benchmarkhub.judge;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The ready-made judges: static factories for deterministic checks, for judges from lambdas, and
 * for combining judges.
 *
 * <pre>{@code
 * Judge intent   = Judges.exactMatch().ignoreCase().trim();
 * Judge label    = Judges.oneOf("billing", "refund", "shipping");
 * Judge gsm8k    = Judges.numeric().tolerance(1e-6);
 * Judge order    = Judges.jsonSchemaResource("schemas/order.schema.json");
 * Judge polite   = Judges.of("no apology", (c, answer) -> !answer.contains("I'm sorry"));
 * Judge combined = Judges.allOf(order, Judges.containsAll("order_id", "total"), polite);
 * }</pre>
 *
 * <p>Every judge returned is immutable and thread-safe; option methods such as {@code ignoreCase()}
 * return a new judge. No judge here throws from {@code evaluate}: an exception thrown while grading,
 * by a parser or by a lambda given here, becomes an error verdict {@code "<judge name> threw
 * <ExceptionClass>: <message>"}, and a case that lacks what a judge needs (such as an expected
 * output) is an error verdict too, never a failure. Every reason is written for a person, for
 * example {@code expected "Paris" but was "paris."}. Bad arguments (a malformed regex or schema, an
 * empty list of choices) throw {@link IllegalArgumentException} at once, naming the argument.
 */
public final class Judges {

  private Judges() {}

  /**
   * {@return a judge that passes when the answer equals the case's expected output}; refine it
   * with {@link ExactMatchJudge#ignoreCase()}, {@link ExactMatchJudge#trim()}, {@link
   * ExactMatchJudge#normalizeWhitespace()} and {@link ExactMatchJudge#ignorePunctuation()}
   */
  public static ExactMatchJudge exactMatch() {
    return new ExactMatchJudge(null, TextNormalizer.NONE);
  }

  /** {@return a judge that passes when the answer equals {@code expected}, whatever the case expects} */
  public static ExactMatchJudge exactMatch(String expected) {
    return new ExactMatchJudge(Objects.requireNonNull(expected, "expected"), TextNormalizer.NONE);
  }

  /**
   * {@return a judge that passes when the answer contains every one of {@code required}}, or, with
   * no arguments, the case's expected output; the same as {@link #containsAll} when given strings
   */
  public static ContainsJudge contains(String... required) {
    return new ContainsJudge("contains", strings("contains", required, true), false, TextNormalizer.NONE);
  }

  /**
   * {@return a judge that passes when the answer contains every one of {@code required}}; its
   * score is the fraction found
   *
   * @throws IllegalArgumentException when no string is given, or one is empty
   */
  public static ContainsJudge containsAll(String... required) {
    return new ContainsJudge("contains-all", strings("containsAll", required, false), false, TextNormalizer.NONE);
  }

  /**
   * {@return a judge that passes when the answer contains at least one of {@code candidates}}
   *
   * @throws IllegalArgumentException when no string is given, or one is empty
   */
  public static ContainsJudge containsAny(String... candidates) {
    return new ContainsJudge("contains-any", strings("containsAny", candidates, false), true, TextNormalizer.NONE);
  }

  /**
   * {@return a judge that passes when {@code regex} is found in the answer}; see {@link
   * RegexJudge#fullMatch()}
   *
   * @throws IllegalArgumentException naming the pattern when it is not a valid regular expression
   */
  public static RegexJudge regex(String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      return new RegexJudge(Pattern.compile(regex), false);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid regex " + Reasons.quote(regex) + ": " + e.getDescription()
          + " near index " + e.getIndex(), e);
    }
  }

  /** {@return a judge that passes when {@code pattern} is found in the answer, with its flags} */
  public static RegexJudge regex(Pattern pattern) {
    return new RegexJudge(Objects.requireNonNull(pattern, "pattern"), false);
  }

  /**
   * {@return a classification judge: the answer must be one of {@code choices}} and, when the case
   * has an expected output, that one; trimmed, case-insensitive, trailing punctuation ignored
   *
   * @throws IllegalArgumentException when there are no choices, or two cannot be told apart
   */
  public static OneOfJudge oneOf(String... choices) {
    return new OneOfJudge(List.of(Objects.requireNonNull(choices, "choices")), false);
  }

  /**
   * {@return a judge that compares the last number in the answer with the last number in the
   * case's expected output}; see {@link NumericJudge} for tolerances and options
   */
  public static NumericJudge numeric() {
    return new NumericJudge(null, 0, 0, false, false);
  }

  /**
   * {@return a judge that compares the last number in the answer with {@code expected}}
   *
   * @throws IllegalArgumentException when {@code expected} is NaN or infinite
   */
  public static NumericJudge numeric(double expected) {
    return new NumericJudge(NumericJudge.requireFinite(expected), 0, 0, false, false);
  }

  /**
   * {@return a judge that passes when the answer is valid JSON}, or holds one fenced {@code json}
   * block that is; see {@link ValidJsonJudge#strict()}
   */
  public static ValidJsonJudge validJson() {
    return new ValidJsonJudge(false);
  }

  /**
   * {@return a judge that passes when the answer is the same JSON value as the case's expected answer}
   * (member order, spacing and number form aside); see {@link JsonEqualsJudge}
   */
  public static JsonEqualsJudge jsonEquals() {
    return new JsonEqualsJudge(null, false, false, 0, false);
  }

  /**
   * {@return a judge that passes when the answer is the same JSON value as {@code expectedJson}}; see
   * {@link JsonEqualsJudge}
   *
   * @throws IllegalArgumentException when {@code expectedJson} is not JSON
   */
  public static JsonEqualsJudge jsonEquals(String expectedJson) {
    try {
      return new JsonEqualsJudge(Objects.requireNonNull(expectedJson, "expectedJson"), false, false, 0, false);
    } catch (CannotGrade e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * {@return a judge that passes when the model called the tool of this name}, whatever the
   * arguments; see {@link ToolCallJudge}
   */
  public static ToolCallJudge toolCalled(String name) {
    return ToolCallJudge.of(name);
  }

  /**
   * {@return a judge of the model's call of the tool of this name}, to refine with {@link
   * ToolCallJudge#arguments(String)}, {@link ToolCallJudge#argumentsContain(String)} and {@link
   * ToolCallJudge#argumentsMatchSchema(String)}; alone it is {@link #toolCalled(String)}
   */
  public static ToolCallJudge toolCall(String name) {
    return ToolCallJudge.of(name);
  }

  /** {@return a judge that passes when the model called no tool} */
  public static Judge noToolCall() {
    return new NoToolCallJudge();
  }

  /**
   * {@return a judge scoring the model's tool calls against the case's expected calls by F1}, passing
   * at 1 unless {@link ToolCallsF1Judge#threshold(double)} lowers it; see {@link ToolCallsF1Judge}
   */
  public static ToolCallsF1Judge toolCallsF1() {
    return ToolCallsF1Judge.create();
  }

  /**
   * {@return a judge that passes when the answer is JSON valid against {@code schemaJson}}; see
   * {@link JsonSchemaJudge}
   *
   * @throws IllegalArgumentException when the schema is not JSON, or not a usable JSON Schema
   */
  public static JsonSchemaJudge jsonSchema(String schemaJson) {
    return JsonSchemaJudge.parse(Objects.requireNonNull(schemaJson, "schemaJson"), "inline");
  }

  /**
   * {@return a judge that passes when the answer is JSON valid against the schema in this UTF-8 file}
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or is not a usable schema
   */
  public static JsonSchemaJudge jsonSchema(Path schemaFile) {
    Objects.requireNonNull(schemaFile, "schemaFile");
    try {
      return JsonSchemaJudge.parse(Files.readString(schemaFile, StandardCharsets.UTF_8), schemaFile.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read JSON schema file " + schemaFile + ": " + e, e);
    }
  }

  /**
   * {@return a judge that passes when the answer is JSON valid against the schema in this UTF-8
   * classpath resource}; a leading {@code "classpath:"} or {@code "/"} is ignored
   *
   * @throws IllegalArgumentException naming the resource when it is missing or not a usable schema
   */
  public static JsonSchemaJudge jsonSchemaResource(String classpathResource) {
    Objects.requireNonNull(classpathResource, "classpathResource");
    String name = classpathResource.replaceFirst("^classpath:", "").replaceFirst("^/+", "");
    ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : Judges.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no JSON schema at classpath:" + name + "; check the resource path");
      }
      return JsonSchemaJudge.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + name);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read JSON schema classpath:" + name + ": " + e, e);
    }
  }

  /**
   * {@return a judge named {@code name} that passes when {@code check} holds for the case and the
   * answer text}; if {@code check} throws, the verdict is an error naming the exception
   */
  public static Judge of(String name, BiPredicate<TestCase, String> check) {
    return new PredicateJudge(requireName(name), Objects.requireNonNull(check, "check"));
  }

  /**
   * {@return a judge named {@code name} whose score is {@code score} of the case and the answer
   * text, passing when it is at least {@code threshold}}; a score outside [0, 1] is an error verdict
   *
   * @throws IllegalArgumentException when {@code threshold} is not within [0, 1]
   */
  public static Judge scoring(String name, ToDoubleBiFunction<TestCase, String> score, double threshold) {
    return new ScoringJudge(requireName(name), Objects.requireNonNull(score, "score"), threshold);
  }

  /**
   * {@return a judge that passes when every one of {@code judges} passes}; its score is the
   * <em>mean</em> of theirs, so partial success still shows in a report; any part's error makes it
   * an error. Every part is graded, and the reason reports the parts that did not pass.
   *
   * @throws IllegalArgumentException when no judge is given
   */
  public static Judge allOf(Judge... judges) {
    return new AllOfJudge(List.of(Objects.requireNonNull(judges, "judges")));
  }

  /**
   * {@return a judge that passes when at least one of {@code judges} passes}; its score is the
   * highest of theirs. A passing part decides even when another errored; with none passing, an
   * error in any part makes it an error.
   *
   * @throws IllegalArgumentException when no judge is given
   */
  public static Judge anyOf(Judge... judges) {
    return new AnyOfJudge(List.of(Objects.requireNonNull(judges, "judges")));
  }

  /** {@return a builder of a judge scoring the weighted mean of its parts' scores} */
  public static WeightedJudge.Builder weighted() {
    return new WeightedJudge.Builder();
  }

  private static List<String> strings(String factory, String[] values, boolean mayBeEmpty) {
    Objects.requireNonNull(values, factory + " strings");
    if (values.length == 0 && !mayBeEmpty) {
      throw new IllegalArgumentException(factory + " needs at least one string");
    }
    List<String> list = new ArrayList<>(Arrays.asList(values));
    for (int i = 0; i < list.size(); i++) {
      if (Objects.requireNonNull(list.get(i), factory + " string " + i).isEmpty()) {
        throw new IllegalArgumentException(factory + " string " + i + " is empty; it would match every answer");
      }
    }
    return List.copyOf(list);
  }

  private static String requireName(String name) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return name;
  }

  /**
   * {@return {@code value}}
   *
   * @throws IllegalArgumentException naming it when it is not within [0, 1]
   */
  static double requireUnitInterval(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
    }
    return value;
  }

  /**
   * {@return an LLM judge: a judge model grades each answer against the rubric (and the case's
   * expected answer, when it has one)}; give it its model with {@link RubricJudge#model(String)} or
   * set {@code benchmarkhub.judge.model} for the run
   *
   * @throws IllegalArgumentException when the rubric is blank
   */
  public static RubricJudge llmRubric(String rubric) {
    return new RubricJudge(rubric);
  }

  /**
   * {@return an LLM judge that scores named criteria from 1 to 5 (G-Eval style)}; add them with
   * {@link CriteriaJudge#criterion(String, String, double)}
   */
  public static CriteriaJudge criteria() {
    return new CriteriaJudge();
  }

  /**
   * {@return a panel of judges whose verdicts are combined}, by majority unless
   * {@link PanelJudge#aggregate} says otherwise
   *
   * @throws IllegalArgumentException when given fewer than two judges
   */
  public static PanelJudge panel(Judge... judges) {
    return new PanelJudge("panel", Arrays.asList(judges), PanelJudge.Aggregation.MAJORITY, 0.5);
  }

  /**
   * {@return a pairwise judge: a judge model says which of two models' answers to a case better meets
   * the criterion, asked in both orders to cancel position bias}; not a {@link Judge} (it compares two
   * answers, not one): bind it with {@link PairwiseJudge#bind} and call {@link PairwiseJudge#compare},
   * then add the verdicts up with {@link PairwiseTally}
   *
   * @throws IllegalArgumentException when the criterion is blank
   */
  public static PairwiseJudge pairwise(String criterion) {
    return new PairwiseJudge(criterion);
  }
}
