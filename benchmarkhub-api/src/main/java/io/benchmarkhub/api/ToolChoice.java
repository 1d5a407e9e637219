package io.benchmarkhub.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the model may, must or must not call a tool, or which one it must call. Each provider
 * gets its own spelling: OpenAI {@code tool_choice} ({@code "auto"}, {@code "required"},
 * {@code "none"}, {@code {"type": "function", "function": {"name": ...}}}), Anthropic
 * {@code tool_choice} ({@code auto}, {@code any}, {@code none}, {@code tool}), Gemini
 * {@code toolConfig.functionCallingConfig} ({@code AUTO}, {@code ANY}, {@code NONE}, {@code ANY}
 * with {@code allowedFunctionNames}).
 *
 * <p>Immutable.
 */
public final class ToolChoice {
  /** The kinds of choice. */
  public enum Mode {
    /** The model decides (every provider's default when tools are sent). */
    AUTO,
    /** The model must call at least one tool. */
    REQUIRED,
    /** The model must not call a tool. */
    NONE,
    /** The model must call the tool {@link #toolName()} names. */
    TOOL
  }

  private static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, null);
  private static final ToolChoice REQUIRED = new ToolChoice(Mode.REQUIRED, null);
  private static final ToolChoice NONE = new ToolChoice(Mode.NONE, null);

  private final Mode mode;
  private final String toolName;

  private ToolChoice(Mode mode, String toolName) {
    this.mode = mode;
    this.toolName = toolName;
  }

  /** {@return the model decides whether to call a tool} */
  public static ToolChoice auto() {
    return AUTO;
  }

  /** {@return the model must call some tool} */
  public static ToolChoice required() {
    return REQUIRED;
  }

  /** {@return the model must not call a tool} */
  public static ToolChoice none() {
    return NONE;
  }

  /** {@return the model must call this tool} */
  public static ToolChoice tool(String name) {
    return new ToolChoice(Mode.TOOL, ToolDefinition.checkName(name));
  }

  /**
   * {@return the choice a word names}: {@code auto}, {@code required}, {@code none}, or
   * {@code tool:<name>}
   *
   * @throws IllegalArgumentException naming the accepted words
   */
  public static ToolChoice parse(String value) {
    Objects.requireNonNull(value, "toolChoice");
    String v = value.strip();
    if (v.startsWith("tool:")) {
      return tool(v.substring("tool:".length()).strip());
    }
    return switch (v) {
      case "auto" -> AUTO;
      case "required" -> REQUIRED;
      case "none" -> NONE;
      default -> throw new IllegalArgumentException("unknown tool choice '" + value
          + "': use auto, required, none or tool:<name>");
    };
  }

  /** {@return the kind of choice} */
  public Mode mode() {
    return mode;
  }

  /** {@return the tool the model must call, for {@link Mode#TOOL}} */
  public Optional<String> toolName() {
    return Optional.ofNullable(toolName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolChoice c && c.mode == mode && Objects.equals(c.toolName, toolName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, toolName);
  }

  /** {@return the word {@link #parse} reads: auto, required, none or tool:name} */
  @Override
  public String toString() {
    return mode == Mode.TOOL ? "tool:" + toolName : mode.name().toLowerCase(java.util.Locale.ROOT);
  }
}
