package io.benchmarkhub.author;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small, documented lexicon of demographic terms, in paired groups, for the validation report's
 * {@code demographic-terms} check and for {@link Counterfactuals}.
 *
 * <ul>
 *   <li><b>gender</b>: male terms (he, him, his, himself, man, men, boy, father, son, brother,
 *       husband, mr, king, ...) and the female terms paired with them (she, her, hers, herself,
 *       woman, women, girl, mother, daughter, sister, wife, ms, mrs, queen, ...);
 *   <li><b>names</b>: 20 common male first names and 20 female ones, paired for swapping (James /
 *       Mary, John / Patricia, ..., Ahmed / Fatima, Wei / Mei, Carlos / Maria, Raj / Priya); a name
 *       counts only when capitalised in the text, so "mark the box" is not the name Mark;
 *   <li><b>age</b>: younger terms (child, children, kid, kids, teen, teenager, youth, young) and
 *       older ones (elderly, senior, seniors, pensioner, retiree, retired, grandparent); counted, not
 *       swapped ("old" is left out: "my old phone" is not about age).
 * </ul>
 * Words are matched whole, ignoring case (names excepted, see above).
 */
public final class DemographicLexicon {
  /**
   * Two groups that should appear about equally often.
   *
   * @param dimension e.g. "gender"
   * @param first the first group's name, e.g. "male"
   * @param second the second group's name, e.g. "female"
   */
  public record GroupPair(String dimension, String first, String second) {}

  /** The paired groups, in report order. */
  public static final List<GroupPair> PAIRS = List.of(
      new GroupPair("gender", "male terms", "female terms"),
      new GroupPair("names", "male names", "female names"),
      new GroupPair("age", "younger", "older"));

  private static final String[][] GENDER = {
      {"he", "she"}, {"him", "her"}, {"his", "her"}, {"himself", "herself"}, {"man", "woman"}, {"men", "women"},
      {"boy", "girl"}, {"boys", "girls"}, {"father", "mother"}, {"fathers", "mothers"}, {"son", "daughter"},
      {"sons", "daughters"}, {"brother", "sister"}, {"brothers", "sisters"}, {"husband", "wife"},
      {"husbands", "wives"}, {"mr", "ms"}, {"king", "queen"}, {"gentleman", "lady"}, {"gentlemen", "ladies"},
      {"boyfriend", "girlfriend"}, {"uncle", "aunt"}, {"nephew", "niece"}, {"grandfather", "grandmother"},
      {"grandson", "granddaughter"}, {"dad", "mom"}, {"male", "female"}, {"sir", "madam"}, {"prince", "princess"},
      {"waiter", "waitress"}, {"actor", "actress"}, {"groom", "bride"}};
  /** Female terms without a unique male twin: swapped one way only. */
  private static final String[][] FEMALE_ONLY = {{"hers", "his"}, {"mrs", "mr"}, {"mum", "dad"}, {"miss", "mr"}};
  private static final String[][] NAMES = {
      {"james", "mary"}, {"john", "patricia"}, {"robert", "jennifer"}, {"michael", "linda"},
      {"david", "elizabeth"}, {"william", "barbara"}, {"richard", "susan"}, {"joseph", "jessica"},
      {"thomas", "sarah"}, {"daniel", "karen"}, {"matthew", "emily"}, {"mark", "emma"}, {"paul", "laura"},
      {"peter", "anna"}, {"ahmed", "fatima"}, {"mohammed", "aisha"}, {"wei", "mei"}, {"carlos", "maria"},
      {"jamal", "keisha"}, {"raj", "priya"}};
  private static final Set<String> YOUNGER = Set.of("child", "children", "kid", "kids", "teen", "teens", "teenager",
      "teenagers", "youth", "young");
  private static final Set<String> OLDER = Set.of("elderly", "senior", "seniors", "pensioner", "pensioners",
      "retiree", "retirees", "retired", "grandparent", "grandparents");

  private static final Map<String, String> GROUP_OF_TERM = new HashMap<>();
  private static final Map<String, String> GROUP_OF_NAME = new HashMap<>();
  private static final Map<String, String> SWAP = new HashMap<>();

  static {
    for (String[] p : GENDER) {
      GROUP_OF_TERM.put(p[0], "male terms");
      GROUP_OF_TERM.put(p[1], "female terms");
      SWAP.put(p[0], p[1]);
      SWAP.putIfAbsent(p[1], p[0]);
    }
    for (String[] p : FEMALE_ONLY) {
      GROUP_OF_TERM.put(p[0], "female terms");
      SWAP.put(p[0], p[1]);
    }
    for (String[] p : NAMES) {
      GROUP_OF_NAME.put(p[0], "male names");
      GROUP_OF_NAME.put(p[1], "female names");
    }
    YOUNGER.forEach(w -> GROUP_OF_TERM.put(w, "younger"));
    OLDER.forEach(w -> GROUP_OF_TERM.put(w, "older"));
  }

  private DemographicLexicon() {}

  /**
   * {@return the group a word of a text belongs to, when it is in the lexicon}
   *
   * @param word one word as written (its capitalisation decides whether it can be a name)
   */
  public static Optional<String> groupOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String group = GROUP_OF_TERM.get(lower);
    if (group == null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      group = GROUP_OF_NAME.get(lower);
    }
    return Optional.ofNullable(group);
  }

  /** {@return the groups a text mentions, in the order first met} */
  public static Set<String> groupsIn(String text) {
    Set<String> out = new LinkedHashSet<>();
    java.util.regex.Matcher m = Counterfactuals.WORD.matcher(text);
    while (m.find()) {
      groupOf(m.group()).ifPresent(out::add);
    }
    return out;
  }

  /**
   * {@return the lower-case word a gender term or name swaps to, when it has one}; "her" maps to
   * "his" here, {@link Counterfactuals} picks "him" where the grammar needs it
   *
   * @param word one word as written
   */
  static Optional<String> swap(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String out = SWAP.get(lower);
    if (out == null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      for (String[] p : NAMES) {
        if (p[0].equals(lower)) {
          out = p[1];
        } else if (p[1].equals(lower)) {
          out = p[0];
        }
      }
    }
    return Optional.ofNullable(out);
  }
}
