package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.JudgeContext;
import io.benchmarkhub.api.JudgeModel;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link JudgeContext} for tests: each judge model answers from its own script, in order, each
 * answer costing 100 input and 20 output tokens and $0.001; every ask is remembered.
 */
final class ScriptedJudgeModels implements JudgeContext {
  /** One ask: the model, the messages, the params and the sample number. */
  record Ask(String model, List<Message> messages, ModelParams params, int sample) {}

  final List<Ask> asks = new ArrayList<>();
  private final Map<String, Deque<Object>> scripts = new HashMap<>();
  private final ModelRef defaultModel;

  ScriptedJudgeModels(ModelRef defaultModel) {
    this.defaultModel = defaultModel;
  }

  /** Scripts a model's answers: a String is answered, a ProviderException thrown. */
  ScriptedJudgeModels script(String model, Object... answers) {
    scripts.computeIfAbsent(model, m -> new ArrayDeque<>()).addAll(List.of(answers));
    return this;
  }

  @Override
  public JudgeModel model(ModelRef model) {
    return new JudgeModel() {
      @Override
      public ModelRef ref() {
        return model;
      }

      @Override
      public synchronized Completion complete(List<Message> messages, ModelParams params, int sample)
          throws ProviderException {
        asks.add(new Ask(model.id(), messages, params, sample));
        Deque<Object> script = scripts.get(model.id());
        Object next = script == null || script.isEmpty() ? "(no scripted answer)" : script.poll();
        if (next instanceof ProviderException e) {
          throw e;
        }
        return new Completion((String) next, FinishReason.STOP, Duration.ofMillis(300),
            Usage.of(100, 20).withCost(0.001), null);
      }
    };
  }

  @Override
  public Optional<ModelRef> defaultModel() {
    return Optional.ofNullable(defaultModel);
  }
}
