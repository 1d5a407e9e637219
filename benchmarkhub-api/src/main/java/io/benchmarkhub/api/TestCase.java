package io.benchmarkhub.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a benchmark: an input (plain text or a chat conversation), an optional expected
 * output, and data that prompts and judges may use.
 *
 * <p>A case's {@link #id() id} is stable across runs: it is the id the dataset gives, or else one
 * derived from the content ({@code "c-"} and 12 hex digits of the SHA-256 of the input messages and
 * the expected output), so re-running, resuming and selecting a case by id work even when lines
 * are added to the dataset.
 *
 * <p>Immutable. Build one with {@link #builder()} or {@link #of(String, String)}.
 */
public final class TestCase {

  private final String id;
  private final List<Message> messages;
  private final boolean chat;
  private final String expected;
  private final Map<String, Object> variables;
  private final List<String> tags;
  private final String difficulty;
  private final Map<String, Object> metadata;
  private final SourceLocation source;
  private final List<ToolDefinition> tools;
  private final List<ToolCall> expectedToolCalls;

  private TestCase(Builder b) {
    if (b.messages.isEmpty()) {
      throw new IllegalArgumentException("a test case needs an input: set input(text) or messages(...)");
    }
    this.messages = List.copyOf(b.messages);
    this.chat = b.chat;
    this.expected = b.expected;
    this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(b.variables));
    this.tags = List.copyOf(b.tags);
    this.difficulty = b.difficulty;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.source = b.source;
    this.tools = List.copyOf(b.tools);
    this.expectedToolCalls = List.copyOf(b.expectedToolCalls);
    this.id = b.id != null ? b.id : contentId(messages, expected);
  }

  /** {@return a builder for a new case} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a plain-text case with a content-derived id}
   *
   * @param input the text sent to the model
   * @param expected the expected output, or null when there is none
   */
  public static TestCase of(String input, String expected) {
    return builder().input(input).expected(expected).build();
  }

  /** {@return the stable id: given by the dataset, or derived from the content} */
  public String id() {
    return id;
  }

  /**
   * {@return the input as text}: the text of a plain-text case, or the content of the last user
   * message of a chat case.
   */
  public String input() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role() == Message.Role.USER) {
        return messages.get(i).content();
      }
    }
    return messages.get(messages.size() - 1).content();
  }

  /** {@return the input as messages}: one user message for a plain-text case. Never empty. */
  public List<Message> messages() {
    return messages;
  }

  /** {@return whether the dataset gave this input as a chat conversation} */
  public boolean isChat() {
    return chat;
  }

  /** {@return the expected output, when the dataset has one} */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /**
   * {@return the variables for prompt templates}: strings, numbers, booleans, lists and maps as
   * the dataset gave them. Unmodifiable, in dataset order.
   */
  public Map<String, Object> variables() {
    return variables;
  }

  /**
   * {@return one variable as text}
   *
   * @throws IllegalArgumentException naming the variable and the ones this case has
   */
  public String var(String name) {
    Object v = variables.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "case " + id + " has no variable '" + name + "' (it has " + variables.keySet() + ")");
    }
    return String.valueOf(v);
  }

  /** {@return the tags, in dataset order} */
  public List<String> tags() {
    return tags;
  }

  /** {@return the declared difficulty (free text such as "easy" or "3"), when given} */
  public Optional<String> difficulty() {
    return Optional.ofNullable(difficulty);
  }

  /** {@return free-form metadata; unmodifiable} */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** {@return where the case was read from, when it came from a file or classpath resource} */
  public Optional<SourceLocation> source() {
    return Optional.ofNullable(source);
  }

  /**
   * {@return the tools this case offers the model}, in addition to the benchmark's (a case tool
   * replaces a benchmark tool of the same name); empty when the case has none
   */
  public List<ToolDefinition> tools() {
    return tools;
  }

  /**
   * {@return the tool calls the model is expected to make}, for the tool-call judges (names and
   * arguments; ids are empty); empty when the case expects none or does not say
   */
  public List<ToolCall> expectedToolCalls() {
    return expectedToolCalls;
  }

  /** {@return a builder holding this case's values, to derive a variant} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.messages.addAll(messages);
    b.chat = chat;
    b.expected = expected;
    b.variables.putAll(variables);
    b.tags.addAll(tags);
    b.difficulty = difficulty;
    b.metadata.putAll(metadata);
    b.source = source;
    b.tools.addAll(tools);
    b.expectedToolCalls.addAll(expectedToolCalls);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TestCase t
        && t.id.equals(id)
        && t.messages.equals(messages)
        && Objects.equals(t.expected, expected)
        && t.variables.equals(variables)
        && t.tags.equals(tags)
        && Objects.equals(t.difficulty, difficulty)
        && t.metadata.equals(metadata)
        && t.tools.equals(tools)
        && t.expectedToolCalls.equals(expectedToolCalls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, messages, expected);
  }

  @Override
  public String toString() {
    return "TestCase[" + id + ": " + Text.abbreviate(input(), 60)
        + (expected == null ? "" : " -> " + Text.abbreviate(expected, 30)) + "]";
  }

  static String contentId(List<Message> messages, String expected) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Message m : messages) {
        sha.update(m.role().wireName().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(m.content().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update((byte) 1);
      if (expected != null) {
        sha.update(expected.getBytes(StandardCharsets.UTF_8));
      }
      return "c-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Builds a {@link TestCase}; setters validate as values are set. */
  public static final class Builder {
    private String id;
    private final List<Message> messages = new ArrayList<>();
    private boolean chat;
    private String expected;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final List<String> tags = new ArrayList<>();
    private String difficulty;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private SourceLocation source;
    private final List<ToolDefinition> tools = new ArrayList<>();
    private final List<ToolCall> expectedToolCalls = new ArrayList<>();

    private Builder() {}

    /** Sets the id; null or blank means "derive it from the content". */
    public Builder id(String id) {
      this.id = id == null || id.isBlank() ? null : id.strip();
      return this;
    }

    /** Sets a plain-text input, replacing any messages. */
    public Builder input(String text) {
      Objects.requireNonNull(text, "input");
      messages.clear();
      messages.add(Message.user(text));
      chat = false;
      return this;
    }

    /** Sets a chat conversation as input, replacing any previous input. */
    public Builder messages(List<Message> conversation) {
      Objects.requireNonNull(conversation, "messages");
      if (conversation.isEmpty()) {
        throw new IllegalArgumentException("messages must not be empty");
      }
      messages.clear();
      messages.addAll(conversation);
      chat = true;
      return this;
    }

    /** Sets the expected output; null means none. */
    public Builder expected(String expected) {
      this.expected = expected;
      return this;
    }

    /** Adds a variable for prompt templates. */
    public Builder variable(String name, Object value) {
      variables.put(Objects.requireNonNull(name, "variable name"), Objects.requireNonNull(value, "value of " + name));
      return this;
    }

    /** Adds all these variables. */
    public Builder variables(Map<String, ?> values) {
      values.forEach(this::variable);
      return this;
    }

    /** Adds tags. */
    public Builder tags(List<String> values) {
      values.forEach(t -> tags.add(Objects.requireNonNull(t, "tag")));
      return this;
    }

    /** Adds tags. */
    public Builder tags(String... values) {
      return tags(List.of(values));
    }

    /** Sets the difficulty; null means none. */
    public Builder difficulty(String difficulty) {
      this.difficulty = difficulty;
      return this;
    }

    /** Adds one metadata entry. */
    public Builder metadata(String key, Object value) {
      metadata.put(Objects.requireNonNull(key, "metadata key"), value);
      return this;
    }

    /** Adds metadata entries. */
    public Builder metadata(Map<String, ?> values) {
      values.forEach(this::metadata);
      return this;
    }

    /** Sets where the case was read from. */
    public Builder source(SourceLocation source) {
      this.source = source;
      return this;
    }

    /**
     * Adds tools this case offers the model.
     *
     * @throws IllegalArgumentException when a name repeats one the case already has
     */
    public Builder tools(List<ToolDefinition> values) {
      for (ToolDefinition t : values) {
        Objects.requireNonNull(t, "tool");
        if (tools.stream().anyMatch(known -> known.name().equals(t.name()))) {
          throw new IllegalArgumentException("the case has two tools named '" + t.name() + "'");
        }
        tools.add(t);
      }
      return this;
    }

    /** Adds tools this case offers the model. */
    public Builder tools(ToolDefinition... values) {
      return tools(List.of(values));
    }

    /** Adds tool calls the model is expected to make. */
    public Builder expectedToolCalls(List<ToolCall> values) {
      values.forEach(c -> expectedToolCalls.add(Objects.requireNonNull(c, "expected tool call")));
      return this;
    }

    /** Adds tool calls the model is expected to make. */
    public Builder expectedToolCalls(ToolCall... values) {
      return expectedToolCalls(List.of(values));
    }

    /**
     * {@return the case}
     *
     * @throws IllegalArgumentException when no input was set
     */
    public TestCase build() {
      return new TestCase(this);
    }
  }
}
