package io.benchmarkhub.author.interop;

import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.api.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports an Inspect samples file (what {@code json_dataset} reads): one object a line with the fields of an
 * Inspect {@code Sample}.
 *
 * <ul>
 *   <li>{@code input}, a text or a list of chat messages, becomes the input;
 *   <li>{@code target}, a text or a list, becomes the expected answer (for a list, its first entry, and the whole
 *       list the variable {@code targets}); with {@code choices}, a target letter ({@code "A"}, {@code "B"}, ...)
 *       is replaced by the choice it names;
 *   <li>{@code choices} becomes the variable {@code choices}, the list multiple-choice checks read;
 *   <li>{@code id} (text or number) the id (derived from the content when absent), {@code metadata} the metadata;
 *   <li>{@code sandbox}, {@code files} and {@code setup} prepare an agent's environment, which BenchmarkHub does
 *       not: each is an unmapped note; any other field is kept as metadata.
 * </ul>
 * The samples carry no prompt or judges, so there is no benchmark file.
 */
public final class InspectImport {
  /** The variable holding every target when {@code target} is a list of more than one. */
  public static final String TARGETS = "targets";

  private static final Set<String> AGENT_FIELDS = Set.of("sandbox", "files", "setup");

  private InspectImport() {}

  /**
   * {@return the cases of an Inspect samples file}
   *
   * @throws InteropException naming file, line and field for a malformed sample
   */
  public static ImportResult read(Path samples) {
    Objects.requireNonNull(samples, "samples");
    String file = samples.toString();
    String example = "the question as text, or the conversation as [{\"role\": \"user\", \"content\": \"...\"}]";
    return SampleLines.cases(samples, example, (b, line, fields, notes) -> {
      List<String> choices = choices(file, line, fields.get("choices"));
      if (!choices.isEmpty()) {
        b.variable(CaseFields.CHOICES, choices);
      }
      target(file, line, fields.get("target"), choices, b);
      Object id = fields.get("id");
      if (id != null) {
        b.id(SampleLines.text(file, line, "id", id));
      }
      Object metadata = fields.get("metadata");
      if (metadata instanceof Map<?, ?> m) {
        m.forEach((k, v) -> b.metadata(String.valueOf(k), v));
      } else if (metadata != null) {
        throw new InteropException(file, line, "metadata", "must be an object, e.g. {\"subject\": \"geography\"}");
      }
      for (Map.Entry<String, Object> f : fields.entrySet()) {
        String key = f.getKey();
        if (AGENT_FIELDS.contains(key)) {
          notes.add(new ImportNote(file + ":" + line + ": " + key, "'" + key + "' prepares an agent's environment,"
              + " which BenchmarkHub does not; the sample would run without it", true));
        } else if (!Set.of("input", "target", "choices", "id", "metadata").contains(key) && f.getValue() != null) {
          b.metadata(key, f.getValue());
        }
      }
    });
  }

  private static List<String> choices(String file, int line, Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InteropException(file, line, "choices", "must be a non-empty list of texts");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(SampleLines.text(file, line, "choices[" + i + "]", list.get(i)));
    }
    return out;
  }

  private static void target(String file, int line, Object value, List<String> choices, TestCase.Builder b) {
    if (value == null) {
      return;
    }
    List<String> targets = new ArrayList<>();
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        throw new InteropException(file, line, "target", "is an empty list; give at least one target");
      }
      for (int i = 0; i < list.size(); i++) {
        targets.add(choice(file, line, "target[" + i + "]", SampleLines.text(file, line, "target[" + i + "]",
            list.get(i)), choices));
      }
    } else {
      targets.add(choice(file, line, "target", SampleLines.text(file, line, "target", value), choices));
    }
    b.expected(targets.get(0));
    if (targets.size() > 1) {
      b.variable(TARGETS, targets);
    }
  }

  /** {@return the choice a letter target names}, or the target itself when there are no choices */
  private static String choice(String file, int line, String field, String target, List<String> choices) {
    if (choices.isEmpty() || !target.matches("[A-Z]")) {
      return target;
    }
    int index = target.charAt(0) - 'A';
    if (index >= choices.size()) {
      throw new InteropException(file, line, field, "'" + target + "' names no choice: the sample has "
          + choices.size() + " (A to " + (char) ('A' + choices.size() - 1) + ")");
    }
    return choices.get(index);
  }
}
