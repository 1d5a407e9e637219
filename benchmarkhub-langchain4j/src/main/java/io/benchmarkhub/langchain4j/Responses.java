package io.benchmarkhub.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Usage;
import java.time.Duration;

/**
 * Converts answers between our {@link Completion} and LangChain4j's {@link ChatResponse}: text, tool calls
 * (as the AI message's tool execution requests), tokens, finish reason.
 */
final class Responses {
  private Responses() {}

  /**
   * {@return LangChain4j's response for our completion}
   *
   * @param modelName the model to name when the provider did not say which one served
   */
  static ChatResponse toLangChain4j(Completion c, String modelName) {
    return ChatResponse.builder()
        .aiMessage(c.toolCalls().isEmpty() ? AiMessage.from(c.text())
            : AiMessage.from(c.text().isEmpty() ? null : c.text(), Tools.toRequests(c.toolCalls())))
        .tokenUsage(new TokenUsage(Math.toIntExact(c.usage().inputTokens()), Math.toIntExact(c.usage().outputTokens())))
        .finishReason(toLangChain4j(c.finishReason()))
        .modelName(c.served().orElse(modelName))
        .build();
  }

  /**
   * {@return our completion for LangChain4j's response}
   *
   * @param latency how long the model took to answer
   */
  static Completion toBenchmarkHub(ChatResponse r, Duration latency) {
    AiMessage ai = r.aiMessage();
    String text = ai == null || ai.text() == null ? "" : ai.text();
    return new Completion(text, toBenchmarkHub(r.finishReason()), latency, usage(r.tokenUsage()), r.modelName(),
        io.benchmarkhub.api.CompletionOrigin.LIVE,
        ai == null || !ai.hasToolExecutionRequests() ? java.util.List.of() : Tools.toCalls(ai.toolExecutionRequests()));
  }

  private static Usage usage(TokenUsage t) {
    if (t == null) {
      return Usage.NONE;
    }
    return Usage.of(t.inputTokenCount() == null ? 0 : t.inputTokenCount(),
        t.outputTokenCount() == null ? 0 : t.outputTokenCount());
  }

  static dev.langchain4j.model.output.FinishReason toLangChain4j(FinishReason f) {
    return switch (f) {
      case STOP -> dev.langchain4j.model.output.FinishReason.STOP;
      case LENGTH -> dev.langchain4j.model.output.FinishReason.LENGTH;
      case CONTENT_FILTER -> dev.langchain4j.model.output.FinishReason.CONTENT_FILTER;
      case TOOL_CALLS -> dev.langchain4j.model.output.FinishReason.TOOL_EXECUTION;
      case OTHER -> dev.langchain4j.model.output.FinishReason.OTHER;
    };
  }

  static FinishReason toBenchmarkHub(dev.langchain4j.model.output.FinishReason f) {
    if (f == null) {
      return FinishReason.OTHER;
    }
    return switch (f) {
      case STOP -> FinishReason.STOP;
      case LENGTH -> FinishReason.LENGTH;
      case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
      case TOOL_EXECUTION -> FinishReason.TOOL_CALLS;
      case OTHER -> FinishReason.OTHER;
    };
  }
}
