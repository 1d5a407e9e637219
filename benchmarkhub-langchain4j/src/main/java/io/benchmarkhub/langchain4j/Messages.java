package io.benchmarkhub.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import io.benchmarkhub.api.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts conversations between LangChain4j's messages and ours: system, user and AI messages map one
 * to one, an AI message's tool execution requests are our assistant turn's tool calls, and a
 * {@link ToolExecutionResultMessage} is our tool result. Images and audio have no BenchmarkHub form and
 * are refused with an {@link UnsupportedFeatureException} naming the message, never dropped silently.
 */
final class Messages {
  private Messages() {}

  /**
   * {@return our conversation for LangChain4j's messages, in order}
   *
   * @throws UnsupportedFeatureException for a message that is not plain text
   */
  static List<Message> toBenchmarkHub(List<ChatMessage> messages) {
    List<Message> out = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      out.add(toBenchmarkHub(messages.get(i), i));
    }
    return out;
  }

  private static Message toBenchmarkHub(ChatMessage message, int index) {
    if (message instanceof SystemMessage system) {
      return Message.system(system.text());
    }
    if (message instanceof UserMessage user) {
      return Message.user(userText(user, index));
    }
    if (message instanceof AiMessage ai) {
      String text = ai.text() == null ? "" : ai.text();
      return ai.hasToolExecutionRequests() ? Message.assistant(text, Tools.toCalls(ai.toolExecutionRequests()))
          : Message.assistant(text);
    }
    if (message instanceof ToolExecutionResultMessage result) {
      return Message.toolResult(result.id() == null ? "" : result.id(), result.toolName(),
          result.text() == null ? "" : result.text());
    }
    throw unsupported(index, "a " + message.type() + " message");
  }

  private static String userText(UserMessage user, int index) {
    StringBuilder text = new StringBuilder();
    for (Content content : user.contents()) {
      if (!(content instanceof TextContent part)) {
        throw unsupported(index, "a user message with " + content.type() + " content");
      }
      text.append(part.text());
    }
    return text.toString();
  }

  private static UnsupportedFeatureException unsupported(int index, String what) {
    return new UnsupportedFeatureException("message " + (index + 1) + " is " + what
        + ": the BenchmarkHub model handle sends text messages only (system, user, AI, tool results)");
  }

  /** {@return LangChain4j's messages for our conversation, in order} */
  static List<ChatMessage> toLangChain4j(List<Message> messages) {
    List<ChatMessage> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      out.add(switch (m.role()) {
        case SYSTEM -> SystemMessage.from(m.content());
        case USER -> UserMessage.from(m.content());
        case ASSISTANT -> m.hasToolCalls()
            ? AiMessage.from(m.content().isEmpty() ? null : m.content(), Tools.toRequests(m.toolCalls()))
            : AiMessage.from(m.content());
        case TOOL -> ToolExecutionResultMessage.from(m.toolCallId().orElseThrow(), m.toolName().orElseThrow(),
            m.content());
      });
    }
    return out;
  }
}
