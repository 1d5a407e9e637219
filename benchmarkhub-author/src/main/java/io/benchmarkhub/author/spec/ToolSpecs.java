package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a benchmark file's {@code tools} ({@code [{name, description, parameters}]}, offered in every
 * case) and {@code toolChoice} ({@code auto}, {@code required}, {@code none} or {@code tool:<name>}).
 */
final class ToolSpecs {
  private ToolSpecs() {}

  /** {@return the tools of the {@code tools} list} */
  static List<ToolDefinition> list(SpecNode tools) {
    if (!tools.isArray() || tools.items().isEmpty()) {
      throw tools.error("must be a list of tools, e.g. - { name: get_weather, description: ..., parameters: "
          + "{ type: object, properties: { city: { type: string } } } }");
    }
    List<ToolDefinition> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (SpecNode item : tools.items()) {
      item.object().allowOnly("name", "description", "parameters");
      SpecNode nameNode = item.require("name", "the name the model calls the tool by, e.g. get_weather");
      String name = nameNode.nonBlankText();
      if (!names.add(name)) {
        throw nameNode.error("two tools are named '" + name + "'");
      }
      String description = item.field("description").map(SpecNode::text).orElse("");
      try {
        list.add(item.field("parameters")
            .map(p -> ToolDefinition.of(name, description, schema(p)))
            .orElseGet(() -> ToolDefinition.withoutParameters(name, description)));
      } catch (IllegalArgumentException e) {
        throw item.error(e.getMessage(), e);
      }
    }
    return list;
  }

  /** {@return the choice of the {@code toolChoice} field}, which must name one of the file's tools */
  static ToolChoice choice(SpecNode node, List<ToolDefinition> tools) {
    ToolChoice choice;
    try {
      choice = ToolChoice.parse(node.nonBlankText());
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage(), e);
    }
    if (tools.isEmpty()) {
      throw node.error("is set, but the file has no tools: add tools: [...]");
    }
    choice.toolName().filter(n -> tools.stream().noneMatch(t -> t.name().equals(n))).ifPresent(n -> {
      throw node.error("names the tool '" + n + "', which is not among the file's tools "
          + tools.stream().map(ToolDefinition::name).toList());
    });
    return choice;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(SpecNode parameters) {
    return (Map<String, Object>) parameters.object().plain();
  }
}
