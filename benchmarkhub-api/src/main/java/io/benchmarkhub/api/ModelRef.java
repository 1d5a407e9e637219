package io.benchmarkhub.api;

import java.util.Objects;

/**
 * A model a benchmark runs on, addressed {@code provider:model} (for example
 * {@code openai:gpt-4o-mini}, {@code openrouter:anthropic/claude-3.5-haiku},
 * {@code ollama:llama3.2:3b}), with its request {@link ModelParams parameters} and an optional
 * label.
 *
 * <p>The provider is the text before the first colon; the model is everything after it, so model
 * names may themselves hold colons and slashes. The {@link #id() id} names the model in results:
 * the label when one is set (to run one model twice with different parameters), else
 * {@code provider:model}.
 *
 * <p>Immutable; the {@code with...} methods return new instances.
 */
public final class ModelRef {
  private final String provider;
  private final String model;
  private final ModelParams params;
  private final String label;

  private ModelRef(String provider, String model, ModelParams params, String label) {
    this.provider = provider;
    this.model = model;
    this.params = Objects.requireNonNull(params, "params");
    this.label = label;
  }

  /**
   * Parses {@code provider:model}.
   *
   * @param ref for example {@code "anthropic:claude-3-5-haiku-latest"}
   * @return the reference with default parameters
   * @throws BenchmarkException when the text has no provider or no model part
   */
  public static ModelRef parse(String ref) {
    Objects.requireNonNull(ref, "model reference");
    int colon = ref.indexOf(':');
    if (colon <= 0 || colon == ref.length() - 1 || !ref.strip().equals(ref)) {
      throw new BenchmarkException("model '" + ref + "' is not of the form provider:model "
          + "(for example openai:gpt-4o-mini or ollama:llama3.2).");
    }
    return new ModelRef(ref.substring(0, colon), ref.substring(colon + 1), ModelParams.defaults(), null);
  }

  /** {@return a reference to {@code model} at {@code provider}} */
  public static ModelRef of(String provider, String model) {
    return parse(Objects.requireNonNull(provider, "provider") + ":" + Objects.requireNonNull(model, "model"));
  }

  /** {@return the provider id, e.g. "openai"} */
  public String provider() {
    return provider;
  }

  /** {@return the model name as the provider knows it, e.g. "gpt-4o-mini"} */
  public String model() {
    return model;
  }

  /** {@return the request parameters} */
  public ModelParams params() {
    return params;
  }

  /** {@return the name used in results: the label, or {@code provider:model}} */
  public String id() {
    return label != null ? label : provider + ":" + model;
  }

  /** {@return a copy with these parameters} */
  public ModelRef withParams(ModelParams newParams) {
    return new ModelRef(provider, model, newParams, label);
  }

  /**
   * {@return a copy labelled {@code newLabel}}, the name it has in results
   *
   * @throws IllegalArgumentException when the label is blank
   */
  public ModelRef withLabel(String newLabel) {
    if (newLabel == null || newLabel.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
    return new ModelRef(provider, model, params, newLabel);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelRef m && m.provider.equals(provider) && m.model.equals(model)
        && m.params.equals(params) && Objects.equals(m.label, label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, model, params, label);
  }

  /** {@return the id, plus the parameters when any are set} */
  @Override
  public String toString() {
    return params.equals(ModelParams.defaults()) ? id() : id() + " " + params;
  }
}
