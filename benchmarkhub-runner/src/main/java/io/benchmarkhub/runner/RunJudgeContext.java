package io.benchmarkhub.runner;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.JudgeContext;
import io.benchmarkhub.api.JudgeModel;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import java.util.List;
import java.util.Optional;

/**
 * The {@link JudgeContext} of one run: judge models answer through the run's {@link CompletionSources}
 * (cassette, cache, resilient provider) and come back priced by the run's {@link Pricing}.
 */
final class RunJudgeContext implements JudgeContext {
  /** The setting that names the default judge model. */
  static final String DEFAULT_MODEL_SETTING = "judge.model";

  private final CompletionSources sources;
  private final Pricing pricing;
  private final Settings settings;

  RunJudgeContext(CompletionSources sources, Pricing pricing, Settings settings) {
    this.sources = sources;
    this.pricing = pricing;
    this.settings = settings;
  }

  @Override
  public JudgeModel model(ModelRef model) {
    CompletionSource source = sources.judge(model);
    return new JudgeModel() {
      @Override
      public ModelRef ref() {
        return model;
      }

      @Override
      public Completion complete(List<Message> messages, ModelParams params, int sample) throws ProviderException {
        Completion c = source.complete(model.provider(), sample, new ChatRequest(model.model(), messages, params),
            fingerprint -> new CassetteMissException(model.id(), sample, source.replayed(), fingerprint));
        if (c == null) {
          throw new ProviderException(ProviderException.Kind.MALFORMED_RESPONSE,
              "judge model " + model.id() + " returned no completion");
        }
        return pricing.apply(model, c);
      }

      @Override
      public String toString() {
        return "JudgeModel[" + model.id() + " via " + source + "]";
      }
    };
  }

  /**
   * {@inheritDoc}
   *
   * @throws BenchmarkException when the setting is not a {@code provider:model} reference
   */
  @Override
  public Optional<ModelRef> defaultModel() {
    return settings.get(DEFAULT_MODEL_SETTING).map(v -> {
      try {
        return ModelRef.parse(v);
      } catch (BenchmarkException e) {
        throw Settings.invalid(DEFAULT_MODEL_SETTING, v, "a model as provider:model, e.g. openai:gpt-4o-mini");
      }
    });
  }
}
