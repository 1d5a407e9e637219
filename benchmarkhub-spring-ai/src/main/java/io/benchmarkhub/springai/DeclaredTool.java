package io.benchmarkhub.springai;

import io.benchmarkhub.api.ToolDefinition;
import org.springframework.ai.tool.ToolCallback;

/**
 * A benchmark's tool offered to a Spring AI chat model: its name, description and parameter schema only.
 * The benchmark grades which tools the model asks to call; nothing executes them (Spring AI 2's
 * {@code ChatModel.call} returns the calls, and only a {@code ChatClient} runs tools).
 */
final class DeclaredTool implements ToolCallback {
  private final org.springframework.ai.tool.definition.ToolDefinition definition;

  DeclaredTool(ToolDefinition tool) {
    this.definition = org.springframework.ai.tool.definition.ToolDefinition.builder().name(tool.name())
        .description(tool.description()).inputSchema(tool.parametersJson()).build();
  }

  @Override
  public org.springframework.ai.tool.definition.ToolDefinition getToolDefinition() {
    return definition;
  }

  /** Never called by {@code ChatModel.call}; refuses, since a benchmark's tools have no implementation. */
  @Override
  public String call(String toolInput) {
    throw new UnsupportedOperationException("the benchmark tool '" + definition.name()
        + "' is offered to see whether the model calls it; it has no implementation to run");
  }
}
