package io.benchmarkhub.api;

import java.util.Objects;

/**
 * One message of a chat conversation: a role and its text.
 *
 * <p>Immutable. {@code toString()} shows the role and at most 60 characters of the content.
 */
public final class Message {

  /** Who speaks a message. */
  public enum Role {
    /** Instructions that frame the conversation. */
    SYSTEM,
    /** The person (or the benchmark) asking. */
    USER,
    /** The model answering. */
    ASSISTANT;

    /** {@return the lower-case wire name used by every provider API ("system", "user", "assistant")} */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a role name, ignoring case.
     *
     * @param name "system", "user" or "assistant"
     * @return the role
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static Role parse(String name) {
      for (Role r : values()) {
        if (r.wireName().equalsIgnoreCase(name)) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "unknown role '" + name + "': use system, user or assistant");
    }
  }

  private final Role role;
  private final String content;

  private Message(Role role, String content) {
    this.role = Objects.requireNonNull(role, "role");
    this.content = Objects.requireNonNull(content, "content");
  }

  /** {@return a message with this role and content} */
  public static Message of(Role role, String content) {
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

  /** {@return who speaks} */
  public Role role() {
    return role;
  }

  /** {@return the text, never null} */
  public String content() {
    return content;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && m.role == role && m.content.equals(content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, content);
  }

  @Override
  public String toString() {
    return role.wireName() + ": " + Text.abbreviate(content, 60);
  }
}
