package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code text-hygiene}: text damage that changes what a model sees. In the messages, choices and
 * expected answer: control characters other than tab, line feed and carriage return; the replacement
 * character U+FFFD (bytes lost in decoding); invisible characters (zero-width space, joiners, BOM);
 * mojibake (UTF-8 read as Latin-1 or Windows-1252: {@code Ã} followed by a Latin-1 symbol, {@code â€},
 * {@code Â} followed by a non-breaking space or symbol). In the messages: template placeholders left
 * unfilled, {@code {{name}}} or {@code ${name}}, whose name is not one of the case's variables (a
 * {@code ${name}} inside backticks is a JavaScript template literal or shell code, not a placeholder). In the
 * expected answer: leading or trailing whitespace, which exact-match judges count as a difference.
 *
 * <p>Score: 1 - share of cases with a problem. PASS with none, WARN up to 5%, FAIL above.
 */
public final class TextHygieneCheck extends AbstractCheck {
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF]|â€|Â[\\u00A0-\\u00BF]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}|\\$\\{([\\w.-]+)}");
  /** A backtick-quoted span: a JavaScript template literal or inline code, whose {@code ${x}} is code. */
  private static final Pattern BACKTICKS = Pattern.compile("`[^`]*`");

  /** Creates the check. */
  public TextHygieneCheck() {
    super("text-hygiene", "Text hygiene", CheckCategory.STRUCTURE,
        "Control characters, U+FFFD replacement characters, invisible characters (zero-width, BOM) and "
            + "mojibake (\"Ã©\", \"â€™\") in messages, choices and expected answers; unfilled {{name}} or "
            + "${name} placeholders in messages (no variable of that name); leading or trailing whitespace in "
            + "expected answers. PASS with none, WARN up to 5% of cases, FAIL above; score = 1 - share.");
  }

  /** {@return the problems of one case, empty when it is clean} */
  static List<String> problems(TestCase c) {
    List<String> out = new ArrayList<>();
    StringBuilder all = new StringBuilder(CaseText.messages(c));
    CaseFields.choices(c).forEach(ch -> all.append(ch).append('\n'));
    c.expected().ifPresent(all::append);
    String text = all.toString();
    if (CONTROL.matcher(text).find()) {
      out.add("control character");
    }
    if (text.indexOf('\uFFFD') >= 0) {
      out.add("replacement character U+FFFD (text lost in decoding)");
    }
    if (INVISIBLE.matcher(text).find()) {
      out.add("invisible character (zero-width or BOM)");
    }
    Matcher moji = MOJIBAKE.matcher(text);
    if (moji.find()) {
      out.add("mojibake '" + moji.group() + "' (UTF-8 decoded as Latin-1/Windows-1252)");
    }
    String messages = CaseText.messages(c);
    String outsideCode = BACKTICKS.matcher(messages).replaceAll(" ");
    Matcher ph = PLACEHOLDER.matcher(messages);
    while (ph.find()) {
      String name = ph.group(1) != null ? ph.group(1) : ph.group(2);
      boolean code = ph.group(2) != null && !outsideCode.contains(ph.group());
      if (!code && !c.variables().containsKey(name)) {
        out.add("unfilled placeholder " + ph.group());
        break;
      }
    }
    if (c.expected().isPresent() && !c.expected().get().isBlank()
        && !c.expected().get().equals(c.expected().get().strip())) {
      out.add("leading or trailing whitespace in the expected answer");
    }
    return out;
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<Finding> findings = new ArrayList<>();
    for (TestCase c : input.cases()) {
      List<String> p = problems(c);
      if (!p.isEmpty()) {
        findings.add(Finding.of(c, String.join("; ", p)));
      }
    }
    return shareOfCases(findings, input.cases().size(), 0, 0.05, "have damaged or unfinished text", Map.of(),
        "Re-export the listed cases as UTF-8, remove control and invisible characters, fill or "
            + "remove the placeholders, and strip whitespace around expected answers.");
  }
}
