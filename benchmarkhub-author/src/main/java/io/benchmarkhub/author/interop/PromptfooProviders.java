package io.benchmarkhub.author.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * promptfoo provider ids as BenchmarkHub {@code provider:model} ids: {@code openai:gpt-4o-mini} and
 * {@code openai:chat:gpt-4o-mini} → {@code openai:gpt-4o-mini}, {@code anthropic:messages:claude-…} →
 * {@code anthropic:claude-…}, {@code google:gemini-…} → {@code gemini:gemini-…}, {@code ollama:chat:llama3.2} →
 * {@code ollama:llama3.2}, {@code openrouter:…} as is. Everything else (Bedrock, Azure, Vertex, HTTP, scripts,
 * embeddings, images) has no BenchmarkHub provider.
 */
final class PromptfooProviders {
  /** promptfoo prefix → our provider; the rest of the id, after an optional API kind, is the model. */
  private static final Map<String, String> PREFIXES = Map.of(
      "openai", "openai", "anthropic", "anthropic", "google", "gemini", "ollama", "ollama",
      "openrouter", "openrouter");
  /** API kinds promptfoo puts between the provider and the model, which we can drop. */
  private static final List<String> CHAT_KINDS = List.of("chat", "messages", "responses", "completion");
  /** API kinds that are not text generation. */
  private static final List<String> OTHER_KINDS = List.of("embedding", "embeddings", "image", "assistant",
      "moderation", "realtime", "transcription");
  /** promptfoo config keys → our model fields. */
  private static final Map<String, String> PARAMS = Map.of(
      "temperature", "temperature", "max_tokens", "maxTokens", "top_p", "topP", "seed", "seed");

  private PromptfooProviders() {}

  /**
   * {@return our {@code provider:model} for a promptfoo provider id}, empty when BenchmarkHub has no such provider
   */
  static Optional<String> id(String promptfoo) {
    int colon = promptfoo.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String ours = PREFIXES.get(promptfoo.substring(0, colon));
    String rest = promptfoo.substring(colon + 1);
    int next = rest.indexOf(':');
    if (next > 0) {
      String kind = rest.substring(0, next);
      if (OTHER_KINDS.contains(kind)) {
        return Optional.empty();
      }
      if (CHAT_KINDS.contains(kind)) {
        rest = rest.substring(next + 1);
      }
    }
    return ours == null || rest.isBlank() ? Optional.empty() : Optional.of(ours + ":" + rest);
  }

  /**
   * {@return a benchmark file's model entry for one {@code providers} entry}: an id, or {@code {id, label,
   * temperature, maxTokens, topP, seed}}; empty with a note when it cannot be mapped
   */
  static Optional<Object> model(ConfigNode entry, List<ImportNote> notes) {
    ConfigNode idNode = entry.isMap() ? entry.field("id").orElseThrow(() -> entry.error(
        "a provider object needs an id, such as id: openai:gpt-4o-mini")) : entry;
    String promptfooId = idNode.text();
    Optional<String> id = id(promptfooId);
    if (id.isEmpty()) {
      notes.add(new ImportNote(entry.location(), "provider '" + promptfooId + "' has no BenchmarkHub provider"
          + " (openai, anthropic, gemini, ollama, openrouter, openai-compatible); left out of models", false));
      return Optional.empty();
    }
    if (!entry.isMap()) {
      return Optional.of(id.get());
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", id.get());
    entry.field("label").ifPresent(l -> model.put("label", l.text()));
    entry.field("config").ifPresent(config -> config.fields().forEach((key, value) -> {
      String ours = PARAMS.get(key);
      if (ours != null) {
        model.put(ours, value.plain());
      } else {
        notes.add(new ImportNote(value.location(), "provider option '" + key + "' has no BenchmarkHub model"
            + " setting; left out", false));
      }
    }));
    return Optional.of(model.size() == 1 ? id.get() : model);
  }
}
