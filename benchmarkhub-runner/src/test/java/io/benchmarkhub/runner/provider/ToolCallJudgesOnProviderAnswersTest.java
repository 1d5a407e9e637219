package io.benchmarkhub.runner.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.judge.Judges;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tool-call judge on the completions the three providers' real response bodies map to: each
 * body calls {@code get_weather({"city": "Paris", "unit": "celsius"})} and
 * {@code get_time({"timezone": "Europe/Paris"})}.
 */
class ToolCallJudgesOnProviderAnswersTest {
  private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:1/");

  private static final TestCase CASE = TestCase.builder().id("paris").input("Weather and time in Paris?")
      .expectedToolCalls(ToolCall.of("get_weather", Map.of("unit", "celsius", "city", "Paris")),
          ToolCall.of("get_time", Map.of("timezone", "Europe/Paris")))
      .build();

  static Stream<Arguments> answers() throws Exception {
    return Stream.of(
        Arguments.of("openai", new OpenAiWireFormat(BASE, "max_completion_tokens").read(Json.READER.readTree(
            OpenAiToolCallsTest.completion("null", OpenAiToolCallsTest.PARALLEL, "tool_calls")), Duration.ZERO)),
        Arguments.of("anthropic", new AnthropicWireFormat(BASE).read(
            Json.READER.readTree(AnthropicToolCallsTest.TEXT_AND_TWO_CALLS), Duration.ZERO)),
        Arguments.of("gemini", new GeminiWireFormat(BASE).read(
            Json.READER.readTree(GeminiToolCallsTest.TWO_CALLS), Duration.ZERO)));
  }

  private static Verdict grade(Judge judge, Completion answer) {
    return judge.evaluate(CASE, answer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void toolCalledPassesForACalledToolAndNamesTheCallsOtherwise(String provider, Completion answer) {
    assertThat(grade(Judges.toolCalled("get_time"), answer).passed()).isTrue();
    Verdict missing = grade(Judges.toolCalled("get_stock_price"), answer);
    assertThat(missing.passed()).isFalse();
    assertThat(missing.reason()).isEqualTo("expected a call of get_stock_price, the model called get_weather, get_time");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void argumentsCompareAsJsonValuesWhateverOrderAndSpacing(String provider, Completion answer) {
    assertThat(grade(Judges.toolCall("get_weather").arguments("{ \"unit\": \"celsius\",  \"city\": \"Paris\" }"),
        answer).passed()).isTrue();
    Verdict wrong = grade(Judges.toolCall("get_weather").arguments("{\"city\": \"Lyon\", \"unit\": \"celsius\"}"),
        answer);
    assertThat(wrong.passed()).isFalse();
    assertThat(wrong.reason()).isEqualTo("get_weather: $.city: expected \"Lyon\", got \"Paris\"");
    assertThat(wrong.score()).isEqualTo(0.5);
    assertThat(grade(Judges.toolCall("get_weather").arguments("{\"city\": \"Paris\"}"), answer).reason())
        .isEqualTo("get_weather: $.unit: not expected");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void argumentsContainAllowsExtraMembers(String provider, Completion answer) {
    assertThat(grade(Judges.toolCall("get_weather").argumentsContain("{\"city\": \"Paris\"}"), answer).passed())
        .isTrue();
    assertThat(grade(Judges.toolCall("get_weather").argumentsContain("{\"country\": \"FR\"}"), answer).reason())
        .isEqualTo("get_weather: $.country: missing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void argumentsMatchSchemaValidatesWithNetworknt(String provider, Completion answer) {
    assertThat(grade(Judges.toolCall("get_weather").argumentsMatchSchema(ToolCallServer.WEATHER_SCHEMA), answer)
        .passed()).isTrue();
    Verdict v = grade(Judges.toolCall("get_weather").argumentsMatchSchema("""
        {"type": "object", "properties": {"unit": {"enum": ["kelvin"]}}}"""), answer);
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).startsWith("get_weather: 1 schema violation: $.unit: ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void toolCallsF1ScoresTheCallsAgainstTheExpectedOnes(String provider, Completion answer) {
    Verdict all = grade(Judges.toolCallsF1(), answer);
    assertThat(all.passed()).isTrue();
    assertThat(all.score()).isEqualTo(1.0);

    TestCase oneExpected = TestCase.builder().id("weather-only").input("Weather in Paris?")
        .expectedToolCalls(ToolCall.of("get_weather", Map.of("city", "Paris", "unit", "celsius"))).build();
    Verdict extra = Judges.toolCallsF1().evaluate(oneExpected, answer);
    assertThat(extra.passed()).isFalse();
    assertThat(extra.score()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(extra.reason()).startsWith("F1 0.67 (precision 0.50, recall 1.00); not expected: [get_time(");
    assertThat(Judges.toolCallsF1().threshold(0.6).evaluate(oneExpected, answer).passed()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void noToolCallFailsNamingTheCalls(String provider, Completion answer) {
    Verdict v = grade(Judges.noToolCall(), answer);
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).startsWith("expected no tool call, the model called [get_weather({\"city\":");
  }
}
