package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ToolDefinition}, {@link ToolCall}, {@link ToolChoice} and how requests and completions carry them. */
class ToolValuesTest {
  private static final ToolDefinition WEATHER = ToolDefinition.of("get_weather", "Weather", """
      {"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer", "maximum": 1e1}}}""");

  @Test
  void aDefinitionKeepsItsSchemaInOrderAndWritesItCompactly() {
    assertThat(WEATHER.parameters()).containsOnlyKeys("type", "properties");
    assertThat(WEATHER.parametersJson())
        .isEqualTo("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\","
            + "\"maximum\":10.0}}}");
    assertThat(WEATHER).hasToString("Tool[get_weather[city, days]]");
    assertThatThrownBy(() -> ToolDefinition.of("get_weather", "", "[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the parameters schema of tool 'get_weather' must be a JSON object");
    assertThatThrownBy(() -> ToolDefinition.of("get_weather", "", "{")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the parameters schema of tool 'get_weather' is not JSON: ");
    assertThatThrownBy(() -> ToolDefinition.of("x".repeat(65), "", Map.of()))
        .hasMessageEndingWith("is not allowed: use 1 to 64 letters, digits, '_' or '-'");
  }

  @Test
  void aCallParsesItsArgumentsWithoutDatabind() {
    ToolCall call = ToolCall.of("call_1", "get_weather", "{\"city\": \"Paris\", \"days\": 2, \"hourly\": [true]}");
    assertThat(call.parsedArguments()).contains(Map.of("city", "Paris", "days", 2L, "hourly", List.of(true)));
    assertThat(call.argumentsMalformed()).isFalse();
    assertThat(ToolCall.of(null, "get_time", "  ").parsedArguments()).contains(Map.of());
    assertThat(ToolCall.of(null, "get_time", "{} {}").problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("the arguments are not JSON: trailing content"));
    assertThat(call).hasToString("get_weather({\"city\": \"Paris\", \"days\": 2, \"hourly\": [true]})");
  }

  @Test
  void choicesParseTheirOwnWords() {
    for (ToolChoice c : List.of(ToolChoice.auto(), ToolChoice.required(), ToolChoice.none(), ToolChoice.tool("t"))) {
      assertThat(ToolChoice.parse(c.toString())).isEqualTo(c);
    }
    assertThatThrownBy(() -> ToolChoice.parse("any"))
        .hasMessage("unknown tool choice 'any': use auto, required, none or tool:<name>");
  }

  @Test
  void aRequestChecksItsToolsAndChoice() {
    ChatRequest plain = new ChatRequest("m", List.of(Message.user("Hi")), ModelParams.defaults());
    assertThat(plain.tools()).isEmpty();
    assertThat(plain.choice()).isEmpty();
    assertThatThrownBy(() -> plain.withTools(List.of(WEATHER, WEATHER), null)).hasMessage("two tools are named 'get_weather'");
    assertThatThrownBy(() -> plain.withTools(List.of(WEATHER), ToolChoice.tool("get_time")))
        .hasMessage("the tool choice names 'get_time', which is not among the tools [get_weather]");
  }

  @Test
  void aCompletionHasNoCallsUnlessGivenAndKeepsThemThroughCopies() {
    assertThat(Completion.of("Hi").toolCalls()).isEmpty();
    ToolCall call = ToolCall.of("c1", "get_weather", "{}");
    Completion c = Completion.of("").withToolCalls(List.of(call));
    assertThat(c.withLatency(Duration.ofMillis(3)).withOrigin(CompletionOrigin.CACHE).withUsage(Usage.of(1, 2))
        .toolCalls()).containsExactly(call);
    assertThat(c.toString()).startsWith("Completion[, [get_weather({})], STOP");
  }
}
