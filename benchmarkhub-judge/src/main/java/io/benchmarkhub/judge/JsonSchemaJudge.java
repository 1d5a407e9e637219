package io.benchmarkhub.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A judge that passes when the answer is JSON that validates against a JSON Schema. Create one with
 * {@link Judges#jsonSchema(String)}, {@link Judges#jsonSchema(java.nio.file.Path)} or {@link
 * Judges#jsonSchemaResource(String)}.
 *
 * <p>The schema's {@code $schema} keyword picks the draft (4, 6, 7, 2019-09 or 2020-12); without
 * one, draft 2020-12 applies. {@code format} is asserted, not just annotated: a "date" that is not
 * a date fails. References to remote schemas are not fetched. The answer is read as {@link
 * Judges#validJson()} reads it, a single fenced block included unless {@link #strict()}. A failure's
 * reason lists the first five violations with their JSON paths ({@code
 * $.address.zip}). The score is 1 or 0. Immutable and thread-safe.
 *
 * <pre>{@code
 * Judge person = Judges.jsonSchema("""
 *     {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}""");
 * // "{\"name\": 3}" -> FAIL: 1 schema violation: $.name: integer found, string expected
 * }</pre>
 */
public final class JsonSchemaJudge extends GuardedJudge {

  /** How many violations a reason lists before "and N more". */
  static final int MAX_LISTED = 5;

  private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
      .pathType(PathType.JSON_PATH)
      .formatAssertionsEnabled(true)
      .locale(Locale.ENGLISH)
      .build();

  private final Schema schema;
  private final String source;
  private final boolean strict;

  private JsonSchemaJudge(Schema schema, String source, boolean strict) {
    super("json-schema");
    this.schema = schema;
    this.source = source;
    this.strict = strict;
  }

  /**
   * {@return a judge validating against the schema in {@code schemaJson}}
   *
   * @param source where the schema came from, for messages: "inline", a file, a resource
   * @throws IllegalArgumentException when the schema is not JSON or not a usable schema
   */
  static JsonSchemaJudge parse(String schemaJson, String source) {
    JsonNode node;
    try {
      node = JsonAnswer.MAPPER.readTree(schemaJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "JSON schema " + source + " is not valid JSON: " + JsonAnswer.describe(e, 0), e);
    }
    if (node == null || !(node.isObject() || node.isBoolean())) {
      throw new IllegalArgumentException("JSON schema " + source + " must be a JSON object or boolean, was "
          + (node == null || node.isMissingNode() ? "empty" : Reasons.quote(node.toString())));
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(CONFIG));
    try {
      Schema schema = registry.getSchema(node);
      schema.initializeValidators();
      return new JsonSchemaJudge(schema, source, false);
    } catch (SchemaException e) {
      throw new IllegalArgumentException("JSON schema " + source + " is not a usable schema: " + e.getMessage(), e);
    }
  }

  /** {@return a copy that accepts only an answer that is JSON as a whole, without a fenced block} */
  public JsonSchemaJudge strict() {
    return new JsonSchemaJudge(schema, source, true);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    JsonAnswer.Parsed parsed = JsonAnswer.read(completion.text(), strict);
    if (!parsed.ok()) {
      return Verdict.fail(parsed.failure());
    }
    String violations = violations(parsed.value());
    return violations == null ? Verdict.pass(parsed.describe() + " that matches the schema") : Verdict.fail(violations);
  }

  /**
   * {@return the schema's violations by this value, e.g. {@code 1 schema violation: $.name: integer
   * found, string expected} (the first five, then "and N more"), or null when it is valid}
   */
  String violations(JsonNode value) {
    List<Error> errors = schema.validate(value);
    if (errors.isEmpty()) {
      return null;
    }
    String listed = errors.stream().limit(MAX_LISTED)
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.joining("; "));
    String more = errors.size() > MAX_LISTED ? "; and " + (errors.size() - MAX_LISTED) + " more" : "";
    return errors.size() + (errors.size() == 1 ? " schema violation: " : " schema violations: ") + listed + more;
  }

  /** {@return the name and settings, e.g. {@code json-schema[classpath:person.schema.json, strict]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>(List.of(source));
    if (strict) {
      settings.add("strict");
    }
    return Reasons.describe(name(), settings);
  }
}
