package io.benchmarkhub.judge;

import static io.benchmarkhub.judge.Grading.gradeWithoutExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.api.Verdict.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSchemaJudgeTest {

  private static final String PERSON = """
      {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}""";

  private static final String GOOD_ORDER = """
      {"order_id": "ORD-0042",
       "customer": {"name": "Ada", "email": "ada@example.com"},
       "items": [{"sku": "KB-1", "quantity": 2}]}""";

  private final JsonSchemaJudge order = Judges.jsonSchemaResource("schemas/order.schema.json");

  @Test
  void passesOnAnAnswerMatchingTheSchema() {
    Verdict v = gradeWithoutExpected(order, GOOD_ORDER);

    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.reason()).isEqualTo("a JSON object that matches the schema");
  }

  @Test
  void readsTheAnswerFromAFencedBlockLikeValidJson() {
    Verdict v = gradeWithoutExpected(order, "Here is the order:\n```json\n" + GOOD_ORDER + "\n```");

    assertThat(v.passed()).isTrue();
    assertThat(v.reason()).isEqualTo("a JSON object from a fenced block that matches the schema");
  }

  @Test
  void strictRefusesTheFencedBlock() {
    Verdict v = gradeWithoutExpected(order.strict(), "```json\n" + GOOD_ORDER + "\n```");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).endsWith("(strict: a fenced code block is not accepted)");
  }

  @Test
  void listsNestedViolationsWithTheirJsonPaths() {
    String answer = """
        {"order_id": "42",
         "customer": {"name": "Ada", "email": "ada@example.com", "address": {"zip": "ABCDE"}},
         "items": [{"sku": "KB-1", "quantity": 0}]}""";

    Verdict v = gradeWithoutExpected(order, answer);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("4 schema violations: ")
        .contains("$.order_id: does not match the regex pattern ^ORD-[0-9]{4}$")
        .contains("$.customer.address: required property 'city' not found")
        .contains("$.customer.address.zip: does not match the regex pattern ^[0-9]{5}$")
        .contains("$.items[0].quantity: must have a minimum value of 1");
  }

  @Test
  void listsAtMostFiveViolationsAndCountsTheRest() {
    String answer = """
        {"order_id": 1, "customer": {"name": 2, "email": 3}, "items": [], "extra": true, "more": false}""";

    Verdict v = gradeWithoutExpected(order, answer);

    assertThat(v.reason()).startsWith("6 schema violations: ").endsWith("; and 1 more");
    assertThat(v.reason().split("; ")).hasSize(6);
  }

  @Test
  void assertsFormats() {
    String answer = GOOD_ORDER.replace("ada@example.com", "not an email");

    Verdict v = gradeWithoutExpected(order, answer);

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("1 schema violation: $.customer.email: does not match the email pattern");
  }

  @Test
  void invalidJsonAnswerFailsWithTheParserReason() {
    Verdict v = gradeWithoutExpected(Judges.jsonSchema(PERSON), "{name: \"Ada\"}");

    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.reason()).startsWith("not valid JSON: Unexpected character ('n' (code 110))")
        .endsWith("at line 1, column 2");
  }

  @Test
  void defaultsToDraft2020_12() {
    String tuple = """
        {"prefixItems": [{"type": "string"}]}""";

    Verdict v = gradeWithoutExpected(Judges.jsonSchema(tuple), "[1]");

    assertThat(v.reason()).isEqualTo("1 schema violation: $[0]: integer found, string expected");
  }

  @Test
  void honoursTheSchemaKeywordForOlderDrafts() {
    String draft7 = """
        {"$schema": "http://json-schema.org/draft-07/schema#", "prefixItems": [{"type": "string"}]}""";
    String draft4 = """
        {"$schema": "http://json-schema.org/draft-04/schema#", "maximum": 5, "exclusiveMaximum": true}""";

    assertThat(gradeWithoutExpected(Judges.jsonSchema(draft7), "[1]").passed()).isTrue();
    assertThat(gradeWithoutExpected(Judges.jsonSchema(draft4), "5").passed()).isFalse();
    assertThat(gradeWithoutExpected(Judges.jsonSchema(draft4), "4.9").passed()).isTrue();
  }

  @Test
  void readsTheSchemaFromAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("person.schema.json"), PERSON);

    JsonSchemaJudge judge = Judges.jsonSchema(file);

    assertThat(gradeWithoutExpected(judge, "{\"name\": \"Ada\"}").passed()).isTrue();
    assertThat(gradeWithoutExpected(judge, "{\"name\": 3}").reason())
        .isEqualTo("1 schema violation: $.name: integer found, string expected");
    assertThat(judge).hasToString("json-schema[" + file + "]");
  }

  @Test
  void schemaThatIsNotJsonIsRejectedAtConstruction() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.jsonSchema("{\"type\": \"object\",}"))
        .withMessageStartingWith("JSON schema inline is not valid JSON: Unexpected character ('}' (code 125))")
        .withMessageEndingWith("at line 1, column 19");
  }

  @Test
  void schemaThatIsNotAnObjectOrBooleanIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.jsonSchema("[1, 2]"))
        .withMessage("JSON schema inline must be a JSON object or boolean, was \"[1,2]\"");
  }

  @Test
  void missingFileAndResourceAreRejectedNamingThem(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    assertThatIllegalArgumentException().isThrownBy(() -> Judges.jsonSchema(missing))
        .withMessageStartingWith("cannot read JSON schema file " + missing);
    assertThatIllegalArgumentException().isThrownBy(() -> Judges.jsonSchemaResource("classpath:/schemas/nope.json"))
        .withMessage("no JSON schema at classpath:schemas/nope.json; check the resource path");
  }

  @Test
  void resourceNameMayCarryAClasspathPrefix() {
    JsonSchemaJudge judge = Judges.jsonSchemaResource("classpath:/schemas/order.schema.json");

    assertThat(gradeWithoutExpected(judge, GOOD_ORDER).passed()).isTrue();
    assertThat(judge).hasToString("json-schema[classpath:schemas/order.schema.json]");
  }
}
