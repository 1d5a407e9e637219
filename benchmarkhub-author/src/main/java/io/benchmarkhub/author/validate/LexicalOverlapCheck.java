package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.text.NearDuplicates;
import io.benchmarkhub.author.text.Shingles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lexical-overlap}: cases that share a long passage, a run of {@value #N} or more identical
 * words (normalised as {@link Shingles#words}), while not being exact or near duplicates: a template
 * or a copy-pasted paragraph that a model can memorise once and reuse, and that makes cases less
 * independent than their count suggests.
 *
 * <p>Each case sharing a passage with another (not its exact or near duplicate) is involved; a
 * finding names the other cases and quotes the first shared passage. Score: 1 - share of cases
 * involved. PASS up to 5%, WARN up to 30%, FAIL above.
 */
public final class LexicalOverlapCheck extends AbstractCheck {
  /** Words in a shared passage. */
  static final int N = 8;
  /** How many holders of one passage are scanned for a partner; keeps a passage in every case linear. */
  private static final int MAX_PARTNERS_SCANNED = 64;

  /** Creates the check. */
  public LexicalOverlapCheck() {
    super("lexical-overlap", "Shared passages between cases", CheckCategory.LEAKAGE,
        "Cases sharing a run of 8 or more identical (normalised) words with another case that is not its exact "
            + "or near duplicate: templated or copy-pasted passages a model can memorise. PASS up to 5% of cases "
            + "involved, WARN up to 30%, FAIL above; score = 1 - share of cases involved.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<TestCase> cases = input.cases();
    Set<Long> duplicatePairs = new HashSet<>();
    for (NearDuplicates.Pair p : NearDuplicatesCheck.pairs(input)) {
      duplicatePairs.add(key(p.first(), p.second()));
    }
    List<String> dupKeys = cases.stream().map(CaseText::duplicateKey).toList();
    Map<String, List<Integer>> casesOf = new HashMap<>();
    List<List<String>> grams = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String[] w = Shingles.words(CaseText.full(cases.get(i)));
      Set<String> mine = new LinkedHashSet<>();
      for (int s = 0; s + N <= w.length; s++) {
        mine.add(String.join(" ", java.util.Arrays.copyOfRange(w, s, s + N)));
      }
      grams.add(new ArrayList<>(mine));
      for (String g : mine) {
        casesOf.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> passages = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      Set<Integer> partners = new LinkedHashSet<>();
      String quote = null;
      for (String g : grams.get(i)) {
        // a passage in very many cases needs only a few of them to find a partner that is no duplicate
        List<Integer> holders = casesOf.get(g);
        for (int j : holders.subList(0, Math.min(holders.size(), MAX_PARTNERS_SCANNED))) {
          if (j != i && !duplicatePairs.contains(key(i, j)) && !dupKeys.get(i).equals(dupKeys.get(j))) {
            partners.add(j);
            passages.add(g);
            quote = quote == null ? g : quote;
          }
        }
      }
      if (!partners.isEmpty()) {
        List<TestCase> others = partners.stream().map(cases::get).toList();
        findings.add(Finding.of(cases.get(i), "shares the passage \"" + quote + "\" with " + CaseText.where(others, 3)));
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("ngram", N);
    figures.put("sharedPassages", passages.size());
    return shareOfCases(findings, cases.size(), 0.05, 0.30, "share an " + N + "-word passage with another case ("
        + passages.size() + " distinct passages)", figures, "Vary the wording of templated passages (or move shared instructions into the prompt) "
            + "so each case stands on its own.");
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
