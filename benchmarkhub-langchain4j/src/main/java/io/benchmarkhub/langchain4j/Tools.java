package io.benchmarkhub.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts tools between LangChain4j and BenchmarkHub: a {@link ToolSpecification} is a
 * {@link ToolDefinition} (its parameters as their JSON Schema), LangChain4j's tool choice is ours, and a
 * {@link ToolExecutionRequest} is a {@link ToolCall} (id, name, arguments as JSON text).
 */
final class Tools {
  private Tools() {}

  /** {@return our tools for LangChain4j's specifications, in order; none for null} */
  static List<ToolDefinition> toBenchmarkHub(List<ToolSpecification> specifications) {
    if (specifications == null) {
      return List.of();
    }
    List<ToolDefinition> tools = new ArrayList<>(specifications.size());
    for (ToolSpecification s : specifications) {
      String description = s.description() == null ? "" : s.description();
      tools.add(s.parameters() == null ? ToolDefinition.withoutParameters(s.name(), description)
          : ToolDefinition.of(s.name(), description, JsonSchemaElementUtils.toMap(s.parameters())));
    }
    return tools;
  }

  /** {@return our tool choice for LangChain4j's, or null (the provider's default) for null} */
  static ToolChoice toBenchmarkHub(dev.langchain4j.model.chat.request.ToolChoice choice) {
    if (choice == null) {
      return null;
    }
    return switch (choice) {
      case AUTO -> ToolChoice.auto();
      case REQUIRED -> ToolChoice.required();
      case NONE -> ToolChoice.none();
    };
  }

  /** {@return our calls for LangChain4j's execution requests, in order} */
  static List<ToolCall> toCalls(List<ToolExecutionRequest> requests) {
    List<ToolCall> calls = new ArrayList<>(requests.size());
    for (ToolExecutionRequest r : requests) {
      calls.add(ToolCall.of(r.id(), r.name(), r.arguments() == null ? "" : r.arguments()));
    }
    return calls;
  }

  /** {@return LangChain4j's execution requests for our calls, in order; an empty id goes as null} */
  static List<ToolExecutionRequest> toRequests(List<ToolCall> calls) {
    List<ToolExecutionRequest> requests = new ArrayList<>(calls.size());
    for (ToolCall c : calls) {
      requests.add(ToolExecutionRequest.builder().id(c.id().isEmpty() ? null : c.id()).name(c.name())
          .arguments(c.arguments()).build());
    }
    return requests;
  }
}
