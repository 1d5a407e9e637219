package io.benchmarkhub.author.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code prompts} of a promptfoo config: texts, {@code file://} references to a text file ({@code .txt},
 * {@code .md}, several prompts separated by a {@code ---} line) or a JSON chat ({@code .json}, a list of
 * {@code {role, content}}), and maps {@code {raw | id, label}}. A prompt written in code ({@code .js}, {@code .py})
 * or using Nunjucks beyond {@code {{variable}}} is an unmapped note.
 */
final class PromptfooPrompts {
  private static final String FILE = "file://";

  private PromptfooPrompts() {}

  /** {@return the prompts a benchmark file can use, in order} */
  static List<PromptfooPrompt> read(ConfigNode prompts, Path dir, List<ImportNote> notes) {
    List<ConfigNode> entries = prompts.isList() ? prompts.items() : List.of(prompts);
    List<PromptfooPrompt> out = new ArrayList<>();
    for (ConfigNode entry : entries) {
      for (PromptfooPrompt p : entry(entry, dir, notes)) {
        String unsupported = p.unsupported();
        if (unsupported == null) {
          out.add(p);
        } else {
          notes.add(new ImportNote(entry.location(), "the prompt " + unsupported, true));
        }
      }
    }
    return out;
  }

  private static List<PromptfooPrompt> entry(ConfigNode entry, Path dir, List<ImportNote> notes) {
    ConfigNode text = entry;
    if (entry.isMap()) {
      text = entry.field("raw").or(() -> entry.field("id")).orElseThrow(() -> entry.error("a prompt map needs raw:"
          + " (the text) or id: (a file:// reference)"));
    }
    String value = text.text();
    if (!value.startsWith(FILE)) {
      return List.of(new PromptfooPrompt(value, null, entry));
    }
    String name = value.substring(FILE.length());
    int colon = name.indexOf(':');
    String lower = (colon > 0 ? name.substring(0, colon) : name).toLowerCase(Locale.ROOT);
    if (!(lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".json"))) {
      notes.add(new ImportNote(entry.location(), "prompt " + name + " is written in code or a format not imported"
          + " (only .txt, .md and .json prompt files are)", true));
      return List.of();
    }
    Path file = dir.resolve(name).normalize();
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw text.error("cannot read prompt file " + file + " (a path is relative to the config's folder): " + e);
    }
    if (lower.endsWith(".json")) {
      return List.of(chat(ConfigNode.read(file), entry));
    }
    List<PromptfooPrompt> out = new ArrayList<>();
    for (String part : content.split("(?m)^---\\s*$")) {
      if (!part.isBlank()) {
        out.add(new PromptfooPrompt(part.strip(), null, entry));
      }
    }
    return out;
  }

  private static PromptfooPrompt chat(ConfigNode json, ConfigNode entry) {
    if (!json.isList()) {
      return new PromptfooPrompt(json.text(), null, entry);
    }
    List<Map<String, String>> messages = new ArrayList<>();
    for (ConfigNode m : json.items()) {
      Map<String, String> message = new LinkedHashMap<>();
      message.put("role", m.field("role").orElseThrow(() -> m.error("a message needs a role")).text());
      message.put("content", m.field("content").orElseThrow(() -> m.error("a message needs content")).text());
      messages.add(message);
    }
    return new PromptfooPrompt(null, messages, entry);
  }
}
