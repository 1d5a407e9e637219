package io.benchmarkhub.api;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The trial's model as a {@link Subject} receives it: each call is one request that goes through the
 * runner exactly like a prompt's request (response cache, cassette record and replay, retries and
 * circuit breaker, rate limits, budget, pricing), within the trial's time budget
 * ({@code retry.total-timeout}, shared by all of the trial's calls).
 *
 * <p>Each call is its own recording: its fingerprint is that of a prompt's request with the same
 * messages, parameters and repeat, and when one trial sends the very same request again, the second
 * send is a separate recording, told apart by its occurrence (2, 3, ...). So replay gives every call of
 * a trial the answer it got when recorded, whatever the order of the calls.
 *
 * <p>Thread-safe: a subject may call it from several threads, though its calls then count against the
 * provider's concurrency only once per trial. Valid only while the subject runs: a call after
 * {@link Subject#answer} returned throws {@link IllegalStateException}.
 */
public interface ModelHandle {

  /** {@return the trial's model, with its parameters} */
  ModelRef model();

  /**
   * Asks the model with its own parameters.
   *
   * @param messages the conversation, not empty
   * @return the answer, priced when the model's price is known; {@link Completion#origin()} says whether
   *     the cache or cassette served it
   * @throws ProviderException when the provider fails after the runner's retries, or the trial's time
   *     budget is spent ({@link ProviderException.Kind#TIMEOUT}); left uncaught, the trial errors with
   *     its kind
   * @throws IllegalStateException when the budget is reached, the cassette lacks the request in replay,
   *     or the run is cancelled: the trial then ends in error whatever the subject does next
   */
  Completion complete(List<Message> messages) throws ProviderException;

  /**
   * Asks the model with parameters changed for this call, e.g.
   * {@code complete(messages, p -> p.withTemperature(0).withJsonOutput())}.
   *
   * @param overrides applied to the model's own parameters; what they do not change stays
   * @throws ProviderException as {@link #complete(List)}
   */
  Completion complete(List<Message> messages, UnaryOperator<ModelParams> overrides) throws ProviderException;

  /**
   * Asks the model with tools it may call, for an agent's tool loop: the answer's
   * {@link Completion#toolCalls()} are the calls it asks for; run them, then call again with the
   * conversation extended by {@link Message#assistant(String, List) Message.assistant(text, calls)} and one
   * {@link Message#toolResult Message.toolResult(id, name, result)} per call, until it answers without
   * calls. Each call is one request, recorded and replayed like any other; the offered tools and the choice
   * join its fingerprint.
   *
   * <pre>{@code
   * List<Message> conversation = new ArrayList<>(List.of(Message.user(question)));
   * Completion c = model.complete(conversation, List.of(weather), null, p -> p);
   * while (!c.toolCalls().isEmpty()) {
   *   conversation.add(Message.assistant(c.text(), c.toolCalls()));
   *   for (ToolCall call : c.toolCalls()) {
   *     conversation.add(Message.toolResult(call.id(), call.name(), runTool(call)));
   *   }
   *   c = model.complete(conversation, List.of(weather), null, p -> p);
   * }
   * }</pre>
   *
   * @param tools the tools offered, names unique; empty offers none
   * @param choice whether and which tool the model must call, or null for the provider's default (auto)
   * @param overrides applied to the model's own parameters, as in {@link #complete(List, UnaryOperator)}
   * @throws ProviderException as {@link #complete(List)}
   * @throws IllegalArgumentException when two tools share a name or the choice names a tool not offered
   * @throws UnsupportedOperationException when this handle cannot offer tools (the runner's handle can)
   */
  default Completion complete(List<Message> messages, List<ToolDefinition> tools, ToolChoice choice,
      UnaryOperator<ModelParams> overrides) throws ProviderException {
    if (tools.isEmpty() && choice == null) {
      return complete(messages, overrides);
    }
    throw new UnsupportedOperationException(getClass().getName() + " cannot offer tools to the model");
  }

  /**
   * {@return the model's answer when it may call these tools}, with its own parameters and the provider's
   * default choice; see {@link #complete(List, List, ToolChoice, UnaryOperator)}
   *
   * @throws ProviderException as {@link #complete(List)}
   */
  default Completion complete(List<Message> messages, List<ToolDefinition> tools) throws ProviderException {
    return complete(messages, tools, null, UnaryOperator.identity());
  }

  /**
   * {@return the text of the model's answer to one user message}
   *
   * @throws ProviderException as {@link #complete(List)}
   */
  default String ask(String userText) throws ProviderException {
    return complete(List.of(Message.user(userText))).text();
  }
}
