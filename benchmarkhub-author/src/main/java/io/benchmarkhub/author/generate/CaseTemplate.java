package io.benchmarkhub.author.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the cases a {@link TemplateExpander} makes: an input, an optional expected answer,
 * difficulty, tags and metadata, any of whose texts may hold {@code {{variable}}} placeholders
 * (whitespace inside the braces is allowed: {@code {{ country }}}).
 *
 * @param input the input text; required
 * @param expected the expected answer, or null when the cases have none
 * @param difficulty the difficulty, or null
 * @param tags the tags (placeholders allowed in each)
 * @param metadata metadata entries; string values may hold placeholders, others are copied as they are
 */
public record CaseTemplate(String input, String expected, String difficulty, List<String> tags,
    Map<String, Object> metadata) {

  /** A placeholder: {@code {{name}}}, the name a letter or underscore then letters, digits, {@code _ . -}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

  /** Checks and copies the values. */
  public CaseTemplate {
    Objects.requireNonNull(input, "input");
    if (input.isBlank()) {
      throw new IllegalArgumentException("a case template needs a non-blank input");
    }
    tags = List.copyOf(tags);
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** {@return a template of an input and an expected answer (null for none), without other fields} */
  public static CaseTemplate of(String input, String expected) {
    return new CaseTemplate(input, expected, null, List.of(), Map.of());
  }

  /** {@return every placeholder name the template uses, sorted} */
  public Set<String> placeholders() {
    Set<String> names = new TreeSet<>();
    collect(input, names);
    collect(expected, names);
    collect(difficulty, names);
    tags.forEach(t -> collect(t, names));
    metadata.values().forEach(v -> collect(v instanceof String s ? s : null, names));
    return names;
  }

  private static void collect(String text, Set<String> names) {
    if (text == null) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
  }

  /** {@return the text with every placeholder replaced by its value}; every name must be bound */
  static String fill(String text, Map<String, String> values) {
    if (text == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
