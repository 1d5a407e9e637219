package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a benchmark file's {@code models}: each {@code provider:model}, or an object with {@code id} and the
 * parameters of {@code @Model}: {@code label}, {@code temperature}, {@code topP}, {@code maxTokens},
 * {@code seed}, {@code system} (the model's own system prompt, replacing the file's).
 */
final class ModelSpecs {
  private ModelSpecs() {}

  /**
   * {@return the models, in file order}, each with the file's system prompt unless it has its own
   *
   * @param system the file's {@code system} prompt, or null
   */
  static List<ModelRef> list(SpecNode models, String system) {
    if (models.items().isEmpty()) {
      throw models.error("is empty: give at least one model, e.g. - openai:gpt-4o-mini");
    }
    List<ModelRef> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SpecNode m : models.items()) {
      ModelRef ref = model(m, system);
      if (!ids.add(ref.id())) {
        throw m.error("model '" + ref.id() + "' is listed twice: remove one, or give each its own label");
      }
      out.add(ref);
    }
    return List.copyOf(out);
  }

  /** {@return a {@code provider:model} text as a reference}, failing at the node when it is not one */
  static ModelRef ref(SpecNode text) {
    try {
      return ModelRef.parse(text.nonBlankText());
    } catch (BenchmarkException e) {
      throw text.error(e.getMessage(), e);
    }
  }

  private static ModelRef model(SpecNode m, String system) {
    if (m.isText()) {
      ModelRef ref = ref(m);
      return system == null ? ref : ref.withParams(ref.params().withSystemPrompt(system));
    }
    m.object().allowOnly("id", "label", "temperature", "topP", "maxTokens", "seed", "system");
    ModelRef ref = ref(m.require("id", "the model, provider:model, e.g. openai:gpt-4o-mini"));
    ModelParams p = ref.params();
    try {
      if (m.field("temperature").isPresent()) {
        p = p.withTemperature(m.field("temperature").get().number());
      }
      if (m.field("topP").isPresent()) {
        p = p.withTopP(m.field("topP").get().number());
      }
      if (m.field("maxTokens").isPresent()) {
        p = p.withMaxTokens(m.field("maxTokens").get().atLeast(1));
      }
      if (m.field("seed").isPresent()) {
        p = p.withSeed(m.field("seed").get().whole());
      }
    } catch (IllegalArgumentException e) {
      throw m.error(e.getMessage(), e);
    }
    String own = m.field("system").map(SpecNode::text).orElse(system);
    if (own != null) {
      p = p.withSystemPrompt(own);
    }
    ModelRef withParams = ref.withParams(p);
    return m.field("label").map(l -> withParams.withLabel(l.nonBlankText().strip())).orElse(withParams);
  }
}
