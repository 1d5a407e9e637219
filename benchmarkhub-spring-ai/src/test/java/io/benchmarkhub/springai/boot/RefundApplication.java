package io.benchmarkhub.springai.boot;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A small Spring Boot application under test: Spring AI's auto-configured OpenAI chat model (from
 * {@code application.properties}) and a refund assistant bean built on it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RefundApplication {

  /** The application's policy text, which the assistant grounds its answers in. */
  static final String POLICY = "Refunds are paid within 30 days. Opened software is not refunded.";

  @Bean
  RefundAssistant refundAssistant(ChatModel chatModel) {
    return new RefundAssistant(chatModel, POLICY);
  }
}
