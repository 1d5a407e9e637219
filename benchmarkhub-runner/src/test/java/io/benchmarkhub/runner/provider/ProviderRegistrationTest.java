package io.benchmarkhub.runner.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ProviderFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {

  @Test
  void everyBuiltInProviderIsFoundByItsId() {
    assertThat(ServiceLoader.load(ProviderFactory.class).stream().map(p -> p.get().id()))
        .contains("openai", "openrouter", "openai-compatible", "anthropic", "gemini", "ollama");
  }
}
