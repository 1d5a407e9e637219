package io.benchmarkhub.judge;

import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.stats.Agreement;
import io.benchmarkhub.stats.ConfusionMatrix;
import io.benchmarkhub.stats.Correlation;
import io.benchmarkhub.stats.Proportions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How far a judge agrees with people: its verdicts on a run compared with {@linkplain HumanLabels
 * human labels} for some of the run's trials, as the <em>Judge Consensus Score</em> (Cohen's kappa of
 * pass/fail), with the confusion matrix, raw agreement and, where both gave scores, Spearman's rho
 * and Kendall's tau-b.
 *
 * <pre>{@code
 * CalibrationReport report = Calibration.against(Path.of("labels/human.jsonl"))
 *     .judge("rubric")      // leave out to compare the trials' overall verdicts
 *     .threshold(0.7)       // the default
 *     .report(summary);
 * System.out.println(report.toText());
 * report.warning().ifPresent(System.err::println);
 * }</pre>
 *
 * <p>Matching: each trial of the run (streamed once, never loaded whole) is paired with the label for
 * its case, model and repeat; a label without a model pairs with that case's trial on every model.
 * When a judge is calibrated, labels naming that judge and labels naming none apply, the one naming
 * it winning for a trial both cover; labels naming other judges are counted apart. Trials that
 * errored (or whose calibrated judge could not grade) and skipped trials are counted apart and left
 * out; labels that match no trial at all are counted and the first few listed in the report.
 *
 * <p>Immutable: each option returns a new calibration.
 */
public final class Calibration {
  /** The kappa at or above which a judge is trusted unless told otherwise: {@value}. */
  public static final double DEFAULT_THRESHOLD = 0.7;
  /** The fewest compared trials to say anything about agreement unless told otherwise: {@value}. */
  public static final int DEFAULT_MIN_TRIALS = 10;
  /** How many labels that matched no trial the report lists by name. */
  static final int UNMATCHED_SHOWN = 5;

  private final HumanLabels labels;
  private final double threshold;
  private final int minTrials;
  private final String judge;

  private Calibration(HumanLabels labels, double threshold, int minTrials, String judge) {
    this.labels = labels;
    this.threshold = threshold;
    this.minTrials = minTrials;
    this.judge = judge;
  }

  /** {@return a calibration against these labels}, of the overall verdict, at the default threshold */
  public static Calibration against(HumanLabels labels) {
    return new Calibration(Objects.requireNonNull(labels, "labels"), DEFAULT_THRESHOLD, DEFAULT_MIN_TRIALS, null);
  }

  /**
   * {@return a calibration against the labels in a .jsonl or .csv file}, read now
   *
   * @throws DatasetException naming the file and line of the first problem
   */
  public static Calibration against(Path labelsFile) {
    return against(HumanLabels.read(labelsFile));
  }

  /**
   * {@return a calibration against the labels at a file path or {@code classpath:} resource}, read now
   *
   * @throws DatasetException naming the location and line of the first problem
   */
  public static Calibration against(String labelsLocation) {
    return against(HumanLabels.from(labelsLocation));
  }

  /** {@return the report of the overall verdict of {@code summary} against {@code labels}, by the defaults} */
  public static CalibrationReport of(RunSummary summary, HumanLabels labels) {
    return against(labels).report(summary);
  }

  /**
   * {@return a copy trusting the judge at kappa {@code >= kappa}}
   *
   * @throws IllegalArgumentException when the value is outside [-1, 1]
   */
  public Calibration threshold(double kappa) {
    if (!(kappa >= -1 && kappa <= 1)) {
      throw new IllegalArgumentException("the kappa threshold must be within [-1, 1], was " + kappa);
    }
    return new Calibration(labels, kappa, minTrials, judge);
  }

