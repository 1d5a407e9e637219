package io.benchmarkhub.author.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports an OpenAI Evals samples file (the {@code samples_jsonl} of a registry eval): one object a line with
 * {@code input}, a chat conversation ({@code [{"role": "system", "content": ...}, {"role": "user", ...}]}) or a
 * text, and {@code ideal}, a text or a list of acceptable texts.
 *
 * <ul>
 *   <li>{@code input} becomes the case's input (a chat case when it is a list);
 *   <li>{@code ideal} becomes the expected answer; for a list, its first entry, and the whole list is kept as the
 *       variable {@code ideals} (Evals' Match and Includes accept any of them; write a judge over {@code ideals},
 *       since {@code oneOf} checks a fixed label set for the whole benchmark, not per case);
 *   <li>any other field (what a model-graded eval's prompt references, a meta-eval's {@code choice}) becomes a
 *       variable of the same name.
 * </ul>
 * Ids are derived from the content. The samples carry no prompt or judges, so there is no benchmark file.
 */
public final class OpenAiEvalsImport {
  /** The variable holding every acceptable answer when {@code ideal} is a list of more than one. */
  public static final String IDEALS = "ideals";

  private OpenAiEvalsImport() {}

  /**
   * {@return the cases of an OpenAI Evals samples file}
   *
   * @throws InteropException naming file, line and field for a malformed sample
   */
  public static ImportResult read(Path samples) {
    Objects.requireNonNull(samples, "samples");
    String file = samples.toString();
    String example = "the conversation, e.g. \"input\": [{\"role\": \"user\", \"content\": \"...\"}]";
    return SampleLines.cases(samples, example, (b, line, fields, notes) -> {
      Object ideal = fields.get("ideal");
      if (ideal instanceof List<?> list) {
        if (list.isEmpty()) {
          throw new InteropException(file, line, "ideal", "is an empty list; give at least one acceptable answer");
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          all.add(SampleLines.text(file, line, "ideal[" + i + "]", list.get(i)));
        }
        b.expected(all.get(0));
        if (all.size() > 1) {
          b.variable(IDEALS, all);
        }
      } else if (ideal != null) {
        b.expected(SampleLines.text(file, line, "ideal", ideal));
      }
      for (Map.Entry<String, Object> f : fields.entrySet()) {
        if (!f.getKey().equals("input") && !f.getKey().equals("ideal") && f.getValue() != null) {
          b.variable(f.getKey(), f.getValue());
        }
      }
    });
  }
}
