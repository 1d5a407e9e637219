package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCounterTest {
  static final String FOX = "The quick brown fox jumps over the lazy dog.";

  @Test
  void countsOpenAiModelsExactlyWithO200kBase() {
    ModelRef gpt4o = ModelRef.parse("openai:gpt-4o-mini");
    assertThat(TokenCounter.method(gpt4o)).isEqualTo("o200k_base");
    assertThat(TokenCounter.countText(gpt4o, FOX)).isEqualTo(10);
    assertThat(TokenCounter.countText(gpt4o, "Hello, world!")).isEqualTo(4);
    assertThat(TokenCounter.count(gpt4o, List.of(Message.user(FOX)))).isEqualTo(10 + 3 + 3);
  }

  @Test
  void picksTheEncodingByModelFamily() {
    assertThat(TokenCounter.method(ModelRef.parse("openai:gpt-4.1-nano"))).isEqualTo("o200k_base");
    assertThat(TokenCounter.method(ModelRef.parse("openai:o3-mini"))).isEqualTo("o200k_base");
    assertThat(TokenCounter.method(ModelRef.parse("openrouter:openai/gpt-4o-mini"))).isEqualTo("o200k_base");
    assertThat(TokenCounter.method(ModelRef.parse("openai:gpt-4-turbo"))).isEqualTo("cl100k_base");
    assertThat(TokenCounter.method(ModelRef.parse("openai:gpt-3.5-turbo"))).isEqualTo("cl100k_base");
    assertThat(TokenCounter.method(ModelRef.parse("anthropic:claude-3-5-haiku-latest"))).isEqualTo("chars/4");
    assertThat(TokenCounter.method(ModelRef.parse("gemini:gemini-2.0-flash"))).isEqualTo("chars/4");
  }

  @Test
  void estimatesOtherModelsAtOneTokenPerFourCharactersRoundedUp() {
    ModelRef claude = ModelRef.parse("anthropic:claude-3-5-haiku-latest");
    assertThat(FOX).hasSize(44);
    assertThat(TokenCounter.countText(claude, FOX)).isEqualTo(11);
    assertThat(TokenCounter.countText(claude, FOX + "!")).isEqualTo(12);
  }

  @Test
  void countsTheModelsSystemPromptAsAMessage() {
    ModelRef m = ModelRef.parse("openai:gpt-4o");
    ModelRef withSystem = m.withParams(m.params().withSystemPrompt(FOX));
    assertThat(TokenCounter.count(withSystem, List.of(Message.user(FOX)))).isEqualTo(2 * (10 + 3) + 3);
  }
}
