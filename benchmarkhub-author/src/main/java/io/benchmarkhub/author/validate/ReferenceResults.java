package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference models' results gathered per case and model, as the calibration checks read them.
 *
 * <p>The <em>subjects</em> are the reference models with a graded trial (by id, pooled across the given
 * runs); the <em>items</em> are the dataset's cases, in dataset order. A subject's score on an item is the share
 * of its graded trials (pass or fail, every repeat) that passed, so repeats give partial credit.
 * Trials that errored or were skipped are left out of the scores (missing, never failures) and counted
 * apart; trials of cases the dataset does not hold are ignored and counted.
 */
final class ReferenceResults {
  /** The reason a check that needs reference results gives without them. */
  static final String NO_REFERENCES = "No reference results: run two or more reference models on this dataset and "
      + "pass their run logs as references to measure this.";

  private final List<TestCase> cases;
  private final Map<String, Integer> caseIndex;
  private final List<String> subjects;
  private final int[][] passed;
  private final int[][] graded;
  private final int[] trials;
  private final int[] errored;
  private final int[] unparseable;
  private final List<Map<String, Integer>> errorKinds;
  private final long unknownCaseTrials;

  private ReferenceResults(List<TestCase> cases, Map<String, Integer> caseIndex, List<String> subjects,
      int[][] passed, int[][] graded, int[] trials, int[] errored, int[] unparseable,
      List<Map<String, Integer>> errorKinds, long unknownCaseTrials) {
    this.cases = cases;
    this.caseIndex = caseIndex;
    this.subjects = subjects;
    this.passed = passed;
    this.graded = graded;
    this.trials = trials;
    this.errored = errored;
    this.unparseable = unparseable;
    this.errorKinds = errorKinds;
    this.unknownCaseTrials = unknownCaseTrials;
  }

  /** {@return the reference results of the input}, streamed once from each reference run */
  static ReferenceResults of(ValidationInput input) {
    // Seven checks ask for the results of the same input; each would otherwise stream every run log again.
    return OF_INPUT.get(input);
  }

  private static final InputMemo<ReferenceResults> OF_INPUT = new InputMemo<>(ReferenceResults::read);

