package io.benchmarkhub.author.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tools}, {@code toolChoice} and the tool-call judges in benchmark files. */
class ToolBenchmarkFileTest {
  private static final String FILE = """
      name: weather-agent
      taskType: generation
      dataset: cases.jsonl
      prompt: "{{input}}"
      models: [openai:gpt-4o-mini]
      tools:
        - name: get_weather
          description: Current weather in a city
          parameters:
            type: object
            properties: { city: { type: string }, unit: { type: string, enum: [celsius, fahrenheit] } }
            required: [city]
        - name: get_time
      toolChoice: required
      judges:
        - toolCalled: get_weather
        - toolCall: { tool: get_weather, argumentsContain: { city: Paris }, name: weather-args }
        - toolCall: { tool: get_weather, arguments: { city: Paris, unit: celsius },
                      argumentsSchema: { type: object, required: [city] } }
        - toolCallsF1: { threshold: 0.5 }
        - noToolCall
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void dataset() throws IOException {
    Files.writeString(dir.resolve("cases.jsonl"), """
        {"id": "paris", "input": "Weather in Paris?", "expectedToolCalls": [{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}]}
        """);
  }

  private Path file(String yaml) throws IOException {
    return Files.writeString(dir.resolve("weather.benchmark.yaml"), yaml);
  }

  @Test
  void toolsChoiceAndToolJudgesLoadAndGrade() throws Exception {
    Path yaml = file(FILE);
    assertThat(BenchmarkFileSchemaTest.errors(yaml)).isEmpty();

    Benchmark b = BenchmarkFile.load(yaml).benchmark();

    assertThat(b.tools()).extracting(ToolDefinition::name).containsExactly("get_weather", "get_time");
    assertThat(b.tools().get(0).parameters()).containsEntry("required", List.of("city"));
    assertThat(b.toolChoice()).contains(ToolChoice.required());
    assertThat(b.judges()).extracting(Judge::name)
        .containsExactly("tool-call", "weather-args", "tool-call", "tool-calls-f1", "no-tool-call");
    TestCase paris = b.dataset().toList().get(0);
    Completion answer = new Completion("", FinishReason.TOOL_CALLS, Duration.ZERO, Usage.NONE, null,
        CompletionOrigin.LIVE, List.of(ToolCall.of("call_1", "get_weather", "{\"unit\":\"celsius\",\"city\":\"Paris\"}")));
    assertThat(b.judges()).extracting(j -> j.evaluate(paris, answer).passed())
        .containsExactly(true, true, true, true, false);
  }

  @Test
  void aToolChoiceNamingAnUnknownToolIsAnErrorAtItsLine() throws IOException {
    Path yaml = file(FILE.replace("toolChoice: required", "toolChoice: tool:get_wether"));
    assertThat(catchThrowable(() -> BenchmarkFile.load(yaml))).hasMessageContaining("weather.benchmark.yaml:14:")
        .hasMessageContaining("names the tool 'get_wether', which is not among the file's tools [get_weather, get_time]");
  }

  @Test
  void anUnknownToolCallOptionIsAnErrorAtItsLine() throws IOException {
    Path yaml = file(FILE.replace("argumentsContain: { city: Paris }", "argumentContains: { city: Paris }"));
    assertThat(catchThrowable(() -> BenchmarkFile.load(yaml))).hasMessageContaining("weather.benchmark.yaml:17:")
        .hasMessageContaining("argumentContains");
    assertThat(BenchmarkFileSchemaTest.errors(yaml)).isNotEmpty();
  }

  @Test
  void aToolWithoutANameIsAnError() throws IOException {
    Path yaml = file(FILE.replace("  - name: get_time", "  - description: no name"));
    assertThat(catchThrowable(() -> BenchmarkFile.load(yaml))).hasMessageContaining("weather.benchmark.yaml:13:")
        .hasMessageContaining("tools[1]");
    assertThat(BenchmarkFileSchemaTest.errors(yaml)).isNotEmpty();
  }

  @Test
  void theParametersOfAToolAreItsJsonSchemaAsWritten() throws IOException {
    Benchmark b = BenchmarkFile.load(file(FILE)).benchmark();
    assertThat(b.tools().get(0).parametersJson()).isEqualTo("{\"type\":\"object\",\"properties\":{\"city\":"
        + "{\"type\":\"string\"},\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},"
        + "\"required\":[\"city\"]}");
    assertThat(b.tools().get(1).parameters()).isEqualTo(Map.of("type", "object", "properties", Map.of()));
  }
}
