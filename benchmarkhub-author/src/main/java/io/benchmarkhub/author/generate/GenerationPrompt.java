package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import java.util.List;

/**
 * The text of a generation request: the domain, the task type and its answer format, the cell, how
 * many cases, and the JSON shape to answer in ({@code {"cases": [...]}}, an object, so the provider's
 * JSON mode can be used). Edge requests list their source cases and ask for boundary values,
 * ambiguous wording and adversarial or negated phrasing. The text changes only with
 * {@link #VERSION}, which generated cases record as their default prompt version.
 */
final class GenerationPrompt {
  /** The version of this prompt text. */
  static final String VERSION = "gen-1";

  private final String domain;
  private final BenchmarkDesign design;

  GenerationPrompt(String domain, BenchmarkDesign design) {
    this.domain = domain.strip();
    this.design = design;
  }

  /** {@return the prompt of this request} */
  String text(GenerationRequest r) {
    StringBuilder p = new StringBuilder();
    p.append("You write test cases for a benchmark that evaluates AI models.\n");
    p.append("Domain: ").append(domain).append('\n');
    p.append("Task type: ").append(design.taskType().fileName()).append(" - ").append(answerRule()).append('\n');
    if (r.cell().concept() != null) {
      p.append("Concept: ").append(r.cell().concept()).append('\n');
    }
    if (r.cell().difficulty() != null) {
      p.append("Difficulty: ").append(r.cell().difficulty());
      if (design.difficulties().size() > 1) {
        p.append(" (levels, easiest first: ").append(String.join(", ", design.difficulties())).append(')');
      }
      p.append('\n');
    }
    if (!r.edge()) {
      p.append("\nWrite ").append(r.count()).append(" new, distinct test cases for this concept at this difficulty. "
          + "Vary the wording, the situations, the names and the numbers; no two cases may ask the same thing. "
          + "This is request ").append(r.index()).append(" for this concept and difficulty: make its cases "
          + "different from those of other requests.\n");
    } else {
      p.append("\nWrite ").append(r.count()).append(" edge cases, each derived from one of the source cases below "
          + "and harder to get right than it: boundary values (limits, zero, empty, off by one), ambiguous or "
          + "underspecified wording, adversarial phrasing, or negation. Each must be a new case with its own "
          + "correct expected answer, not a reworded copy. This is edge request ").append(r.index())
          .append(" for this concept and difficulty.\nSource cases:\n");
      List<TestCase> seeds = r.seeds();
      for (int i = 0; i < seeds.size(); i++) {
        TestCase s = seeds.get(i);
        p.append(i + 1).append(". input: ").append(s.input().replace('\n', ' '));
        s.expected().ifPresent(e -> p.append(" | expected: ").append(e.replace('\n', ' ')));
        p.append('\n');
      }
    }
    p.append("\nAnswer with JSON only, no other text: {\"cases\": [").append(caseShape(r.edge())).append(", ...]}\n");
    return p.toString();
  }

  private String answerRule() {
    TaskType t = design.taskType();
    return switch (t) {
      case CLASSIFICATION -> "\"expected\" is exactly one label"
          + (design.labels().isEmpty() ? "" : " of: " + String.join(", ", design.labels()));
      case MULTIPLE_CHOICE -> "\"" + CaseFields.CHOICES + "\" lists 2 to 5 options and \"expected\" is the correct "
          + "option's text, exactly as in the choices";
      case QUESTION_ANSWERING -> "\"expected\" is the short correct answer";
      case EXTRACTION -> "\"input\" is a text to extract from and \"expected\" is a JSON object of the extracted fields";
      case GENERATION -> "\"input\" is a writing task and \"expected\" is an optional short reference answer";
    };
  }

  private String caseShape(boolean edge) {
    String expected = design.taskType() == TaskType.EXTRACTION ? "{...}" : "\"...\"";
    String choices = design.taskType() == TaskType.MULTIPLE_CHOICE ? ", \"" + CaseFields.CHOICES + "\": [\"...\", \"...\"]" : "";
    String edgeKind = edge ? ", \"edgeKind\": \"boundary|ambiguous|adversarial|negation\"" : "";
    return "{\"input\": \"...\"" + choices + ", \"expected\": " + expected + edgeKind + "}";
  }
}