  private static ReferenceResults read(ValidationInput input) {
    List<TestCase> cases = input.cases();
    Map<String, Integer> caseIndex = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      caseIndex.putIfAbsent(cases.get(i).id(), i);
    }
    Map<String, Integer> subjectIndex = new LinkedHashMap<>();
    for (RunSummary run : input.references()) {
      run.models().forEach(m -> subjectIndex.putIfAbsent(m.model(), subjectIndex.size()));
    }
    List<int[]> passedBySubject = new ArrayList<>();
    List<int[]> gradedBySubject = new ArrayList<>();
    int n = cases.size();
    int[] trials = new int[n];
    int[] errored = new int[n];
    int[] unparseable = new int[n];
    List<Map<String, Integer>> kinds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kinds.add(new TreeMap<>());
    }
    long unknown = 0;
    for (RunSummary run : input.references()) {
      for (TrialResult t : run.trials()) {
        Integer item = caseIndex.get(t.caseId());
        if (item == null) {
          unknown++;
          continue;
        }
        if (t.status() == TrialStatus.SKIPPED) {
          continue;
        }
        trials[item]++;
        boolean badJudgeAnswer = t.verdicts().stream().anyMatch(ReferenceResults::unparseable);
        if (badJudgeAnswer) {
          unparseable[item]++;
        }
        if (t.status() == TrialStatus.ERROR || badJudgeAnswer) {
          errored[item]++;
          String kind = badJudgeAnswer ? "judge unparseable"
              : t.failure().map(e -> e.phase().name().toLowerCase(Locale.ROOT) + " " + e.kind()).orElse("error");
          kinds.get(item).merge(kind, 1, Integer::sum);
          continue;
        }
        int s = subjectIndex.computeIfAbsent(t.model(), k -> subjectIndex.size());
        while (passedBySubject.size() <= s) {
          passedBySubject.add(new int[n]);
          gradedBySubject.add(new int[n]);
        }
        gradedBySubject.get(s)[item]++;
        if (t.passed()) {
          passedBySubject.get(s)[item]++;
        }
      }
    }
    // a model with no graded trial (every trial skipped or errored) is no subject: it would leave every case
    // with a missing score
    List<String> subjects = new ArrayList<>();
    List<int[]> passed = new ArrayList<>();
    List<int[]> graded = new ArrayList<>();
    for (Map.Entry<String, Integer> e : subjectIndex.entrySet()) {
      int s = e.getValue();
      if (s < gradedBySubject.size() && Arrays.stream(gradedBySubject.get(s)).anyMatch(g -> g > 0)) {
        subjects.add(e.getKey());
        passed.add(passedBySubject.get(s));
        graded.add(gradedBySubject.get(s));
      }
    }
    return new ReferenceResults(cases, caseIndex, List.copyOf(subjects), passed.toArray(int[][]::new),
        graded.toArray(int[][]::new), trials, errored, unparseable, kinds, unknown);
  }

  private static boolean unparseable(Verdict v) {
    return v.unparseable() || v.parts().stream().anyMatch(ReferenceResults::unparseable);
  }

  /** {@return the cases, in dataset order: item i is case i} */
  List<TestCase> cases() {
    return cases;
  }

  /** {@return the reference models, in the order the runs list them} */
  List<String> subjects() {
    return subjects;
  }

  /** {@return the position of a case in the dataset, or -1 when the dataset has no such case} */
  int item(String caseId) {
    return caseIndex.getOrDefault(caseId, -1);
  }

  /** {@return the case's id} */
  String caseId(int item) {
    return cases.get(item).id();
  }

  /** {@return where the case was read from, or null when unknown} */
  SourceLocation location(int item) {
    return cases.get(item).source().orElse(null);
  }

  /** {@return the graded trials of a model on a case (passes and fails, every repeat)} */
  int graded(int subject, int item) {
    return graded[subject][item];
  }

  /** {@return the passing trials of a model on a case} */
  int passed(int subject, int item) {
    return passed[subject][item];
  }

  /** {@return the graded trials of every model on a case} */
  int graded(int item) {
    int sum = 0;
    for (int[] g : graded) {
      sum += g[item];
    }
    return sum;
  }

  /** {@return the passing trials of every model on a case} */
  int passed(int item) {
    int sum = 0;
    for (int[] p : passed) {
      sum += p[item];
    }
    return sum;
  }

  /** {@return a model's score on a case: the share of its graded trials that passed; NaN when none was graded} */
  double score(int subject, int item) {
    int g = graded[subject][item];
    return g == 0 ? Double.NaN : (double) passed[subject][item] / g;
  }

  /** {@return the trials run on a case (skipped ones left out)} */
  int trials(int item) {
    return trials[item];
  }

  /** {@return the trials on a case that errored or whose judge answer could not be read} */
  int errored(int item) {
    return errored[item];
  }

  /** {@return the trials on a case whose judge answer could not be read as a grade} */
  int unparseable(int item) {
    return unparseable[item];
  }

  /** {@return how often each kind of error happened on a case, e.g. "provider TIMEOUT" or "judge unparseable"} */
  Map<String, Integer> errorKinds(int item) {
    return errorKinds.get(item);
  }

  /** {@return the trials of the reference runs whose case the dataset does not hold} */
  long unknownCaseTrials() {
    return unknownCaseTrials;
  }

  /**
   * {@return the items every model graded at least once}, in dataset order: the columns of the score
   * matrix item analysis needs (it drops a subject with any missing score, so a case one model could
   * not answer is left out rather than the model)
   */
  List<Integer> itemsEveryModelGraded() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      boolean all = subjects.size() > 0;
      for (int s = 0; s < subjects.size() && all; s++) {
        all = graded[s][i] > 0;
      }
      if (all) {
        out.add(i);
      }
    }
    return out;
  }

  /** {@return the subjects x items score matrix over these items, in their order} */
  double[][] scores(List<Integer> items) {
    double[][] m = new double[subjects.size()][items.size()];
    for (int s = 0; s < subjects.size(); s++) {
      for (int j = 0; j < items.size(); j++) {
        m[s][j] = score(s, items.get(j));
      }
    }
    return m;
  }

  /** {@return a number with two decimals, or "undefined" for NaN}, as summaries print figures */
  static String two(double x) {
    return Double.isNaN(x) ? "undefined" : String.format(Locale.ROOT, "%.2f", x);
  }

  /** {@return a share as a percentage with one decimal, e.g. 12.5%} */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** {@return "1 case", "3 cases"} */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
