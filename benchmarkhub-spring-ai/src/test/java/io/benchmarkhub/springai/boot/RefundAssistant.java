package io.benchmarkhub.springai.boot;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;

/** The application's own AI code: answers refund questions from the policy, through a {@link ChatClient}. */
public class RefundAssistant {
  private final ChatClient chat;
  private final String policy;

  RefundAssistant(ChatModel model, String policy) {
    this.chat = ChatClient.builder(model).defaultSystem("Answer from this refund policy only: {policy}").build();
    this.policy = policy;
  }

  /** {@return this assistant on another chat model}, e.g. the benchmark trial's */
  public RefundAssistant withModel(ChatModel model) {
    return new RefundAssistant(model, policy);
  }

  /** {@return the answer to a customer's question} */
  public String answer(String question) {
    return chat.prompt().system(s -> s.param("policy", policy)).user(question).call().content();
  }
}
