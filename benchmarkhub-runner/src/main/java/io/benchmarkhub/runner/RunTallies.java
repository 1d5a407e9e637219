package io.benchmarkhub.runner;

import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.TrialResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's summary is made of, added to as trials finish (by the run's worker threads, or by
 * {@link RunLogs} reading a log back): each model's {@link ModelTally}, each model's
 * {@link CaseOutcomes} for the comparisons, and the {@link PanelRatings} of panels of judges.
 * Thread-safe.
 */
final class RunTallies {
  private final Map<String, ModelTally> byModel = new LinkedHashMap<>();
  private final Map<String, Integer> modelIndex = new HashMap<>();
  private final CaseOutcomes outcomes;
  private final PanelRatings panels = new PanelRatings();

  RunTallies(RunPlan plan) {
    for (String model : plan.models()) {
      modelIndex.put(model, byModel.size());
      byModel.put(model, new ModelTally(model));
    }
    outcomes = new CaseOutcomes(plan.models(), plan.cases());
  }

  /** Adds a finished trial of one of the plan's models. */
  void add(TrialResult result) {
    ModelTally tally = byModel.get(result.model());
    synchronized (tally) {
      tally.add(result);
    }
    outcomes.add(modelIndex.get(result.model()), result);
    panels.add(result);
  }

  /** {@return each model's summary, in the plan's model order} */
  List<ModelSummary> summaries() {
    return byModel.values().stream().map(t -> {
      synchronized (t) {
        return t.summary();
      }
    }).toList();
  }

  /** {@return every pair of models compared} */
  List<ModelComparison> comparisons() {
    return outcomes.comparisons();
  }

  /** {@return each panel's agreement} */
  List<JudgeAgreement> agreement() {
    return panels.agreement();
  }
}
