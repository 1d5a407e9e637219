package io.benchmarkhub.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;

/** The named registry behind the spring-ai provider id. */
class SpringAiProvidersTest {
  private static final ChatModel FIRST = prompt -> new ChatResponse(java.util.List.of());
  private static final ChatModel SECOND = prompt -> new ChatResponse(java.util.List.of());

  @Test
  void closingARegistrationKeepsAModelRegisteredUnderTheSameNameSince() {
    SpringAiProviders.Registration first = SpringAiProviders.register("assistant-test", FIRST);
    try (SpringAiProviders.Registration second = SpringAiProviders.register("assistant-test", SECOND)) {
      first.close();
      assertThat(SpringAiProviders.find("assistant-test")).containsSame(SECOND);
    }
    assertThat(SpringAiProviders.find("assistant-test")).isEmpty();
  }

  @Test
  void aNameMustFitTheModelPartOfAnAddress() {
    assertThatThrownBy(() -> SpringAiProviders.register("a:b", FIRST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a:b'");
    assertThatThrownBy(() -> SpringAiProviders.register(" ", FIRST)).isInstanceOf(IllegalArgumentException.class);
  }
}
