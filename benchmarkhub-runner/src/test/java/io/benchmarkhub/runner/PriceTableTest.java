package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.BenchmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {
  private final PriceTable table = PriceTable.builtIn();

  @Test
  void exactModelIdFindsItsEntry() {
    Price p = table.lookup("openai", "gpt-4o-mini").orElseThrow();
    assertThat(p.inputPerMillion()).isEqualTo(0.15);
    assertThat(p.outputPerMillion()).isEqualTo(0.60);
    assertThat(p.cachedInputPerMillion()).hasValue(0.075);
    assertThat(p.cost(1_000_000, 1_000_000)).isCloseTo(0.75, within(1e-12));
  }

  @ParameterizedTest(name = "{0}:{1} costs {2}/{3}")
  @CsvSource({
      "openai, gpt-4o-mini-2024-07-18, 0.15, 0.60",
      "openai, gpt-4o-2024-08-06, 2.50, 10.00",
      "openai, gpt-4o-2024-05-13, 5.00, 15.00",
      "openai, gpt-4.1-nano-2025-04-14, 0.10, 0.40",
      "openai, o4-mini-2025-04-16, 1.10, 4.40",
      "anthropic, claude-3-5-haiku-latest, 0.80, 4.00",
      "anthropic, claude-3-5-haiku-20241022, 0.80, 4.00",
      "anthropic, claude-3-7-sonnet-latest, 3.00, 15.00",
      "anthropic, claude-sonnet-4-20250514, 3.00, 15.00",
      "anthropic, claude-opus-4-20250514, 15.00, 75.00",
      "anthropic, claude-opus-4-5-20251101, 5.00, 25.00",
      "gemini, gemini-2.0-flash-001, 0.10, 0.40",
      "gemini, gemini-2.0-flash-lite, 0.075, 0.30",
      "gemini, gemini-2.5-flash-lite, 0.10, 0.40",
      "gemini, gemini-2.5-pro, 1.25, 10.00",
      "gemini, gemini-1.5-flash-002, 0.075, 0.30",
      "ollama, llama3.2, 0, 0",
      "ollama, qwen2.5:7b, 0, 0"})
  void longestPrefixMatchesDatedSnapshotsAndAliases(String provider, String model, double in, double out) {
    Price p = table.lookup(provider, model).orElseThrow();
    assertThat(p.inputPerMillion()).isEqualTo(in);
    assertThat(p.outputPerMillion()).isEqualTo(out);
  }

  @Test
  void everyModelTheTableMustCoverHasAPrice() {
    Map<String, String[]> required = Map.of(
        "openai", new String[] {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "o3-mini", "o4-mini"},
        "anthropic", new String[] {"claude-3-5-haiku-latest", "claude-3-5-sonnet-20241022", "claude-3-7-sonnet-20250219",
            "claude-sonnet-4-0", "claude-opus-4-0"},
        "gemini", new String[] {"gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-1.5-flash", "gemini-1.5-pro",
            "gemini-2.5-flash", "gemini-2.5-pro"});
    required.forEach((provider, models) -> {
      for (String m : models) {
        assertThat(table.lookup(provider, m)).as(provider + ":" + m).isPresent();
      }
    });
    assertThat(table.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void unknownModelOrProviderHasNoPriceRatherThanZero() {
    assertThat(table.lookup("openai", "my-finetune")).isEmpty();
    assertThat(table.lookup("openai", "gpt-4")).isEmpty();
    assertThat(table.lookup("acme", "gpt-4o")).isEmpty();
  }

  @Test
  void overrideFileReplacesAndAddsEntriesAndKeepsTheRest(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("prices.json");
    Files.writeString(file, """
        {"asOf": "2030-01-01", "providers": {
          "openai": {"gpt-4o-mini": {"input": 1.0, "output": 2.0}},
          "acme": {"rocket": {"input": 3.0, "output": 4.0, "note": "ours"}}}}
        """);
    PriceTable merged = PriceTable.load(settings(Map.of("prices", file.toString())));
    assertThat(merged.lookup("openai", "gpt-4o-mini-2024-07-18").orElseThrow().inputPerMillion()).isEqualTo(1.0);
    assertThat(merged.lookup("acme", "rocket").orElseThrow().outputPerMillion()).isEqualTo(4.0);
    assertThat(merged.lookup("openai", "gpt-4o").orElseThrow().inputPerMillion()).isEqualTo(2.50);
    assertThat(merged.asOf()).contains("2030-01-01");
  }

  @Test
  void overrideFileCanComeFromTheClasspath() {
    PriceTable merged = PriceTable.load(settings(Map.of("prices", "classpath:prices/override.json")));
    assertThat(merged.lookup("acme", "rocket").orElseThrow().inputPerMillion()).isEqualTo(3.0);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"providers\": {\"openai\": {\"gpt-4o\": {\"inptu\": 1, \"output\": 2}}}}|unknown field 'inptu'",
      "{\"providers\": {\"openai\": {\"gpt-4o\": {\"input\": -1, \"output\": 2}}}}|providers.openai.gpt-4o",
      "{\"providers\": {\"openai\": {\"gpt-4o\": {\"output\": 2}}}}|'input' must be a number",
      "{\"openai\": {}}|needs an object \"providers\"",
      "{\"providers\": {|not valid JSON"})
  void badOverrideFileFailsNamingTheFile(String json, String problem, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-prices.json");
    Files.writeString(file, json);
    assertThatThrownBy(() -> PriceTable.load(settings(Map.of("prices", file.toString()))))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining(problem);
  }

  @Test
  void missingOverrideFileFailsNamingTheFileAndTheSetting(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.json");
    assertThatThrownBy(() -> PriceTable.load(settings(Map.of("prices", file.toString()))))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("benchmarkhub.prices");
    assertThatThrownBy(() -> PriceTable.load(settings(Map.of("prices", "classpath:prices/none.json"))))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("classpath:prices/none.json");
  }

  static Settings settings(Map<String, String> values) {
    return new Settings(k -> Optional.ofNullable(values.get(k)), k -> null, k -> null);
  }
}
