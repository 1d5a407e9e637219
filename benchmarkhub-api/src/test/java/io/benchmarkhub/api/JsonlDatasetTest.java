package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlDatasetTest {
  @TempDir Path dir;

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("cases.jsonl"), content);
  }

  private DatasetException failure(Path file) {
    Dataset dataset = Dataset.jsonl(file);
    return (DatasetException) org.assertj.core.api.Assertions.catchThrowable(dataset::toList);
  }

  @Test
  void readsEveryFieldFromAClasspathResource() {
    List<TestCase> cases = Dataset.classpath("datasets/support-intent.jsonl").toList();

    assertThat(cases).hasSize(3);
    TestCase refund = cases.get(0);
    assertThat(refund.id()).isEqualTo("refund-1");
    assertThat(refund.input()).isEqualTo("I want my money back for order 1234.");
    assertThat(refund.isChat()).isFalse();
    assertThat(refund.expected()).contains("refund");
    assertThat(refund.tags()).containsExactly("refund", "easy");
    assertThat(refund.difficulty()).contains("easy");
    assertThat(refund.source()).contains(new SourceLocation("classpath:datasets/support-intent.jsonl", 1));

    TestCase shipping = cases.get(1);
    assertThat(shipping.variables()).containsExactly(entry("customer", "Ada"), entry("orders", 3L));
    assertThat(shipping.source().orElseThrow().line()).isEqualTo(3);

    TestCase billing = cases.get(2);
    assertThat(billing.isChat()).isTrue();
    assertThat(billing.messages()).containsExactly(
        Message.system("You classify support messages."), Message.user("My card was charged twice."));
    assertThat(billing.input()).isEqualTo("My card was charged twice.");
    assertThat(billing.id()).matches("c-[0-9a-f]{12}");
    assertThat(billing.metadata()).containsExactly(entry("source", "tickets-2024"));
    assertThat(billing.source().orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void readingTwiceGivesEqualCasesWithTheSameIds() throws IOException {
    Path file = write("{\"input\": \"2+2?\", \"expected\": \"4\"}\n{\"input\": \"3+3?\"}\n");
    Dataset dataset = Dataset.jsonl(file);

    List<TestCase> first = dataset.toList();
    List<TestCase> second = dataset.toList();

    assertThat(second).isEqualTo(first);
    assertThat(second).extracting(TestCase::id).isEqualTo(first.stream().map(TestCase::id).toList());
    assertThat(first.get(0).id()).isEqualTo(TestCase.of("2+2?", "4").id());
  }

  @Test
  void acceptsTheAliasesOfImportedDatasets() throws IOException {
    Path file = write(String.join("\n",
        "{\"input\": \"2+2?\", \"ideal\": \"4\", \"variables\": {\"unit\": \"apples\"}}",
        "{\"input\": \"3+3?\", \"target\": \"6\"}",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\","
            + " \"content\": \"Hello\"}, {\"role\": \"USER\", \"content\": \"Bye\", \"name\": \"x\"}]}"));

    List<TestCase> cases = Dataset.jsonl(file).toList();

    assertThat(cases.get(0).expected()).contains("4");
    assertThat(cases.get(0).variables()).containsExactly(entry("unit", "apples"));
    assertThat(cases.get(1).expected()).contains("6");
    assertThat(cases.get(2).messages()).containsExactly(
        Message.user("Hi"), Message.assistant("Hello"), Message.user("Bye"));
    assertThat(cases.get(2).isChat()).isTrue();
  }

  @Test
  void turnsExpectedValuesOfOtherTypesIntoText() throws IOException {
    Path file = write(String.join("\n",
        "{\"id\": 1, \"input\": \"a\", \"expected\": 4}",
        "{\"id\": 2, \"input\": \"b\", \"expected\": 1.50}",
        "{\"id\": 3, \"input\": \"c\", \"expected\": true}",
        "{\"id\": 4, \"input\": \"d\", \"expected\": {\"a\": 1, \"b\": [1, 2.50, \"x\"]}}",
        "{\"id\": 5, \"input\": \"e\", \"expected\": [\"A\", \"B\"]}",
        "{\"id\": 6, \"input\": \"f\", \"expected\": null}"));

    List<TestCase> cases = Dataset.jsonl(file).toList();

    assertThat(cases).extracting(c -> c.expected().orElse("<none>"))
        .containsExactly("4", "1.50", "true", "{\"a\":1,\"b\":[1,2.50,\"x\"]}", "[\"A\",\"B\"]", "<none>");
  }

  @Test
  void readsNumericIdsAsText() throws IOException {
    Path file = write("{\"id\": 7, \"input\": \"a\"}\n{\"id\": 7.5, \"input\": \"b\"}\n"
        + "{\"id\": \"008\", \"input\": \"c\"}\n");

    assertThat(Dataset.jsonl(file).toList()).extracting(TestCase::id).containsExactly("7", "7.5", "008");
  }

  @Test
  void keepsVariableTypes() throws IOException {
    Path file = write("{\"input\": \"a\", \"vars\": {\"s\": \"x\", \"n\": 3, \"big\": 123456789012345678901234567890,"
        + " \"d\": 0.25, \"precise\": 3.14159265358979323846, \"b\": false, \"list\": [1, \"two\", null],"
        + " \"map\": {\"k\": [true]}, \"gone\": null}}");

    Map<String, Object> vars = Dataset.jsonl(file).toList().get(0).variables();

    assertThat(vars).containsOnlyKeys("s", "n", "big", "d", "precise", "b", "list", "map");
    assertThat(vars.get("s")).isEqualTo("x");
    assertThat(vars.get("n")).isEqualTo(3L);
    assertThat(vars.get("big")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(vars.get("d")).isEqualTo(0.25d);
    assertThat(vars.get("precise")).isEqualTo(new BigDecimal("3.14159265358979323846"));
    assertThat(vars.get("b")).isEqualTo(false);
    assertThat(vars.get("list")).isEqualTo(java.util.Arrays.asList(1L, "two", null));
    assertThat(vars.get("map")).isEqualTo(Map.of("k", List.of(true)));
  }

  @Test
  void treatsNullOptionalFieldsAsAbsent() throws IOException {
    Path file = write("{\"id\": null, \"input\": \"a\", \"tags\": null, \"difficulty\": 3, \"metadata\": null,"
        + " \"vars\": null}");

    TestCase c = Dataset.jsonl(file).toList().get(0);

    assertThat(c.id()).isEqualTo(TestCase.of("a", null).id());
    assertThat(c.tags()).isEmpty();
    assertThat(c.difficulty()).contains("3");
    assertThat(c.metadata()).isEmpty();
    assertThat(c.variables()).isEmpty();
  }

  @Test
  void skipsBlankLinesAndKeepsFileLineNumbers() throws IOException {
    Path file = write("\n  \n{\"input\": \"a\"}\r\n\r\n{\"input\": \"b\"}\n\n");

    assertThat(Dataset.jsonl(file).toList())
        .extracting(c -> c.source().orElseThrow().line()).containsExactly(3, 5);
  }

  @Test
  void streamIsLazyAndClosesTheFile() throws IOException {
    Path file = write("{\"input\": \"a\"}\n{\"input\": \"b\"}\nnot json\n");

    try (Stream<TestCase> cases = Dataset.jsonl(file).cases()) {
      assertThat(cases.limit(2).map(TestCase::input)).containsExactly("a", "b");
    }
  }

  @Test
  void namesAnUnknownFieldAndSuggestsTheClosestKnownOne() {
    DatasetException e = (DatasetException) org.assertj.core.api.Assertions.catchThrowable(
        Dataset.classpath("datasets/unknown-field.jsonl")::toList);

    assertThat(e).hasMessage("classpath:datasets/unknown-field.jsonl:2:30: unknown field 'expcted'."
        + " Did you mean 'expected'? A case may have: id, input (or messages), expected (or ideal,"
        + " target), vars (or variables), tags, difficulty, metadata, tools, expectedToolCalls.");
    assertThat(e.resource()).isEqualTo("classpath:datasets/unknown-field.jsonl");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(30);
  }

  @Test
  void namesAnUnknownFieldWithoutSuggestionWhenNothingIsClose() throws IOException {
    Path file = write("{\"input\": \"a\", \"source\": \"web\"}");

    assertThat(failure(file)).hasMessage(file + ":1:16: unknown field 'source'. A case may have: id,"
        + " input (or messages), expected (or ideal, target), vars (or variables), tags, difficulty,"
        + " metadata, tools, expectedToolCalls.");
  }

  @Test
  void reportsACaseWithoutInputAtItsStart() throws IOException {
    Path file = write("{\"input\": \"a\"}\n  {\"id\": \"x\", \"expected\": \"4\"}");

    DatasetException e = failure(file);

    assertThat(e).hasMessage(file + ":2:3: this case has no 'input'. Add \"input\": \"the text to send"
        + " to the model\", or \"messages\": [{\"role\": \"user\", \"content\": \"...\"}] for a chat.");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void rejectsAnInputOfTheWrongType() throws IOException {
    Path file = write("{\"input\": 42}");

    assertThat(failure(file)).hasMessage(file + ":1:11: 'input' must be text, or an array of chat"
        + " messages like [{\"role\": \"user\", \"content\": \"...\"}]; it is a number.");
  }

  @Test
  void rejectsAnEmptyInput() throws IOException {
    Path file = write("{\"input\": \" \"}");

    assertThat(failure(file)).hasMessage(file + ":1:11: 'input' is empty. Give the text to send to"
        + " the model.");
  }

  @Test
  void rejectsMessagesGivenAsText() throws IOException {
    Path file = write("{\"messages\": \"hi\"}");

    assertThat(failure(file)).hasMessage(file + ":1:14: 'messages' must be an array of chat messages"
        + " like [{\"role\": \"user\", \"content\": \"...\"}]; it is a string. For a plain-text input use"
        + " 'input'.");
  }

  @Test
  void namesAnUnknownRole() throws IOException {
    Path file = write("{\"input\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"bot\", \"content\": \"x\"}]}");

    DatasetException e = failure(file);

    assertThat(e).hasMessage(file + ":1:56: message 2 has the unknown role 'bot'. Use \"system\","
        + " \"user\" or \"assistant\".");
  }

  @Test
  void rejectsMalformedMessages() throws IOException {
    assertThat(failure(write("{\"input\": [{\"role\": \"user\"}]}"))).hasMessageEndingWith(
        ":1:12: message 1 has no 'content'. Each message needs a role (system, user or assistant) and a"
            + " content, like {\"role\": \"user\", \"content\": \"...\"}.");
    assertThat(failure(write("{\"input\": [\"hi\"]}"))).hasMessageEndingWith(
        ":1:12: message 1 of 'input' is a string. Each message must be an object like {\"role\":"
            + " \"user\", \"content\": \"...\"}.");
    assertThat(failure(write("{\"input\": []}"))).hasMessageEndingWith(
        ":1:12: 'input' is an empty array. Give at least one message, like [{\"role\": \"user\","
            + " \"content\": \"...\"}].");
    assertThat(failure(write("{\"input\": [{\"role\": \"user\", \"content\": [\"x\"]}]}")))
        .hasMessageEndingWith(":1:40: the 'content' of message 1 is an array. Give the message text as"
            + " one string.");
  }

  @Test
  void rejectsOptionalFieldsOfTheWrongType() throws IOException {
    assertThat(failure(write("{\"input\": \"a\", \"tags\": \"math\"}"))).hasMessageEndingWith(
        ":1:24: 'tags' must be an array of strings, like [\"math\", \"easy\"]; it is a string.");
    assertThat(failure(write("{\"input\": \"a\", \"tags\": [\"x\", 2]}"))).hasMessageEndingWith(
        ":1:30: tag 2 is a number. Tags must be strings, like [\"math\", \"easy\"].");
    assertThat(failure(write("{\"input\": \"a\", \"vars\": [1]}"))).hasMessageEndingWith(
        ":1:24: 'vars' must be an object, like {\"name\": \"Ada\", \"count\": 3}; it is an array.");
    assertThat(failure(write("{\"input\": \"a\", \"difficulty\": {}}"))).hasMessageEndingWith(
        ":1:30: 'difficulty' must be a string or a number, like \"hard\" or 3; it is an object.");
    assertThat(failure(write("{\"input\": \"a\", \"id\": true}"))).hasMessageEndingWith(
        ":1:22: 'id' must be a string or a number; it is a boolean. Give a short unique name such as"
            + " \"refund-7\", or leave the id out to derive one from the content.");
  }

  @Test
  void rejectsTwoFieldsThatGiveTheSameThing() throws IOException {
    assertThat(failure(write("{\"input\": \"a\", \"expected\": \"1\", \"ideal\": \"2\"}")))
        .hasMessageEndingWith(":1:33: 'expected' and 'ideal' both give the expected output of this"
            + " case. Keep one of them.");
    assertThat(failure(write("{\"input\": \"a\", \"input\": \"b\"}")))
        .hasMessageEndingWith(":1:16: the field 'input' appears twice in this case. Keep one.");
  }

  @Test
  void namesFileLineAndColumnOfBadJson() throws IOException {
    Path file = write("{\"input\": \"a\"}\n{\"input\": \"b\",}\n");

    DatasetException e = failure(file);

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e).hasMessageStartingWith(file + ":2:15: not valid JSON: Unexpected character ('}'")
        .hasMessageEndingWith(" Each line must be one JSON object, like {\"input\": \"2+2?\","
            + " \"expected\": \"4\"}; if the file holds one JSON array of cases, name it .json.");
  }

  @Test
  void explainsAnObjectSpreadOverSeveralLines() throws IOException {
    Path file = write("{\"input\": \"a\"}\n\n{\n  \"input\": \"b\"\n}\n");

    DatasetException e = failure(file);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e).hasMessageStartingWith(file + ":3:2: not valid JSON: Unexpected end-of-input:"
        + " expected close marker for Object (start marker at line 3, column 1)")
        .hasMessageContaining("Each line must be one JSON object");
  }

  @Test
  void rejectsLinesThatAreNotOneObject() throws IOException {
    assertThat(failure(write("[{\"input\": \"a\"}]"))).hasMessageEndingWith(":1:1: the line is an"
        + " array, not a JSON object. Each line must be one JSON object, like {\"input\": \"2+2?\","
        + " \"expected\": \"4\"}; if the file holds one JSON array of cases, name it .json.");
    assertThat(failure(write("{\"input\": \"a\"} {\"input\": \"b\"}"))).hasMessageEndingWith(
        ":1:16: the line goes on after the case object ends. Each line must be one JSON object, like"
            + " {\"input\": \"2+2?\", \"expected\": \"4\"}; if the file holds one JSON array of cases,"
            + " name it .json.");
  }

  @Test
  void namesBothLinesOfADuplicateId() throws IOException {
    Path file = write(String.join("\n",
        "{\"id\": \"c-1\", \"input\": \"a\"}",
        "{\"id\": \"c-2\", \"input\": \"b\"}",
        "{\"id\": \"c-3\", \"input\": \"c\"}",
        "{\"id\": \"c-4\", \"input\": \"d\"}",
        "",
        "{\"id\": \"c-5\", \"input\": \"e\"}",
        "{\"id\": \"c-3\", \"input\": \"f\"}"));

    DatasetException e = failure(file);

    assertThat(e).hasMessage(file + ":7: duplicate id 'c-3', first used on line 3. Give each case its"
        + " own id, or remove the duplicate.");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isZero();
  }

  @Test
  void findsDuplicatesAmongContentDerivedIds() throws IOException {
    Path file = write("{\"input\": \"2+2?\", \"expected\": \"4\"}\n{\"input\": \"3+3?\"}\n"
        + "{\"input\": \"2+2?\", \"expected\": \"4\", \"tags\": [\"again\"]}\n");
    String id = TestCase.of("2+2?", "4").id();

    assertThat(failure(file)).hasMessage(file + ":3: duplicate id '" + id + "' (derived from the"
        + " content: both cases have the same input and expected output), first used on line 1. Give"
        + " each case its own id, or remove the duplicate.");
  }

  @Test
  void deliversTheCasesBeforeAnErrorFirst() throws IOException {
    Path file = write("{\"input\": \"a\"}\n{\"input\": \"b\"}\n{\"input\": 3}\n");

    try (Stream<TestCase> cases = Dataset.jsonl(file).cases()) {
      var iterator = cases.iterator();
      assertThat(iterator.next().input()).isEqualTo("a");
      assertThat(iterator.next().input()).isEqualTo("b");
      assertThatThrownBy(iterator::hasNext).isInstanceOf(DatasetException.class)
          .hasMessageStartingWith(file + ":3:11: 'input' must be text");
    }
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    String expected = ": the file has no cases; add at least one. A JSONL dataset has one JSON object"
        + " per line, like {\"input\": \"2+2?\", \"expected\": \"4\"}.";
    Path empty = write("");
    assertThat(failure(empty)).hasMessage(empty + expected);
    Path blank = write("\n   \n\t\n");
    assertThat(failure(blank)).hasMessage(blank + expected);
  }
}
