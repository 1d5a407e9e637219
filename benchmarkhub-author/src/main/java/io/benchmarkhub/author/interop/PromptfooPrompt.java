package io.benchmarkhub.author.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One promptfoo prompt: a text, or a chat conversation ({@code [{role, content}]} from a JSON prompt file), with
 * {@code {{var}}} placeholders, which benchmark files write the same way.
 *
 * @param text the text of a text prompt, or null for a chat prompt
 * @param messages the conversation of a chat prompt ({@code role}, {@code content} maps), or null for a text prompt
 * @param node where the prompt is given
 */
record PromptfooPrompt(String text, List<Map<String, String>> messages, ConfigNode node) {
  /** A {@code {{ name }}} placeholder. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  /** Nunjucks beyond a plain name: filters, expressions, tags and comments. */
  private static final Pattern NUNJUCKS = Pattern.compile("\\{\\{(?!\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}})|\\{%|\\{#");

  /** {@return what in the prompt a benchmark file cannot say}, or null when it can say all of it */
  String unsupported() {
    for (String part : parts()) {
      Matcher m = NUNJUCKS.matcher(part);
      if (m.find()) {
        int end = Math.min(part.length(), m.start() + 30);
        return "uses Nunjucks beyond {{variable}} (" + part.substring(m.start(), end).strip() + "...)";
      }
      Matcher p = PLACEHOLDER.matcher(part);
      while (p.find()) {
        if (p.group(1).equals("expected")) {
          return "shows {{expected}} to the model, which a benchmark file refuses";
        }
      }
    }
    return null;
  }

  /** {@return the names of the variables the prompt uses, in order} */
  List<String> variables() {
    List<String> names = new ArrayList<>();
    for (String part : parts()) {
      Matcher m = PLACEHOLDER.matcher(part);
      while (m.find()) {
        if (!names.contains(m.group(1))) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /** {@return the prompt with each placeholder replaced by {@code value}, chat messages one a line} */
  String render(Function<String, String> value) {
    if (text != null) {
      return replace(text, value);
    }
    List<String> lines = new ArrayList<>();
    messages.forEach(m -> lines.add(replace(m.get("content"), value)));
    return String.join("\n", lines);
  }

  /** {@return the benchmark file fields of the prompt: {@code prompt}, or {@code system} and {@code messages}} */
  Map<String, Object> benchmarkFields() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (text != null) {
      out.put("prompt", text);
    } else {
      out.put("messages", messages);
    }
    return out;
  }

  private List<String> parts() {
    return text != null ? List.of(text) : messages.stream().map(m -> m.get("content")).toList();
  }

  private static String replace(String template, Function<String, String> value) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
