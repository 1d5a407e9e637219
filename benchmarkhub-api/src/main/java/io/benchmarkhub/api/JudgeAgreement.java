package io.benchmarkhub.api;

import java.util.List;
import java.util.Objects;

/**
 * How much the members of one panel of judges agreed over a run: its trials are the units, each
 * member's pass or fail the ratings.
 *
 * <p>Krippendorff's alpha (nominal) uses every trial at least two members graded, so a member's error
 * costs only its own rating; Fleiss' kappa uses the trials every member graded. Both are 1 for perfect
 * agreement, 0 for agreement no better than chance, and NaN when it cannot be measured (e.g. every
 * rating the same). Common readings: at least 0.8 is reliable, 0.67 to 0.8 tentative, below that do
 * not trust the panel's verdicts without looking (Krippendorff 2004).
 *
 * @param judge the panel's name
 * @param members the members' names, in panel order
 * @param trials trials the panel graded
 * @param splitTrials trials whose graded members did not all agree on pass or fail
 * @param krippendorffAlpha nominal alpha over the trials with at least two ratings
 * @param fleissKappa Fleiss' kappa over the trials every member graded
 * @param fleissTrials how many trials that is
 */
public record JudgeAgreement(String judge, List<String> members, long trials, long splitTrials,
    double krippendorffAlpha, double fleissKappa, long fleissTrials) {

  /** Checks and copies the values. */
  public JudgeAgreement {
    Objects.requireNonNull(judge, "judge");
    members = List.copyOf(members);
  }
}
