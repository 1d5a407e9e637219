package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case's {@code tools} and {@code expectedToolCalls} in JSONL and JSON datasets, and their errors. */
class ToolDatasetTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static DatasetException failure(Path file) {
    return (DatasetException) catchThrowable(() -> Dataset.from(file.toString()).toList());
  }

  @Test
  void readsToolsAndExpectedCallsOfAJsonlCase() throws IOException {
    Path file = write("weather.jsonl", """
        {"id": "paris", "input": "Weather in Paris?", "tools": [{"name": "get_weather", "description": "Current weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}, {"name": "get_time"}], "expectedToolCalls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}
        {"id": "hello", "input": "Hi!"}
        """);
    List<TestCase> cases = Dataset.jsonl(file).toList();

    TestCase paris = cases.get(0);
    assertThat(paris.tools()).containsExactly(
        ToolDefinition.of("get_weather", "Current weather", Map.of("type", "object",
            "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"))),
        ToolDefinition.withoutParameters("get_time", ""));
    assertThat(paris.tools().get(0).parametersJson())
        .isEqualTo("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
    assertThat(paris.expectedToolCalls()).containsExactly(ToolCall.of("get_weather", Map.of("city", "Paris")));
    assertThat(paris.expectedToolCalls().get(0).arguments()).isEqualTo("{\"city\":\"Paris\"}");
    assertThat(cases.get(1).tools()).isEmpty();
    assertThat(cases.get(1).expectedToolCalls()).isEmpty();
  }

  @Test
  void readsThemInAJsonArrayToo() throws IOException {
    Path file = write("weather.json", """
        [{"input": "Time in Tokyo?",
          "expectedToolCalls": [{"name": "get_time", "arguments": {"timezone": "Asia/Tokyo"}}, {"name": "get_date"}]}]
        """);
    assertThat(Dataset.json(file).toList().get(0).expectedToolCalls()).containsExactly(
        ToolCall.of("get_time", Map.of("timezone", "Asia/Tokyo")), ToolCall.of("get_date", Map.of()));
  }

  @Test
  void malformedToolsAreNamedByFileLineAndColumn() throws IOException {
    Path notArray = write("a.jsonl", "{\"input\": \"x\"}\n{\"input\": \"x\", \"tools\": {\"name\": \"t\"}}\n");
    assertThat(failure(notArray)).hasMessageStartingWith(notArray + ":2:25: 'tools' must be an array of objects like [");

    Path noName = write("b.jsonl", "{\"input\": \"x\", \"tools\": [{\"description\": \"d\"}]}\n");
    assertThat(failure(noName)).hasMessageStartingWith(noName + ":1:26: tool 1 has no 'name' string.");

    Path typo = write("c.jsonl", "{\"input\": \"x\", \"tools\": [{\"name\": \"t\", \"parameter\": {}}]}\n");
    assertThat(failure(typo)).hasMessageStartingWith(typo + ":1:40: unknown field 'parameter' in tool 1 of 'tools'."
        + " Did you mean 'parameters'? It may have: description, name, parameters.");

    Path badName = write("d.jsonl", "{\"input\": \"x\", \"tools\": [{\"name\": \"get weather\"}]}\n");
    assertThat(failure(badName)).hasMessage(badName + ":1:26: tool 1: tool name 'get weather' is not allowed:"
        + " use 1 to 64 letters, digits, '_' or '-'.");

    Path twice = write("e.jsonl", "{\"input\": \"x\", \"tools\": [{\"name\": \"t\"}, {\"name\": \"t\"}]}\n");
    assertThat(failure(twice)).hasMessage(twice + ":1:41: two tools of this case are named 't'. Keep one.");

    Path schema = write("f.jsonl", "{\"input\": \"x\", \"tools\": [{\"name\": \"t\", \"parameters\": \"object\"}]}\n");
    assertThat(failure(schema)).hasMessageStartingWith(schema + ":1:26: the 'parameters' of tool 't' must be a JSON"
        + " Schema object");
  }

  @Test
  void malformedExpectedCallsAreNamedByFileLineAndColumn() throws IOException {
    Path args = write("g.json", "[{\"input\": \"x\",\n \"expectedToolCalls\": [{\"name\": \"t\", \"arguments\": \"{}\"}]}]\n");
    assertThat(failure(args)).hasMessageStartingWith(args + ":2:24: the 'arguments' of expected call 1 ('t') must"
        + " be an object, like {\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}.");

    Path element = write("h.jsonl", "{\"input\": \"x\", \"expectedToolCalls\": [\"get_weather\"]}\n");
    assertThat(failure(element)).hasMessageStartingWith(element + ":1:38: expected call 1 of 'expectedToolCalls' is"
        + " a string. Each must be an object like ");
  }

  @Test
  void aBenchmarkToolIsReplacedByACaseToolOfTheSameName() {
    ToolDefinition general = ToolDefinition.withoutParameters("search", "Search the web");
    ToolDefinition time = ToolDefinition.withoutParameters("get_time", "Current time");
    ToolDefinition special = ToolDefinition.withoutParameters("search", "Search the docs only");
    Benchmark b = Benchmark.builder("b").dataset(Dataset.of(TestCase.of("x", null))).models("p:m")
        .judge((c, out) -> Verdict.pass()).tools(general, time).build();

    assertThat(b.toolsFor(TestCase.builder().input("x").tools(special).build())).containsExactly(special, time);
    assertThat(b.toolsFor(TestCase.of("x", null))).containsExactly(general, time);
  }
}
