package io.benchmarkhub.springai;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ToolChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/** Request options between Spring AI's {@link ChatOptions} and BenchmarkHub's {@link ModelParams}. */
final class SpringAiOptions {

  private SpringAiOptions() {}

  /**
   * {@return the changes a prompt's options make to the trial's model parameters}: temperature, top-p
   * and max tokens; the options' model is ignored, since the benchmark decides which model answers
   *
   * @param options the prompt's options, or null
   * @throws IllegalArgumentException for an option the model handle cannot send (stop sequences, top-k,
   *     frequency or presence penalty), naming it; tools are not parameters, see {@link #tools}
   */
  static UnaryOperator<ModelParams> overrides(ChatOptions options) {
    return overridesOf(options);
  }

  /**
   * {@return the tools a prompt's options offer}: each tool callback's definition (name, description,
   * input schema), in order; none when the options offer none
   *
   * @throws IllegalArgumentException when a tool's input schema is not a JSON object, naming the tool
   */
  static List<io.benchmarkhub.api.ToolDefinition> tools(ChatOptions options) {
    if (!(options instanceof ToolCallingChatOptions tools) || tools.getToolCallbacks() == null) {
      return List.of();
    }
    return tools.getToolCallbacks().stream().map(c -> c.getToolDefinition())
        .map(d -> io.benchmarkhub.api.ToolDefinition.of(d.name(), d.description() == null ? "" : d.description(),
            d.inputSchema()))
        .toList();
  }

  private static UnaryOperator<ModelParams> overridesOf(ChatOptions options) {
    if (options == null) {
      return UnaryOperator.identity();
    }
    List<String> unsupported = new ArrayList<>();
    if (options.getStopSequences() != null && !options.getStopSequences().isEmpty()) {
      unsupported.add("stopSequences");
    }
    if (options.getTopK() != null) {
      unsupported.add("topK");
    }
    if (options.getFrequencyPenalty() != null) {
      unsupported.add("frequencyPenalty");
    }
    if (options.getPresencePenalty() != null) {
      unsupported.add("presencePenalty");
    }
    if (!unsupported.isEmpty()) {
      throw new IllegalArgumentException("the BenchmarkHub model handle cannot send the Spring AI option(s) "
          + String.join(", ", unsupported) + ": it sends temperature, topP and maxTokens; set other "
          + "parameters on the benchmark's model (ModelParams.withExtra)");
    }
    Double temperature = options.getTemperature();
    Double topP = options.getTopP();
    Integer maxTokens = options.getMaxTokens();
    return params -> {
      ModelParams p = params;
      if (temperature != null) {
        p = p.withTemperature(temperature);
      }
      if (topP != null) {
        p = p.withTopP(topP);
      }
      if (maxTokens != null) {
        p = p.withMaxTokens(maxTokens);
      }
      return p;
    };
  }

  /**
   * {@return the Spring AI options for a request}: the chat model's default options with temperature,
   * top-p and max tokens set, the request's tools offered, and the model name when given. Starting from
   * the chat model's own options keeps their type, which models such as Spring AI 2's
   * {@code OpenAiChatModel} require (they cast a prompt's options to their own class).
   *
   * @param defaults the chat model's default options, or null
   * @param modelName the model to ask for, or null to leave the chat model's own
   * @throws IllegalArgumentException naming what Spring AI's portable options cannot carry (seed, JSON
   *     output, extra body fields, a tool choice other than auto), or tools for a chat model whose
   *     options take none
   */
  static ChatOptions toSpringAi(ChatRequest request, ChatOptions defaults, String modelName) {
    ModelParams params = request.params();
    List<String> unsupported = new ArrayList<>();
    if (request.choice().filter(c -> c.mode() != ToolChoice.Mode.AUTO).isPresent()) {
      unsupported.add("toolChoice " + request.toolChoice());
    }
    if (params.seed().isPresent()) {
      unsupported.add("seed");
    }
    if (params.jsonOutput()) {
      unsupported.add(params.jsonSchema().isPresent() ? "jsonOutput(schema)" : "jsonOutput");
    }
    if (!params.extra().isEmpty()) {
      unsupported.add("extra " + params.extra().keySet());
    }
    if (!unsupported.isEmpty()) {
      throw new IllegalArgumentException("a Spring AI ChatModel takes only temperature, topP and maxTokens "
          + "from a benchmark; " + String.join(", ", unsupported) + " must be set on the ChatModel's own "
          + "options instead");
    }
    ChatOptions.Builder<?> builder = defaults == null ? ChatOptions.builder() : defaults.mutate();
    if (modelName != null) {
      builder.model(modelName);
    }
    params.temperature().ifPresent(builder::temperature);
    params.topP().ifPresent(builder::topP);
    params.maxTokens().ifPresent(builder::maxTokens);
    if (!request.tools().isEmpty()) {
      if (!(builder instanceof ToolCallingChatOptions.Builder<?> tools)) {
        throw new IllegalArgumentException("the request offers tools, but the chat model's options ("
            + builder.getClass().getSimpleName() + ") take none");
      }
      tools.toolCallbacks(request.tools().stream().<org.springframework.ai.tool.ToolCallback>map(DeclaredTool::new)
          .toList());
    }
    return builder.build();
  }
}
