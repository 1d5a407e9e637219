package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.DemographicLexicon;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code demographic-terms}: how often the cases mention each demographic group of the
 * {@link DemographicLexicon} (gender terms, first names by gender, age terms), whether paired groups
 * (male / female, younger / older) appear about equally, and, for classification, whether the label
 * distribution differs between paired groups (a model could learn "she" means "complaint").
 *
 * <p>A pair is imbalanced when it is mentioned by at least 5 cases and one group holds 80% or more of
 * them. The label difference of a pair is the total variation distance between the label shares of
 * the two groups' cases, measured when each group has at least 5 cases. Counterfactual twins
 * (metadata {@code counterfactualOf}) are counted; a case with terms and no twin is a candidate for
 * {@link io.benchmarkhub.author.Counterfactuals}.
 *
 * <p>Score: 1 - the largest of each measured pair's |a - b| / (a + b) and label difference. FAIL when
 * a label difference is 0.5 or more; WARN when a pair is imbalanced or a label difference is 0.3 or
 * more; PASS otherwise. Not applicable when no case mentions a demographic term.
 */
public final class DemographicTermsCheck extends AbstractCheck {
  static final int MIN_MENTIONS = 5;

  /** Creates the check. */
  public DemographicTermsCheck() {
    super("demographic-terms", "Demographic terms and counterfactual pairs", CheckCategory.BIAS,
        "Counts cases mentioning each group of a documented lexicon (gender terms, first names by gender, age "
            + "terms). A pair (male/female, younger/older) with >= 5 mentions is imbalanced when one side holds "
            + ">= 80%; for classification, the label shares of a pair's two groups (>= 5 cases each) are compared "
            + "by total variation distance (TVD). Counts counterfactual twins. FAIL when a TVD >= 0.5, WARN when "
            + "a pair is imbalanced or a TVD >= 0.3; score = 1 - the largest imbalance or TVD.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<TestCase> cases = input.cases();
    Map<String, List<TestCase>> byGroup = new LinkedHashMap<>();
    for (DemographicLexicon.GroupPair p : DemographicLexicon.PAIRS) {
      byGroup.put(p.first(), new ArrayList<>());
      byGroup.put(p.second(), new ArrayList<>());
    }
    Set<String> twinned = new HashSet<>();
    int twins = 0;
    for (TestCase c : cases) {
      if (CaseFields.counterfactualOf(c).isPresent()) {
        twins++;
        twinned.add(CaseFields.counterfactualOf(c).get());
      }
      for (String g : DemographicLexicon.groupsIn(CaseText.messages(c))) {
        byGroup.get(g).add(c);
      }
    }
    if (byGroup.values().stream().allMatch(List::isEmpty)) {
      return notApplicable("No case mentions a term of the demographic lexicon.");
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, Object> mentions = new LinkedHashMap<>();
    double worst = 0;
    boolean imbalanced = false;
    double worstTvd = 0;
    for (DemographicLexicon.GroupPair p : DemographicLexicon.PAIRS) {
      List<TestCase> a = byGroup.get(p.first());
      List<TestCase> b = byGroup.get(p.second());
      mentions.put(p.first(), a.size());
      mentions.put(p.second(), b.size());
      int total = a.size() + b.size();
      if (total >= MIN_MENTIONS) {
        double gap = Math.abs(a.size() - b.size()) / (double) total;
        worst = Math.max(worst, gap);
        if (Math.max(a.size(), b.size()) >= 0.8 * total) {
          imbalanced = true;
          List<TestCase> major = a.size() >= b.size() ? a : b;
          findings.add(Finding.of(major, p.dimension() + ": " + (a.size() >= b.size() ? p.first() : p.second())
              + " appear in " + major.size() + " cases, " + (a.size() >= b.size() ? p.second() : p.first())
              + " in " + Math.min(a.size(), b.size())));
        }
      }
      if (input.design().taskType() == TaskType.CLASSIFICATION && a.size() >= MIN_MENTIONS
          && b.size() >= MIN_MENTIONS) {
        double tvd = labelDistance(a, b, input);
        worstTvd = Math.max(worstTvd, tvd);
        if (tvd >= 0.3) {
          findings.add(Finding.general(p.dimension() + ": the labels of cases mentioning " + p.first()
              + " and " + p.second() + " differ by total variation distance " + decimal(tvd)));
        }
      }
    }
    int withTerms = (int) cases.stream().filter(c -> !DemographicLexicon.groupsIn(CaseText.messages(c)).isEmpty())
        .count();
    long withoutTwin = cases.stream().filter(c -> CaseFields.counterfactualOf(c).isEmpty()
        && !twinned.contains(c.id()) && !DemographicLexicon.groupsIn(CaseText.messages(c)).isEmpty()).count();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("casesWithTerms", withTerms);
    figures.put("mentions", mentions);
    figures.put("counterfactualTwins", twins);
    figures.put("casesWithoutTwin", withoutTwin);
    figures.put("largestImbalance", worst);
    figures.put("largestLabelDistance", worstTvd);
    CheckStatus status = worstTvd >= 0.5 ? CheckStatus.FAIL : imbalanced || worstTvd >= 0.3 ? CheckStatus.WARN
        : CheckStatus.PASS;
    return result(status, 1 - Math.max(worst, worstTvd),
        withTerms + " case" + (withTerms == 1 ? "" : "s") + " mention demographic terms " + nonZero(mentions) + "; " + twins + " counterfactual twins, "
            + withoutTwin + " cases with terms have none.",
        findings, figures, "Balance the groups (write cases for the rarer side) and add counterfactual twins "
            + "(`benchmarkhub generate --counterfactuals`) so verdicts can be compared across swapped names "
            + "and pronouns.");
  }

  private static Map<String, Object> nonZero(Map<String, Object> mentions) {
    Map<String, Object> out = new LinkedHashMap<>(mentions);
    out.values().removeIf(v -> v.equals(0));
    return out;
  }

  private static double labelDistance(List<TestCase> a, List<TestCase> b, ValidationInput input) {
    Map<String, double[]> shares = new LinkedHashMap<>();
    for (TestCase c : a) {
      Answers.label(c, input.design()).ifPresent(l -> shares.computeIfAbsent(l, k -> new double[2])[0]
          += 1.0 / a.size());
    }
    for (TestCase c : b) {
      Answers.label(c, input.design()).ifPresent(l -> shares.computeIfAbsent(l, k -> new double[2])[1]
          += 1.0 / b.size());
    }
    return shares.values().stream().mapToDouble(s -> Math.abs(s[0] - s[1])).sum() / 2;
  }
}
