package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.text.NearDuplicates;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code contradictory-expected}: the same input with different expected answers (compared after
 * NFKC, lower-casing and collapsing whitespace), so whatever a model answers, one of the cases marks
 * it wrong; and near-duplicate inputs (see {@code near-duplicates}) with different answers, which
 * may be a deliberate contrast pair or a labelling error.
 *
 * <p>Not applicable to generation (references of open-ended answers may differ). Score: 1 - share of
 * cases involved. FAIL on any identical input with different answers; WARN on near duplicates with
 * different answers only; PASS otherwise.
 */
public final class ContradictoryExpectedCheck extends AbstractCheck {

  /** Creates the check. */
  public ContradictoryExpectedCheck() {
    super("contradictory-expected", "Contradictory expected answers", CheckCategory.STRUCTURE,
        "Identical inputs (normalised) whose expected answers differ after ignoring case and whitespace: "
            + "a model is marked wrong whatever it answers; and near-duplicate inputs with different "
            + "answers, to review. Not applicable to generation. FAIL on any identical-input contradiction, "
            + "WARN on near-duplicate ones only; score = 1 - share of cases involved.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    if (input.design().taskType() == TaskType.GENERATION) {
      return notApplicable("Generation cases may have different reference answers for one input.");
    }
    List<TestCase> cases = input.cases();
    List<Finding> findings = new ArrayList<>();
    BitSet involved = new BitSet();
    int exact = 0;
    for (List<TestCase> group : ExactDuplicatesCheck.groups(cases)) {
      Set<String> answers = new LinkedHashSet<>();
      group.forEach(c -> CaseText.expected(c).ifPresent(answers::add));
      if (answers.size() > 1) {
        exact++;
        group.forEach(c -> involved.set(cases.indexOf(c)));
        findings.add(Finding.of(group, "the same input has " + answers.size() + " different expected answers "
            + answers + ": " + CaseText.where(group, 10)));
      }
    }
    int near = 0;
    for (NearDuplicates.Pair p : NearDuplicatesCheck.pairs(input)) {
      TestCase a = cases.get(p.first());
      TestCase b = cases.get(p.second());
      if (CaseText.expected(a).isPresent() && CaseText.expected(b).isPresent()
          && !CaseText.expected(a).equals(CaseText.expected(b))) {
        near++;
        involved.set(p.first());
        involved.set(p.second());
        findings.add(Finding.of(List.of(b, a), "expects '" + b.expected().get().strip() + "' but its near duplicate "
            + CaseText.where(a) + " (Jaccard " + decimal(p.similarity()) + ") expects '"
            + a.expected().get().strip() + "'"));
      }
    }
    double share = (double) involved.cardinality() / cases.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("identicalInputGroups", exact);
    figures.put("nearDuplicatePairs", near);
    figures.put("casesInvolved", involved.cardinality());
    CheckStatus status = exact > 0 ? CheckStatus.FAIL : near > 0 ? CheckStatus.WARN : CheckStatus.PASS;
    return result(status, 1 - share,
        exact + " identical inputs and " + near + " near-duplicate pairs have different expected answers ("
            + involved.cardinality() + " of " + cases.size() + " cases).",
        findings, figures, "Decide the right answer for each identical input and keep one case; check each "
            + "near-duplicate pair's answers (a deliberate contrast pair is fine).");
  }
}
