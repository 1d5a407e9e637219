package io.benchmarkhub.springai;

import io.benchmarkhub.api.ModelHandle;

/**
 * The trial's model as a Spring AI {@code ChatModel}, so a subject runs the application's own Spring AI
 * code (a service built on a {@code ChatModel} or a {@code ChatClient}) against each model of the benchmark:
 *
 * <pre>{@code
 * BenchmarkHub.benchmark("refunds")
 *     .dataset(Dataset.classpath("refund-questions.jsonl"))
 *     .subject((c, model) -> new RefundAssistant(ChatClient.create(SpringAiModels.chatModel(model)))
 *         .answer(c.input()))
 *     .models("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest")
 *     .judge(Judges.contains("30 days"))
 *     .run();
 * }</pre>
 *
 * <p>Every {@code call} is one {@link ModelHandle#complete} call, so it goes through the runner: cache,
 * cassette record and replay, retries, rate limits, budget and cost. What it maps:
 * <ul>
 *   <li>messages: system, user and assistant text; a tool response, tool calls or media fail the call with
 *       an {@link IllegalArgumentException} naming the message;</li>
 *   <li>the prompt's options: temperature, top-p and max tokens change the trial model's parameters for
 *       that call; the options' model is ignored (the benchmark decides which model answers); stop
 *       sequences, top-k, penalties and tools fail the call with an {@link IllegalArgumentException};</li>
 *   <li>the answer: one generation with the text and the finish reason ({@code "STOP"}, {@code "LENGTH"},
 *       {@code "CONTENT_FILTER"}, {@code "TOOL_CALLS"}, {@code "OTHER"}), and metadata with the served
 *       model and the token usage;</li>
 *   <li>a provider error (after the runner's retries): a {@link ModelCallException} whose cause is the
 *       {@link io.benchmarkhub.api.ProviderException}, so the trial keeps the provider's error kind;</li>
 *   <li>{@code stream}: the whole answer as one chunk.</li>
 * </ul>
 *
 * <p>The chat model is only as valid as the handle: use it within the trial that received it.
 */
public final class SpringAiModels {

  private SpringAiModels() {}

  /**
   * {@return the trial's model as a Spring AI {@code ChatModel}}; wrap it with {@code ChatClient.create(..)}
   * for a {@code ChatClient}
   *
   * @param model the handle the subject received
   * @throws NullPointerException when the handle is null
   */
  public static org.springframework.ai.chat.model.ChatModel chatModel(ModelHandle model) {
    return new HandleChatModel(model);
  }
}
