package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Expands a {@link CaseTemplate} into cases, deterministically and without a model: each binding of
 * values to the template's {@code {{variable}}} placeholders is one case.
 *
 * <p>Where values come from:
 * <ul>
 *   <li>{@link Builder#values(String, List) value lists}, one per variable, combined by
 *       {@link Combination#CROSS} (the default: every combination, the last variable varying fastest)
 *       or {@link Combination#ZIP} (the i-th values of every list together; the lists must have the
 *       same length);
 *   <li>{@link Builder#rows(List) rows}, e.g. a CSV file's rows: each row is one binding of its
 *       columns (rows are always zipped, never crossed with each other).
 * </ul>
 * With both, every row is combined with every combination of the lists. Every value bound to a case
 * is also kept as one of its {@link TestCase#variables() variables}, so prompts can use them.
 *
 * <p>Ids: with an {@link Builder#idPrefix id prefix} {@code p}, the cases are {@code p-0001},
 * {@code p-0002}, … in expansion order (more digits when there are more than 9,999); without one,
 * each id is derived from the input and expected answer ({@code c-} and 12 hex digits), so two cases
 * with the same input and expected answer are an error.
 *
 * <pre>{@code
 * List<TestCase> cases = TemplateExpander.builder(CaseTemplate.of("What is {{a}} + {{b}}?", "{{sum}}"))
 *     .rows(List.of(ValueRow.of(Map.of("a", "2", "b", "2", "sum", "4"))))
 *     .idPrefix("add").build().expand();
 * }</pre>
 */
public final class TemplateExpander {
  private final CaseTemplate template;
  private final Map<String, List<String>> lists;
  private final Combination combination;
  private final List<ValueRow> rows;
  private final String idPrefix;
  private final Function<String, String> placeholderLocation;

  /** How value lists combine. */
  public enum Combination {
    /** Every combination of the lists' values, the last list varying fastest. */
    CROSS,
    /** The i-th value of every list together; the lists must be equally long. */
    ZIP
  }

  /**
   * One binding of values to variables, read from somewhere that messages can name.
   *
   * @param values variable name to value, in column order
   * @param source where the row was read, e.g. {@code capitals.csv:3}; null when not from a file
   */
  public record ValueRow(Map<String, String> values, String source) {
    /** Checks and copies the values. */
    public ValueRow {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@return a row not read from a file} */
    public static ValueRow of(Map<String, String> values) {
      return new ValueRow(values, null);
    }
  }

  private TemplateExpander(Builder b) {
    this.template = b.template;
    this.lists = new LinkedHashMap<>(b.lists);
    this.combination = b.combination;
    this.rows = List.copyOf(b.rows);
    this.idPrefix = b.idPrefix;
    this.placeholderLocation = b.placeholderLocation;
  }

  /** {@return a builder expanding this template} */
  public static Builder builder(CaseTemplate template) {
    return new Builder(template);
  }

  /**
   * {@return the cases, in expansion order: rows in order, and within each row the list combinations}
   *
   * @throws BenchmarkException when a placeholder has no values (naming it and where the template
   *     uses it), zipped lists differ in length, a variable has values both in rows and in lists, or,
   *     without an id prefix, two cases come out the same
   */
  public List<TestCase> expand() {
    checkBound();
    List<Map<String, String>> combos = combinations();
    List<ValueRow> base = rows.isEmpty() ? List.of(ValueRow.of(Map.of())) : rows;
    int total = base.size() * combos.size();
    int width = Math.max(4, String.valueOf(total).length());
    List<TestCase> out = new ArrayList<>(total);
    Map<String, String> seenIds = new HashMap<>();
    for (ValueRow row : base) {
      for (Map<String, String> combo : combos) {
        Map<String, String> values = new LinkedHashMap<>(row.values());
        values.putAll(combo);
        TestCase.Builder c = TestCase.builder()
            .input(CaseTemplate.fill(template.input(), values))
            .expected(CaseTemplate.fill(template.expected(), values))
            .difficulty(CaseTemplate.fill(template.difficulty(), values))
            .variables(values);
        template.tags().forEach(t -> c.tags(CaseTemplate.fill(t, values)));
        template.metadata().forEach((k, v) -> c.metadata(k, v instanceof String s ? CaseTemplate.fill(s, values) : v));
        if (idPrefix != null) {
          c.id(idPrefix + "-" + String.format("%0" + width + "d", out.size() + 1));
        }
        TestCase built = c.build();
        String where = row.source() != null ? row.source() + " " + combo : String.valueOf(values);
        String earlier = seenIds.putIfAbsent(built.id(), where);
        if (earlier != null) {
          throw new BenchmarkException("two cases get the same id " + built.id() + " (without an id prefix, ids come "
              + "from input and expected), from " + earlier + " and from " + where + ": set an id prefix to number "
              + "them, or remove the repeated values");
        }
        out.add(built);
      }
    }
    return out;
  }

  private void checkBound() {
    java.util.Set<String> rowVars = new java.util.LinkedHashSet<>();
    rows.forEach(r -> rowVars.addAll(r.values().keySet()));
    for (String name : lists.keySet()) {
      if (rowVars.contains(name)) {
        throw new BenchmarkException("variable '" + name + "' has values both in the rows (e.g. a CSV column) "
            + "and in a value list: keep one");
      }
    }
    for (String name : template.placeholders()) {
      boolean inList = lists.containsKey(name);
      boolean inEveryRow = !rows.isEmpty() && rows.stream().allMatch(r -> r.values().containsKey(name));
      if (!inList && !inEveryRow) {
        String missingRow = rows.stream().filter(r -> !r.values().containsKey(name)).map(ValueRow::source)
            .filter(Objects::nonNull).findFirst().map(s -> " (row " + s + " has none)").orElse("");
        throw new BenchmarkException(placeholderLocation.apply(name) + ": placeholder {{" + name + "}} has no values"
            + missingRow + ": give it a value list or a CSV column named '" + name + "'");
      }
    }
  }

  private List<Map<String, String>> combinations() {
    List<Map<String, String>> out = new ArrayList<>();
    if (lists.isEmpty()) {
      out.add(Map.of());
      return out;
    }
    List<String> names = new ArrayList<>(lists.keySet());
    if (combination == Combination.ZIP) {
      int n = lists.get(names.get(0)).size();
      for (String name : names) {
        if (lists.get(name).size() != n) {
          throw new BenchmarkException("zipped value lists differ in length: '" + names.get(0) + "' has " + n
              + " values, '" + name + "' has " + lists.get(name).size() + "; make them equal or combine them as cross");
        }
      }
      for (int i = 0; i < n; i++) {
        Map<String, String> combo = new LinkedHashMap<>();
        for (String name : names) {
          combo.put(name, lists.get(name).get(i));
        }
        out.add(combo);
      }
      return out;
    }
    out.add(new LinkedHashMap<>());
    for (String name : names) {
      List<Map<String, String>> next = new ArrayList<>(out.size() * lists.get(name).size());
      for (Map<String, String> prefix : out) {
        for (String value : lists.get(name)) {
          Map<String, String> combo = new LinkedHashMap<>(prefix);
          combo.put(name, value);
          next.add(combo);
        }
      }
      out = next;
    }
    return out;
  }

  /** Builds a {@link TemplateExpander}; setters check their arguments at once. */
  public static final class Builder {
    private final CaseTemplate template;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private Combination combination = Combination.CROSS;
    private final List<ValueRow> rows = new ArrayList<>();
    private String idPrefix;
    private Function<String, String> placeholderLocation = name -> "the template";

    private Builder(CaseTemplate template) {
      this.template = Objects.requireNonNull(template, "template");
    }

    /**
     * Gives a variable its values.
     *
     * @throws IllegalArgumentException when the list is empty or the variable already has values
     */
    public Builder values(String name, List<String> values) {
      Objects.requireNonNull(name, "name");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("variable '" + name + "' has an empty value list");
      }
      if (lists.putIfAbsent(name, List.copyOf(values)) != null) {
        throw new IllegalArgumentException("variable '" + name + "' has values already");
      }
      return this;
    }

    /** Sets how value lists combine. Default {@link Combination#CROSS}. */
    public Builder combine(Combination value) {
      this.combination = Objects.requireNonNull(value, "combination");
      return this;
    }

    /** Adds rows, each one binding of values (zipped): e.g. a CSV file's rows. */
    public Builder rows(List<ValueRow> values) {
      rows.addAll(values);
      return this;
    }

    /** Numbers the cases {@code prefix-0001}, …; null (the default) derives ids from the content. */
    public Builder idPrefix(String prefix) {
      this.idPrefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
      return this;
    }

    /**
     * Says where a placeholder is used, for error messages (e.g. {@code spec.yaml:4}). Default: "the
     * template".
     */
    public Builder placeholderLocation(Function<String, String> where) {
      this.placeholderLocation = Objects.requireNonNull(where, "where");
      return this;
    }

    /** {@return the expander} */
    public TemplateExpander build() {
      return new TemplateExpander(this);
    }
  }
}
