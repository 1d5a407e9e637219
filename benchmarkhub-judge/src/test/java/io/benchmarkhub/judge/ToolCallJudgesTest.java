package io.benchmarkhub.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tool-call judges on hand-made completions: the edge cases the provider answers do not show. */
class ToolCallJudgesTest {
  private static final TestCase CASE = TestCase.of("Weather in Paris?", null);

  private static Completion calling(String text, ToolCall... calls) {
    return new Completion(text, FinishReason.TOOL_CALLS, Duration.ZERO, Usage.NONE, null, CompletionOrigin.LIVE,
        List.of(calls));
  }

  @Test
  void malformedArgumentsFailWithWhatIsWrongAndTheText() {
    Completion c = calling("", ToolCall.of("call_1", "get_weather", "{\"city\": \"Paris\""));
    Verdict v = Judges.toolCall("get_weather").argumentsContain("{\"city\": \"Paris\"}").evaluate(CASE, c);
    assertThat(v.passed()).isFalse();
    assertThat(v.isError()).isFalse();
    assertThat(v.reason()).startsWith("get_weather: the arguments are not JSON: ")
        .endsWith(": \"{\\\"city\\\": \\\"Paris\\\"\"");
    assertThat(Judges.toolCalled("get_weather").evaluate(CASE, c).passed()).isTrue();
  }

  @Test
  void argumentsThatAreJsonButNotAnObjectAreMalformedToo() {
    ToolCall call = ToolCall.of("call_1", "get_weather", "[\"Paris\"]");
    assertThat(call.argumentsMalformed()).isTrue();
    assertThat(call.problem()).contains("the arguments are JSON but not an object");
  }

  @Test
  void oneRightCallAmongSeveralOfTheSameToolIsEnough() {
    Completion c = calling("", ToolCall.of("a", "get_weather", "{\"city\": \"Lyon\"}"),
        ToolCall.of("b", "get_weather", "{\"city\": \"Paris\"}"));
    Verdict v = Judges.toolCall("get_weather").arguments("{\"city\": \"Paris\"}").evaluate(CASE, c);
    assertThat(v.passed()).isTrue();
    assertThat(v.reason()).isEqualTo("called get_weather({\"city\": \"Paris\"}) (1 of 2 calls)");
  }

  @Test
  void numbersCompareByValue() {
    Completion c = calling("", ToolCall.of("a", "convert", "{\"amount\": 5355.0, \"to\": \"EUR\"}"));
    assertThat(Judges.toolCall("convert").arguments("{\"to\": \"EUR\", \"amount\": 5.355e3}").evaluate(CASE, c)
        .passed()).isTrue();
  }

  @Test
  void noCallAtAllNamesTheTextTheModelWroteInstead() {
    Verdict v = Judges.toolCalled("get_weather").evaluate(CASE, Completion.of("It is sunny in Paris."));
    assertThat(v.passed()).isFalse();
    assertThat(v.score()).isZero();
    assertThat(v.reason()).isEqualTo("no tool was called; expected get_weather, the model answered \"It is sunny in Paris.\"");
  }

  @Test
  void noToolCallPassesOnAPlainAnswer() {
    assertThat(Judges.noToolCall().evaluate(CASE, Completion.of("Sunny.")))
        .isEqualTo(Verdict.pass("no tool was called"));
  }

  @Test
  void f1OfACaseExpectingNoCallsIsAllOrNothing() {
    assertThat(Judges.toolCallsF1().evaluate(CASE, Completion.of("Sunny.")).passed()).isTrue();
    Verdict v = Judges.toolCallsF1().evaluate(CASE, calling("", ToolCall.of("a", "get_weather", "{}")));
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).isEqualTo("no tool call expected; the model called [get_weather({})]");
  }

  @Test
  void f1CountsEachExpectedCallOnceAndNamesWhatIsMissing() {
    TestCase twice = TestCase.builder().input("Paris and Lyon?").expectedToolCalls(
        ToolCall.of("get_weather", Map.of("city", "Paris")), ToolCall.of("get_weather", Map.of("city", "Lyon"))).build();
    Verdict v = Judges.toolCallsF1().evaluate(twice, calling("",
        ToolCall.of("a", "get_weather", "{\"city\": \"Paris\"}"), ToolCall.of("b", "get_weather", "{\"city\":\"Paris\"}")));
    assertThat(v.score()).isEqualTo(0.5);
    assertThat(v.reason()).isEqualTo("F1 0.50 (precision 0.50, recall 0.50); not expected: "
        + "[get_weather({\"city\":\"Paris\"})]; missing: [get_weather({\"city\":\"Lyon\"})]");
    assertThat(Judges.toolCallsF1().namesOnly().evaluate(twice, calling("",
        ToolCall.of("a", "get_weather", "{\"city\": \"Rome\"}"), ToolCall.of("b", "get_weather", "{}"))).passed())
        .isTrue();
  }

  @Test
  void badArgumentsAreRefusedAtOnce() {
    assertThatThrownBy(() -> Judges.toolCall("t").arguments("{oops")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("arguments is not JSON");
    assertThatThrownBy(() -> Judges.toolCall("t").argumentsMatchSchema("{\"type\": "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Judges.toolCallsF1().threshold(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describesItsSettings() {
    assertThat(Judges.toolCall("get_weather").argumentsContain("{\"city\": \"Paris\"}")).hasToString(
        "tool-call[get_weather, arguments contain {\"city\":\"Paris\"}]");
    assertThat(Judges.toolCallsF1().threshold(0.8).namesOnly()).hasToString("tool-calls-f1[threshold 0.8, names only]");
  }
}