  /**
   * {@return a copy that trusts no judge compared on fewer than {@code trials} trials}
   *
   * @throws IllegalArgumentException when the value is below 1
   */
  public Calibration minTrials(int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("minTrials must be >= 1, was " + trials);
    }
    return new Calibration(labels, threshold, trials, judge);
  }

  /**
   * {@return a copy calibrating one judge}: its own verdict on each trial ({@link Verdict#judge()}),
   * instead of the trial's overall verdict; null for the overall verdict again
   */
  public Calibration judge(String name) {
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("the judge's name must not be blank; give null for the overall verdict");
    }
    return new Calibration(labels, threshold, minTrials, name);
  }

  /**
   * {@return the agreement of the judge's verdicts in {@code summary} with the labels}; the trials are
   * streamed once
   *
   * @throws IllegalArgumentException when a judge is calibrated that gave no verdict in the run although
   *     others did, naming those
   */
  public CalibrationReport report(RunSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<HumanLabel> all = labels.labels();
    Map<String, int[]> byCase = new HashMap<>();
    long otherJudgeLabels = 0;
    long applicable = 0;
    for (int i = 0; i < all.size(); i++) {
      HumanLabel label = all.get(i);
      if (label.judge() != null && !label.judge().equals(judge)) {
        otherJudgeLabels++;
        continue;
      }
      applicable++;
      int[] earlier = byCase.get(label.caseId());
      int[] indexes = earlier == null ? new int[1] : Arrays.copyOf(earlier, earlier.length + 1);
      indexes[indexes.length - 1] = i;
      byCase.put(label.caseId(), indexes);
    }

    boolean[] matched = new boolean[all.size()];
    long[][] counts = new long[2][2];
    Map<String, long[][]> perModel = new LinkedHashMap<>();
    Scores scores = new Scores();
    long errors = 0;
    long skipped = 0;
    TreeSet<String> judgesSeen = new TreeSet<>();
    Iterator<TrialResult> trials = summary.trials().iterator();
    while (trials.hasNext()) {
      TrialResult trial = trials.next();
      if (judge != null) {
        trial.verdicts().forEach(v -> {
          if (v.judge() != null) {
            judgesSeen.add(v.judge());
          }
        });
      }
      int index = pick(all, byCase.get(trial.caseId()), trial);
      if (index < 0) {
        continue;
      }
      matched[index] = true;
      HumanLabel label = all.get(index);
      if (trial.status() == TrialStatus.SKIPPED) {
        skipped++;
        continue;
      }
      boolean judgePass;
      double judgeScore;
      if (judge == null) {
        if (trial.status() == TrialStatus.ERROR) {
          errors++;
          continue;
        }
        judgePass = trial.status() == TrialStatus.PASS;
        judgeScore = trial.score();
      } else {
        Verdict verdict = verdictOf(trial, judge);
        if (verdict == null || verdict.isError()) {
          errors++;
          continue;
        }
        judgePass = verdict.passed();
        judgeScore = verdict.score();
      }
      int row = label.pass() ? 0 : 1;
      int column = judgePass ? 0 : 1;
      counts[row][column]++;
      perModel.computeIfAbsent(trial.model(), m -> new long[2][2])[row][column]++;
      if (label.hasScore() && !Double.isNaN(judgeScore)) {
        scores.add(label.score(), judgeScore);
      }
    }
    if (judge != null && !judgesSeen.isEmpty() && !judgesSeen.contains(judge)) {
      throw new IllegalArgumentException("the run has no verdicts from a judge named '" + judge
          + "'; its judges are " + judgesSeen + ". Calibrate one of those, or leave judge(...) out to compare"
          + " the overall verdict.");
    }

    long unmatched = 0;
    List<String> unmatchedExamples = new ArrayList<>();
    for (int[] indexes : byCase.values()) {
      for (int i : indexes) {
        if (!matched[i]) {
          unmatched++;
        }
      }
    }
    for (int i = 0; i < all.size() && unmatchedExamples.size() < UNMATCHED_SHOWN; i++) {
      HumanLabel label = all.get(i);
      boolean applies = label.judge() == null || label.judge().equals(judge);
      if (applies && !matched[i]) {
        unmatchedExamples.add(shortName(label));
      }
    }

    ConfusionMatrix confusion = matrix(counts);
    Agreement.Kappa kappa = Agreement.cohensKappa(confusion);
    long n = confusion.total();
    List<CalibrationReport.ModelAgreement> models = new ArrayList<>();
    perModel.forEach((model, c) -> models.add(
        new CalibrationReport.ModelAgreement(model, Agreement.cohensKappa(matrix(c)))));
    double[][] pairs = scores.pairs();
    return new CalibrationReport(judge, labels.source(), applicable, n, kappa,
        Proportions.wilson(confusion.agreements(), n, 0.95), confusion,
        Correlation.spearman(pairs[0], pairs[1]), Correlation.kendall(pairs[0], pairs[1]),
        errors, skipped, unmatched, unmatchedExamples, otherJudgeLabels, models, threshold, minTrials);
  }

  /**
   * {@return the index of the label for this trial, or -1}: one naming the calibrated judge before one
   * naming none (the labels file allows at most one of each per trial)
   */
  private int pick(List<HumanLabel> all, int[] candidates, TrialResult trial) {
    if (candidates == null) {
      return -1;
    }
    int found = -1;
    for (int i : candidates) {
      HumanLabel label = all.get(i);
      if (label.appliesTo(trial.model(), trial.repeat())) {
        if (label.judge() != null) {
          return i;
        }
        found = i;
      }
    }
    return found;
  }

  private static Verdict verdictOf(TrialResult trial, String name) {
    for (Verdict v : trial.verdicts()) {
      if (name.equals(v.judge())) {
        return v;
      }
    }
    return null;
  }

  private static ConfusionMatrix matrix(long[][] counts) {
    return new ConfusionMatrix(CalibrationReport.LABELS, counts);
  }

  private static String shortName(HumanLabel label) {
    return label.caseId() + (label.model() == null ? "" : " × " + label.model())
        + (label.repeat() == 1 ? "" : label.repeat() == HumanLabel.EVERY_REPEAT ? " (every repeat)" : " #" + label.repeat());
  }

  @Override
  public String toString() {
    return "Calibration[" + (judge == null ? "overall verdict" : "judge " + judge) + " against " + labels.source()
        + ", threshold " + threshold + "]";
  }

  /** Pairs of human and judge scores, growing as needed. */
  private static final class Scores {
    private double[] human = new double[16];
    private double[] judged = new double[16];
    private int size;

    void add(double h, double j) {
      if (size == human.length) {
        human = Arrays.copyOf(human, size * 2);
        judged = Arrays.copyOf(judged, size * 2);
      }
      human[size] = h;
      judged[size] = j;
      size++;
    }

    double[][] pairs() {
      return new double[][] {Arrays.copyOf(human, size), Arrays.copyOf(judged, size)};
    }
  }
}
