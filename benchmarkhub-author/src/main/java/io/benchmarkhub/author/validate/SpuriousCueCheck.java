package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.text.Shingles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code spurious-cue} (classification): single words that give the label away, a shortcut a model
 * can take without understanding the case.
 *
 * <p>A word (normalised as {@link Shingles#words} splits it, at least 3 letters) is a cue for a label
 * with at least 5 cases when it appears in at least half of that label's cases and in at most 5% of
 * the other labels' cases; a strong cue appears in at least 90% of the label's cases. Score: 1 - the
 * share of cases that carry a cue of their own label. FAIL with a strong cue, WARN with any cue,
 * PASS otherwise. Findings: each cue with its word, label and cases.
 */
public final class SpuriousCueCheck extends AbstractCheck {
  static final int MIN_LABEL_CASES = 5;

  /** Creates the check. */
  public SpuriousCueCheck() {
    super("spurious-cue", "Spurious single-word cues", CheckCategory.BIAS,
        "Classification: a word (3+ letters) in >= 50% of one label's cases (label with >= 5 cases) and <= 5% "
            + "of the other labels' cases predicts the label without understanding; a strong cue is in >= 90%. "
            + "FAIL with a strong cue, WARN with any; score = 1 - share of cases carrying a cue of their label.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    if (input.design().taskType() != TaskType.CLASSIFICATION) {
      return notApplicable("Spurious cues are measured for classification only.");
    }
    Map<String, List<TestCase>> byLabel = CaseLabels.of(input.cases(), input.design());
    int labelled = byLabel.values().stream().mapToInt(List::size).sum();
    if (byLabel.values().stream().filter(l -> !l.isEmpty()).count() < 2) {
      return notApplicable("Needs at least 2 labels in use.");
    }
    Map<String, Map<String, Integer>> docFreq = new HashMap<>(); // word -> label -> cases
    Map<TestCase, Set<String>> wordsOf = new HashMap<>();
    byLabel.forEach((label, cases) -> {
      for (TestCase c : cases) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(Shingles.words(CaseText.messages(c))));
        words.removeIf(w -> w.length() < 3 || w.chars().noneMatch(Character::isLetter));
        wordsOf.put(c, words);
        words.forEach(w -> docFreq.computeIfAbsent(w, k -> new HashMap<>()).merge(label, 1, Integer::sum));
      }
    });
    List<Finding> findings = new ArrayList<>();
    BitSet carrying = new BitSet();
    List<TestCase> order = input.cases();
    Map<TestCase, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.putIfAbsent(order.get(i), i);
    }
    boolean strong = false;
    List<String> cues = new ArrayList<>();
    for (Map.Entry<String, List<TestCase>> e : byLabel.entrySet()) {
      int inLabel = e.getValue().size();
      if (inLabel < MIN_LABEL_CASES) {
        continue;
      }
      int others = labelled - inLabel;
      List<String> words = docFreq.entrySet().stream()
          .filter(w -> w.getValue().getOrDefault(e.getKey(), 0) >= 0.5 * inLabel)
          .filter(w -> (w.getValue().values().stream().mapToInt(Integer::intValue).sum()
              - w.getValue().getOrDefault(e.getKey(), 0)) <= 0.05 * others)
          .map(Map.Entry::getKey).sorted().toList();
      for (String word : words) {
        List<TestCase> with = e.getValue().stream().filter(c -> wordsOf.get(c).contains(word)).toList();
        int elsewhere = docFreq.get(word).values().stream().mapToInt(Integer::intValue).sum() - with.size();
        double coverage = (double) with.size() / inLabel;
        strong |= coverage >= 0.9;
        cues.add(word + " -> " + e.getKey());
        with.forEach(c -> carrying.set(position.get(c)));
        findings.add(Finding.of(with, "the word '" + word + "' appears in " + with.size() + " of " + inLabel
            + " '" + e.getKey() + "' cases (" + percent(coverage) + ") and in " + elsewhere + " of " + others
            + " other cases"));
      }
    }
    double share = (double) carrying.cardinality() / order.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cues", cues);
    figures.put("casesWithCue", carrying.cardinality());
    figures.put("share", share);
    CheckStatus status = strong ? CheckStatus.FAIL : cues.isEmpty() ? CheckStatus.PASS : CheckStatus.WARN;
    return result(status, 1 - share,
        cues.size() + " single-word cues found" + (cues.isEmpty() ? "" : " " + cues) + "; "
            + carrying.cardinality() + " of " + order.size() + " cases (" + percent(share) + ") carry one.",
        findings, figures, "Write cases of other labels that use the cue words, and cases of the cued label "
            + "that do not, so no single word decides the label.");
  }
}
