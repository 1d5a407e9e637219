package io.benchmarkhub.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a chat conversation: a role and its text, and for the turns of a tool loop, the
 * tool calls an assistant made ({@link #assistant(String, List)}) or the result of one call
 * ({@link #toolResult(String, String, String)}).
 *
 * <p>Immutable. A plain message (system, user, or assistant without tool calls) equals another with
 * the same role and content. {@code toString()} shows the role and at most 60 characters of the
 * content.
 */
public final class Message {

  /** Who speaks a message. */
  public enum Role {
    /** Instructions that frame the conversation. */
    SYSTEM,
    /** The person (or the benchmark) asking. */
    USER,
    /** The model answering. */
    ASSISTANT,
    /** The result of a tool call, sent back to the model; made by {@link Message#toolResult}. */
    TOOL;

    /** {@return the lower-case wire name ("system", "user", "assistant", "tool")} */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a role name, ignoring case.
     *
     * @param name "system", "user" or "assistant" (a tool result is not written as a plain role)
     * @return the role
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static Role parse(String name) {
      for (Role r : values()) {
        if (r != TOOL && r.wireName().equalsIgnoreCase(name)) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "unknown role '" + name + "': use system, user or assistant");
    }
  }

  private final Role role;
  private final String content;
  private final List<ToolCall> toolCalls;
  /** The call a tool result answers; null unless the role is TOOL. */
  private final String toolCallId;
  /** The tool whose result this is; null unless the role is TOOL. */
  private final String toolName;

  private Message(Role role, String content) {
    this(role, content, List.of(), null, null);
  }

  private Message(Role role, String content, List<ToolCall> toolCalls, String toolCallId, String toolName) {
    this.role = Objects.requireNonNull(role, "role");
    this.content = Objects.requireNonNull(content, "content");
    this.toolCalls = List.copyOf(toolCalls);
    this.toolCallId = toolCallId;
    this.toolName = toolName;
  }

  /**
   * {@return a message with this role and content}
   *
   * @throws IllegalArgumentException for {@link Role#TOOL}: a tool result needs its call, see
   *     {@link #toolResult}
   */
  public static Message of(Role role, String content) {
    if (role == Role.TOOL) {
      throw new IllegalArgumentException("a tool result answers a call: use Message.toolResult(toolCallId, "
          + "toolName, content)");
    }
    return new Message(role, content);
  }

  /** {@return a system message} */
  public static Message system(String content) {
    return new Message(Role.SYSTEM, content);
  }

  /** {@return a user message} */
  public static Message user(String content) {
    return new Message(Role.USER, content);
  }

  /** {@return an assistant message} */
  public static Message assistant(String content) {
    return new Message(Role.ASSISTANT, content);
  }

  /**
   * {@return an assistant turn that calls tools}, as the model answered in a {@link Completion}
   * ({@code Message.assistant(completion.text(), completion.toolCalls())})
   *
   * @param text what the model said beside the calls; may be empty
   * @param toolCalls the calls, in order; empty makes a plain assistant message
   */
  public static Message assistant(String text, List<ToolCall> toolCalls) {
    return new Message(Role.ASSISTANT, text, Objects.requireNonNull(toolCalls, "toolCalls"), null, null);
  }

  /**
   * {@return the result of one tool call, to send back to the model} (role {@link Role#TOOL})
   *
   * @param toolCallId the {@link ToolCall#id()} of the call it answers; may be empty when the provider
   *     gave none (older Gemini models)
   * @param toolName the name of the tool called (Gemini matches the result by it)
   * @param content the result as text, often JSON
   */
  public static Message toolResult(String toolCallId, String toolName, String content) {
    return new Message(Role.TOOL, content, List.of(), Objects.requireNonNull(toolCallId, "toolCallId"),
        ToolDefinition.checkName(toolName));
  }

  /** {@return who speaks} */
  public Role role() {
    return role;
  }

  /** {@return the text, never null} */
  public String content() {
    return content;
  }

  /** {@return the tool calls of an assistant turn, in order; empty for any other message} */
  public List<ToolCall> toolCalls() {
    return toolCalls;
  }

  /** {@return whether this is an assistant turn that calls tools} */
  public boolean hasToolCalls() {
    return !toolCalls.isEmpty();
  }

  /** {@return the id of the call a tool result answers; empty for any other message} */
  public Optional<String> toolCallId() {
    return Optional.ofNullable(toolCallId);
  }

  /** {@return the name of the tool whose result this is; empty for any other message} */
  public Optional<String> toolName() {
    return Optional.ofNullable(toolName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && m.role == role && m.content.equals(content) && m.toolCalls.equals(toolCalls)
        && Objects.equals(m.toolCallId, toolCallId) && Objects.equals(m.toolName, toolName);
  }

  @Override
  public int hashCode() {
    return toolCalls.isEmpty() && toolCallId == null ? Objects.hash(role, content)
        : Objects.hash(role, content, toolCalls, toolCallId, toolName);
  }

  @Override
  public String toString() {
    String calls = toolCalls.isEmpty() ? "" : " " + toolCalls;
    String result = toolName == null ? "" : " (" + toolName + ")";
    return role.wireName() + result + ": " + Text.abbreviate(content, 60) + calls;
  }
}
