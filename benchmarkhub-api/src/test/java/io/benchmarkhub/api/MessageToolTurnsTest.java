package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The turns of a tool loop as {@link Message}s, beside plain messages that stay as they were. */
class MessageToolTurnsTest {
  private static final ToolCall CALL = ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}");

  @Test
  void anAssistantTurnCarriesItsCallsAndAToolResultItsCall() {
    Message turn = Message.assistant("", List.of(CALL));
    Message result = Message.toolResult("call_1", "get_weather", "18 C");

    assertThat(turn.role()).isEqualTo(Message.Role.ASSISTANT);
    assertThat(turn.hasToolCalls()).isTrue();
    assertThat(turn.toolCalls()).containsExactly(CALL);
    assertThat(turn.toolCallId()).isEmpty();
    assertThat(result.role()).isEqualTo(Message.Role.TOOL);
    assertThat(result.role().wireName()).isEqualTo("tool");
    assertThat(result.toolCallId()).hasValue("call_1");
    assertThat(result.toolName()).hasValue("get_weather");
    assertThat(result.content()).isEqualTo("18 C");
    assertThat(turn).isNotEqualTo(Message.assistant("")).isEqualTo(Message.assistant("", List.of(CALL)));
    assertThat(result).isEqualTo(Message.toolResult("call_1", "get_weather", "18 C"))
        .isNotEqualTo(Message.toolResult("call_2", "get_weather", "18 C"));
    assertThat(turn.toString()).isEqualTo("assistant:  [get_weather({\"city\":\"Paris\"})]");
  }

  @Test
  void plainMessagesAreUnchanged() {
    assertThat(Message.assistant("Paris", List.of())).isEqualTo(Message.assistant("Paris"))
        .hasSameHashCodeAs(Message.assistant("Paris"));
    assertThat(Message.user("hi").toolCalls()).isEmpty();
    assertThat(Message.user("hi").toolName()).isEmpty();
    assertThat(Message.user("hi").toString()).isEqualTo("user: hi");
  }

  @Test
  void aToolRoleIsNotAPlainRole() {
    assertThatThrownBy(() -> Message.of(Message.Role.TOOL, "18 C")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Message.toolResult");
    assertThatThrownBy(() -> Message.Role.parse("tool")).isInstanceOf(IllegalArgumentException.class);
  }
}
