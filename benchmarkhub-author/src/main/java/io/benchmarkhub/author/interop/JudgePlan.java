package io.benchmarkhub.author.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the assertions of every promptfoo test into one list of judges for the whole benchmark, since a benchmark
 * file grades every case with the same judges while promptfoo asserts per test.
 *
 * <p>The k-th assertion of a type in each test is one <em>slot</em> (the first {@code contains}, the second
 * {@code contains}...). Each slot must be present in every test (defaultTest's assertions always are). Then:
 * <ol>
 *   <li>the first {@code equals} slot gives each case its expected answer, and the judge {@code exact};
 *   <li>a slot whose judge is the same in every test becomes that judge, value included;
 *   <li>otherwise, if no slot gave the expected answer yet and the type can compare with it ({@code contains},
 *       {@code icontains}), its values become the expected answers and its judge reads them;
 *   <li>anything else is an unmapped note.
 * </ol>
 * When every test has the same {@code threshold}, the judges become one {@code weighted} judge with the
 * assertions' weights and that threshold, which is what promptfoo's threshold means; without one, every judge must
 * pass, as every promptfoo assertion must, and weights change nothing.
 */
final class JudgePlan {
  /** One test's mapped assertions, and its threshold or null. */
  record TestAssertions(ConfigNode test, List<PromptfooAssertion> assertions, Double threshold) {}

  private final List<Object> judges = new ArrayList<>();
  private final String[] expected;
  private final List<ImportNote> notes;

  private JudgePlan(int tests, List<ImportNote> notes) {
    this.expected = new String[tests];
    this.notes = notes;
  }

  /** {@return the plan for these tests}, adding a note for every slot it cannot map */
  static JudgePlan of(List<TestAssertions> tests, List<ImportNote> notes) {
    JudgePlan plan = new JudgePlan(tests.size(), notes);
    Map<String, PromptfooAssertion[]> slots = slots(tests);
    List<Double> weights = new ArrayList<>();
    boolean expectedTaken = false;
    List<String> order = new ArrayList<>(slots.keySet());
    if (order.remove("equals#0")) {
      order.add(0, "equals#0");
    }
    for (String slot : order) {
      PromptfooAssertion[] perTest = slots.get(slot);
      if (!plan.presentEverywhere(tests, perTest) || plan.leftOutSomewhere(perTest)) {
        continue;
      }
      PromptfooAssertion first = perTest[0];
      boolean same = true;
      for (PromptfooAssertion a : perTest) {
        same &= Objects.equals(a.judge(), first.judge());
      }
      boolean equals = first.type().equals("equals");
      if ((equals || !same) && first.fromExpected() != null && !expectedTaken) {
        for (int i = 0; i < perTest.length; i++) {
          plan.expected[i] = perTest[i].value();
        }
        expectedTaken = true;
        plan.judges.add(first.fromExpected());
      } else if (same) {
        plan.judges.add(first.judge());
      } else {
        plan.differs(perTest);
        continue;
      }
      weights.add(first.weight());
    }
    plan.weigh(tests, weights);
    return plan;
  }

  /** {@return the judges of the benchmark file, in the order the assertions first appear} */
  List<Object> judges() {
    return judges;
  }

  /** {@return the expected answer of the i-th test}, or null */
  String expected(int test) {
    return expected[test];
  }

  private static Map<String, PromptfooAssertion[]> slots(List<TestAssertions> tests) {
    Map<String, PromptfooAssertion[]> slots = new LinkedHashMap<>();
    for (int t = 0; t < tests.size(); t++) {
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (PromptfooAssertion a : tests.get(t).assertions()) {
        String slot = a.type() + "#" + (seen.merge(a.type(), 1, Integer::sum) - 1);
        slots.computeIfAbsent(slot, k -> new PromptfooAssertion[tests.size()])[t] = a;
      }
    }
    return slots;
  }

  private boolean presentEverywhere(List<TestAssertions> tests, PromptfooAssertion[] perTest) {
    PromptfooAssertion some = null;
    for (PromptfooAssertion a : perTest) {
      some = some == null ? a : some;
    }
    for (int i = 0; i < perTest.length; i++) {
      if (perTest[i] == null) {
        notes.add(new ImportNote(tests.get(i).test().location(), "has no '" + some.type() + "' assertion, but "
            + some.node().location() + " has; a benchmark file grades every case with the same judges, so give"
            + " every test the same assertion types (shared ones can go in defaultTest)", true));
        return false;
      }
    }
    return true;
  }

  /** {@return whether a test's assertion in the slot could not be mapped}; the others are then left out too */
  private boolean leftOutSomewhere(PromptfooAssertion[] perTest) {
    PromptfooAssertion left = null;
    PromptfooAssertion kept = null;
    for (PromptfooAssertion a : perTest) {
      if (a.isUnmapped()) {
        left = left == null ? a : left;
      } else {
        kept = kept == null ? a : kept;
      }
    }
    if (left != null && kept != null) {
      notes.add(new ImportNote(kept.node().location(), "left out, with the same '" + kept.type() + "' assertion of"
          + " every test, because the one at " + left.node().location() + " could not be mapped", false));
    }
    return left != null;
  }

  private void differs(PromptfooAssertion[] perTest) {
    PromptfooAssertion first = perTest[0];
    PromptfooAssertion other = first;
    for (PromptfooAssertion a : perTest) {
      if (!Objects.equals(a.judge(), first.judge())) {
        other = a;
        break;
      }
    }
    notes.add(new ImportNote(other.node().location(), "this '" + first.type() + "' assertion differs from the one"
        + " at " + first.node().location() + "; a benchmark file grades every case with the same judges, and only"
        + " one equals, contains or icontains whose value varies can become each case's expected answer", true));
  }

  private void weigh(List<TestAssertions> tests, List<Double> weights) {
    Double threshold = tests.get(0).threshold();
    for (TestAssertions t : tests) {
      if (!Objects.equals(t.threshold(), threshold)) {
        notes.add(new ImportNote(t.test().location(), "its threshold differs from the first test's; a benchmark"
            + " file has one, so no threshold was carried over and every judge must pass", false));
        threshold = null;
        break;
      }
    }
    if (threshold != null && !judges.isEmpty()) {
      List<Object> parts = new ArrayList<>();
      for (int i = 0; i < judges.size(); i++) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("judge", judges.get(i));
        part.put("weight", weights.get(i));
        parts.add(part);
      }
      Map<String, Object> weighted = new LinkedHashMap<>();
      weighted.put("parts", parts);
      weighted.put("threshold", threshold);
      judges.clear();
      judges.add(Map.of("weighted", weighted));
    } else if (weights.stream().anyMatch(w -> w != 1.0)) {
      notes.add(new ImportNote(tests.get(0).test().location(), "assertion weights only change promptfoo's score"
          + " when a test has no threshold; every judge must pass, as every assertion must, so weights were not"
          + " carried over", false));
    }
  }
}
