package io.benchmarkhub.springai;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ToolCall;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.content.MediaContent;

/** Conversations between Spring AI's messages and BenchmarkHub's {@link Message}. */
final class SpringAiMessages {

  private SpringAiMessages() {}

  /**
   * {@return the conversation as BenchmarkHub messages}, role and text kept; an assistant's tool calls
   * become its turn's {@link ToolCall}s and a {@link ToolResponseMessage} one tool result per response
   *
   * @throws IllegalArgumentException for what a {@link Message} cannot carry: media (images, audio),
   *     naming the message
   */
  static List<Message> toBenchmarkHub(List<org.springframework.ai.chat.messages.Message> messages) {
    List<Message> out = new ArrayList<>(messages.size());
    int index = 0;
    for (org.springframework.ai.chat.messages.Message m : messages) {
      MessageType type = m.getMessageType();
      if (m instanceof ToolResponseMessage results) {
        for (ToolResponseMessage.ToolResponse r : results.getResponses()) {
          out.add(Message.toolResult(r.id() == null ? "" : r.id(), r.name(),
              r.responseData() == null ? "" : r.responseData()));
        }
        index++;
        continue;
      }
      if (m instanceof AssistantMessage a && a.hasToolCalls()) {
        out.add(Message.assistant(a.getText() == null ? "" : a.getText(), a.getToolCalls().stream()
            .map(c -> ToolCall.of(c.id(), c.name(), c.arguments() == null ? "" : c.arguments())).toList()));
        index++;
        continue;
      }
      if (m instanceof MediaContent c && c.getMedia() != null && !c.getMedia().isEmpty()) {
        throw unsupported(index, "carries media (" + c.getMedia().size() + ")");
      }
      String text = m.getText() == null ? "" : m.getText();
      out.add(switch (type) {
        case SYSTEM -> Message.system(text);
        case ASSISTANT -> Message.assistant(text);
        default -> Message.user(text);
      });
      index++;
    }
    return out;
  }

  /** {@return the conversation as Spring AI messages} */
  static List<org.springframework.ai.chat.messages.Message> toSpringAi(List<Message> messages) {
    List<org.springframework.ai.chat.messages.Message> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      out.add(switch (m.role()) {
        case SYSTEM -> new SystemMessage(m.content());
        case ASSISTANT -> m.hasToolCalls() ? AssistantMessage.builder().content(m.content())
            .toolCalls(m.toolCalls().stream()
                .map(c -> new AssistantMessage.ToolCall(c.id(), "function", c.name(), c.arguments())).toList())
            .build() : new AssistantMessage(m.content());
        case USER -> new UserMessage(m.content());
        case TOOL -> ToolResponseMessage.builder().responses(List.of(new ToolResponseMessage.ToolResponse(
            m.toolCallId().orElseThrow(), m.toolName().orElseThrow(), m.content()))).build();
      });
    }
    return out;
  }

  private static IllegalArgumentException unsupported(int index, String what) {
    return new IllegalArgumentException("message " + index + " of the prompt " + what
        + ": the BenchmarkHub model handle carries text messages only (system, user, assistant, tool results)");
  }
}
