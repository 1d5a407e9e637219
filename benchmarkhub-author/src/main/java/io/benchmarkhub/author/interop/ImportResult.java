package io.benchmarkhub.author.interop;

import io.benchmarkhub.api.TestCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import produced: the cases, the benchmark file's fields when the source has a prompt and judges (a
 * promptfoo config), and the notes on what was left out.
 */
public final class ImportResult {
  private final String source;
  private final List<TestCase> cases;
  private final Map<String, Object> benchmark;
  private final List<ImportNote> notes;

  ImportResult(String source, List<TestCase> cases, Map<String, Object> benchmark, List<ImportNote> notes) {
    this.source = source;
    this.cases = List.copyOf(cases);
    this.benchmark = benchmark == null ? null : new LinkedHashMap<>(benchmark);
    this.notes = List.copyOf(notes);
  }

  /** {@return the imported file, as the user named it} */
  public String source() {
    return source;
  }

  /** {@return the cases, in the source's order} */
  public List<TestCase> cases() {
    return cases;
  }

  /**
   * {@return the fields of a benchmark file (name, prompt, models, judges...) without its {@code dataset}}, when
   * the source defines how cases are prompted and graded; write it with {@link BenchmarkYaml#write}
   */
  public Optional<Map<String, Object>> benchmark() {
    return Optional.ofNullable(benchmark).map(java.util.Collections::unmodifiableMap);
  }

  /** {@return every note, in the source's order} */
  public List<ImportNote> notes() {
    return notes;
  }

  /** {@return the notes on what could not be mapped, which change grading} */
  public List<ImportNote> unmapped() {
    return notes.stream().filter(ImportNote::unmapped).toList();
  }

  /**
   * {@return this result} when nothing was left unmapped
   *
   * @throws InteropException at the first unmapped item, counting the others and naming the way to skip them
   */
  public ImportResult requireMapped() {
    List<ImportNote> unmapped = unmapped();
    if (unmapped.isEmpty()) {
      return this;
    }
    ImportNote first = unmapped.get(0);
    String more = unmapped.size() == 1 ? "" : " (and " + (unmapped.size() - 1) + " more unmapped item"
        + (unmapped.size() == 2 ? "" : "s") + ")";
    throw new InteropException(first.location(), 0, "", first.message() + more
        + ". Leave such items out with --skip-unmapped, which lists them, or change the source.");
  }
}
