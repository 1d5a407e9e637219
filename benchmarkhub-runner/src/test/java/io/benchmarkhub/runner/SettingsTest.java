package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void builderWinsOverSystemPropertyWhichWinsOverEnvironment() {
    Map<String, String> props = Map.of("benchmarkhub.openai.base-url", "http://prop", "benchmarkhub.anthropic.base-url", "http://prop-a");
    Map<String, String> env = Map.of("BENCHMARKHUB_OPENAI_BASE_URL", "http://env", "BENCHMARKHUB_ANTHROPIC_BASE_URL", "http://env-a",
        "BENCHMARKHUB_GEMINI_BASE_URL", "http://env-g");
    Settings s = new Settings(k -> k.equals("openai.base-url") ? Optional.of("http://builder") : Optional.empty(),
        props::get, env::get);

    assertThat(s.get("openai.base-url")).contains("http://builder");
    assertThat(s.get("anthropic.base-url")).contains("http://prop-a");
    assertThat(s.get("gemini.base-url")).contains("http://env-g");
    assertThat(s.get("ollama.base-url")).isEmpty();
  }

  @Test
  void environmentNamesAreUpperCaseWithUnderscores() {
    assertThat(Settings.environmentName("openai-compatible.base-url")).isEqualTo("BENCHMARKHUB_OPENAI_COMPATIBLE_BASE_URL");
  }

  @Test
  void aBadIntegerNamesThePropertyAndTheVariable() {
    Settings s = new Settings(k -> Optional.empty(), Map.of("benchmarkhub.openai.concurrency", "lots")::get, k -> null);
    assertThatThrownBy(() -> s.positiveInt("openai.concurrency"))
        .hasMessage("setting benchmarkhub.openai.concurrency must be a positive integer, was 'lots'. "
            + "Fix the system property benchmarkhub.openai.concurrency or the variable BENCHMARKHUB_OPENAI_CONCURRENCY.");
    Settings zero = new Settings(k -> Optional.empty(), Map.of("benchmarkhub.openai.concurrency", "0")::get, k -> null);
    assertThatThrownBy(() -> zero.positiveInt("openai.concurrency")).hasMessageContaining("was '0'");
  }
}
