package io.benchmarkhub.author;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes counterfactual twins of cases: the same case with its gender terms and first names swapped
 * by the {@link DemographicLexicon} (he / she, his / her, man / woman, Mr / Ms, James / Mary, ...),
 * so a benchmark can check that a model's verdicts do not change with the person's gender.
 *
 * <p>The twin swaps every message, every string variable and each choice of a multiple-choice case;
 * it keeps the expected answer, tags, difficulty and metadata, takes the id {@code <id>~cf} and the
 * metadata {@code counterfactualOf = <id>}, and has no source location (it was not read from a file).
 * Capitalisation is kept (he → she, He → She, HE → SHE). Grammar: "her" becomes "his" before a
 * word that is not a preposition, conjunction or article ("her order" → "his order"), else "him"
 * ("thank her" → "thank him", "gave her a refund" → "gave him a refund"); "his" becomes "her" before
 * a word and "hers" otherwise ("the bag is his" → "the bag is hers"). Age terms are not swapped. A
 * case that mentions no gender term or name has no twin; neither does a twin itself.
 */
public final class Counterfactuals {
  static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Words after which "her" is an object ("gave her a ...", "told her that ..."), not a possessive. */
  private static final Set<String> NOT_OWNED = Set.of("a", "an", "the", "to", "that", "and", "or", "but", "for",
      "with", "about", "on", "in", "at", "from", "by", "of", "up", "out", "back", "down", "off", "again", "too",
      "so", "if", "when", "as", "because", "is", "was", "this", "some", "any", "my", "your", "our", "their",
      "yesterday", "today", "tomorrow", "now", "then", "there", "here", "how", "what", "why", "where");

  private Counterfactuals() {}

  /** {@return the twins of the cases that mention a gender term or name, in dataset order} */
  public static List<TestCase> of(List<TestCase> cases) {
    List<TestCase> out = new ArrayList<>();
    for (TestCase c : cases) {
      twin(c).ifPresent(out::add);
    }
    return out;
  }

  /** {@return the counterfactual twin of a case, when it mentions a gender term or name and is no twin itself} */
  public static Optional<TestCase> twin(TestCase c) {
    if (CaseFields.counterfactualOf(c).isPresent()) {
      return Optional.empty();
    }
    boolean[] changed = {false};
    List<Message> messages = new ArrayList<>();
    for (Message m : c.messages()) {
      String s = swap(m.content());
      changed[0] |= !s.equals(m.content());
      messages.add(Message.of(m.role(), s));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    c.variables().forEach((name, value) -> {
      Object swapped = swapValue(value);
      changed[0] |= !swapped.equals(value);
      variables.put(name, swapped);
    });
    if (!changed[0]) {
      return Optional.empty();
    }
    TestCase.Builder b = TestCase.builder().id(c.id() + "~cf").expected(c.expected().orElse(null))
        .variables(variables).tags(c.tags()).difficulty(c.difficulty().orElse(null)).metadata(c.metadata())
        .metadata(CaseFields.COUNTERFACTUAL_OF, c.id());
    if (c.isChat()) {
      b.messages(messages);
    } else {
      b.input(messages.get(0).content());
    }
    return Optional.of(b.build());
  }

  /** {@return a text with every gender term and first name swapped, capitalisation kept} */
  public static String swap(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String word = m.group();
      Optional<String> to = DemographicLexicon.swap(word);
      if (to.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      String next = nextWord(text, m.end());
      String replacement = to.get();
      if (lower.equals("her")) {
        replacement = next != null && !NOT_OWNED.contains(next.toLowerCase(Locale.ROOT)) ? "his" : "him";
      } else if (lower.equals("his")) {
        replacement = next != null ? "her" : "hers";
      }
      out.append(text, last, m.start()).append(sameCase(word, replacement));
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  private static Object swapValue(Object value) {
    if (value instanceof String s) {
      return swap(s);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(swapValue(v)));
      return out;
    }
    return value;
  }

  /** {@return the word right after position {@code from}, when only spaces separate it; else null} */
  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    Matcher m = WORD.matcher(text);
    return i > from && m.find(i) && m.start() == i ? m.group() : null;
  }

  private static String sameCase(String original, String replacement) {
    if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
    return replacement;
  }
}
