package io.benchmarkhub.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;

/** The named registry behind the spring-ai provider id. */
class ChatModelRegistryTest {
  private static final ChatModel FIRST = prompt -> new ChatResponse(List.of());
  private static final ChatModel SECOND = prompt -> new ChatResponse(List.of());

  @Test
  void closingARegistrationKeepsAModelRegisteredUnderTheSameNameSince() {
    SpringAiModels.Registration first = SpringAiModels.register("assistant-test", FIRST);
    try (SpringAiModels.Registration second = SpringAiModels.register("assistant-test", SECOND)) {
      first.close();
      assertThat(ChatModelRegistry.find("assistant-test")).containsSame(SECOND);
      assertThat(SpringAiModels.registered()).contains("assistant-test");
    }
    assertThat(ChatModelRegistry.find("assistant-test")).isEmpty();
  }

  @Test
  void unregisterSaysWhetherTheNameWasRegistered() {
    SpringAiModels.register("assistant-gone", FIRST);

    assertThat(SpringAiModels.unregister("assistant-gone")).isTrue();
    assertThat(SpringAiModels.unregister("assistant-gone")).isFalse();
  }

  @Test
  void aNameMustFitTheModelPartOfAnAddress() {
    assertThatThrownBy(() -> SpringAiModels.register("a:b", FIRST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a:b'");
    assertThatThrownBy(() -> SpringAiModels.register(" ", FIRST)).isInstanceOf(IllegalArgumentException.class);
  }
}
