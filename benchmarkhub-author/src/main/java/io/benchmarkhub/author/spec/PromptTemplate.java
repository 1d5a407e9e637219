package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt text with {@code {{placeholders}}}: {@code {{input}}} (the case's input; for a chat case its last
 * user message), {@code {{id}}} (the case id) and any variable of the case ({@code {{customer}}} for
 * {@code "vars": {"customer": ...}}). {@code {{expected}}} is refused: the expected answer never goes into
 * a prompt. Spaces inside the braces do not matter.
 */
final class PromptTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private final String text;
  private final SpecNode field;
  private final List<String> names;

  private PromptTemplate(String text, SpecNode field, List<String> names) {
    this.text = text;
    this.field = field;
    this.names = names;
  }

  /**
   * {@return the template of a text field}
   *
   * @throws BenchmarkFileException at the field for {@code {{expected}}} or a placeholder that is not a name
   */
  static PromptTemplate of(SpecNode field) {
    String text = field.text();
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (name.equalsIgnoreCase("expected")) {
        throw field.error("uses {{expected}}: the expected answer must never be part of the prompt, or every "
            + "model would be shown it; judges compare the answer with it");
      }
      if (!NAME.matcher(name).matches()) {
        throw field.error("placeholder '{{" + name + "}}' is not a name: use {{input}}, {{id}} or {{<variable>}}");
      }
      names.add(name);
    }
    return new PromptTemplate(text, field, List.copyOf(names));
  }

  /**
   * {@return the text with every placeholder replaced from the case}
   *
   * @throws BenchmarkFileException at the template's field, naming the placeholder and the case (with its
   *     file and line) when the case has no such variable
   */
  String render(TestCase c) {
    for (String name : names) {
      if (!name.equals("input") && !name.equals("id") && !c.variables().containsKey(name)) {
        throw field.error("placeholder {{" + name + "}} has no value for case " + c.id()
            + c.source().map(s -> " (" + s + ")").orElse("") + ": use {{input}}, {{id}} or one of the case's "
            + "variables " + c.variables().keySet());
      }
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = name.equals("input") ? c.input() : name.equals("id") ? c.id() : c.var(name);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
