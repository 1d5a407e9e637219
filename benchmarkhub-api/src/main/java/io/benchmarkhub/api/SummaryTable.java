package io.benchmarkhub.api;

import io.benchmarkhub.api.internal.text.Dollars;
import io.benchmarkhub.api.internal.text.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** Renders a {@link RunSummary} as a fixed-width text table. Not API: use {@link RunSummary#toTable()}. */
final class SummaryTable {
  private static final String[] HEADER = {
      "model", "trials", "pass", "fail", "error", "pass rate", "95% CI", "mean score",
      "tokens in/out", "cost", "p50", "p95"};

  private SummaryTable() {}

  static String render(RunSummary s) {
    boolean judged = s.models().stream().anyMatch(m -> m.judgeCostUsd().isPresent());
    List<String[]> rows = new ArrayList<>();
    rows.add(judged ? withJudgeCost(HEADER, "judge cost") : HEADER);
    for (ModelSummary m : s.models()) {
      String[] row = {
          m.model(),
          Long.toString(m.trials()),
          Long.toString(m.passed()),
          Long.toString(m.failed()),
          Long.toString(m.errors()),
          percent(m.passRate()),
          Double.isNaN(m.passRateLow()) ? "-" : percent(m.passRateLow()) + "–" + percent(m.passRateHigh()),
          Double.isNaN(m.meanScore()) ? "-" : String.format(Locale.ROOT, "%.3f", m.meanScore()),
          m.inputTokens() + "/" + m.outputTokens(),
          cost(m),
          m.latencyP50().toMillis() + " ms",
          m.latencyP95().toMillis() + " ms"};
      rows.add(judged ? withJudgeCost(row, m.judgeCostUsd().isPresent()
          ? Dollars.format(m.judgeCostUsd().getAsDouble()) : "-") : row);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(s.benchmark()).append(' ').append(s.version()).append(" · run ").append(s.runId())
        .append(" · ").append(s.trials().size()).append(" trials in ")
        .append(String.format(Locale.ROOT, "%.1f s", s.duration().toMillis() / 1000.0)).append('\n');
    sb.append(TextTable.render(rows, column -> column == 0));
    Notes notes = new Notes();
    s.trials().forEach(notes::add);
    notes.appendStoredAnswers(sb, s.benchmark());
    notes.appendBudget(sb);
    notes.appendErrors(sb);
    appendComparisons(sb, s.comparisons());
    appendAgreement(sb, s.judgeAgreement());
    appendPairwise(sb, s.pairwise());
    if (s.runLog() != null) {
      sb.append("run log: ").append(s.runLog()).append('\n');
    }
    return sb.toString();
  }

  /**
   * What the table's notes need from the trials, gathered in one pass over them (a large run's trials
   * are read back from its run log, so each pass costs a read).
   */
  private static final class Notes {
    private final Map<String, Served> served = new LinkedHashMap<>();
    private final Map<String, Map<String, ErrorGroup>> errors = new LinkedHashMap<>();
    private long notRunForBudget;
    private String firstBudgetMessage;

    void add(TrialResult t) {
      Served m = served.computeIfAbsent(t.model(), k -> new Served());
      m.trials++;
      CompletionOrigin origin = t.completion() == null ? CompletionOrigin.LIVE : t.completion().origin();
      m.replayed += origin == CompletionOrigin.REPLAY ? 1 : 0;
      m.cached += origin == CompletionOrigin.CACHE ? 1 : 0;
      if (t.status() == TrialStatus.SKIPPED && TrialError.BUDGET_KIND.equals(t.error().kind())) {
        notRunForBudget++;
        firstBudgetMessage = firstBudgetMessage == null ? t.error().message() : firstBudgetMessage;
      }
      if (t.error() != null) {
        String key = (t.status() == TrialStatus.SKIPPED ? "not run, " : "")
            + t.error().phase().name().toLowerCase(Locale.ROOT) + " " + t.error().kind();
        errors.computeIfAbsent(t.model(), k -> new LinkedHashMap<>())
            .computeIfAbsent(key, k -> new ErrorGroup(t.caseId(), t.error().message())).count++;
      }
    }

    /**
     * Says, per model, how many trials the cassette or the cache answered, e.g. "openai:gpt-4o-mini: 12
     * of 12 trials replayed from cassette support-intent.cassette.jsonl", so a run that sent nothing
     * never reads as a live one.
     */
    void appendStoredAnswers(StringBuilder sb, String benchmark) {
      String cassette = CompletionOrigin.cassetteFileName(benchmark);
      served.forEach((model, m) -> {
        if (m.replayed > 0) {
          sb.append(model).append(": ").append(m.replayed).append(" of ").append(m.trials)
              .append(" trials replayed from cassette ").append(cassette).append('\n');
        }
        if (m.cached > 0) {
          sb.append(model).append(": ").append(m.cached).append(" of ").append(m.trials)
              .append(" trials served from cache\n");
        }
      });
    }

    /**
     * Says how many trials the budget left unrun, e.g. "budget of $0.0500 reached after $0.0500: 7
     * trials not run (skipped)", taking the amounts from the first such trial's error.
     */
    void appendBudget(StringBuilder sb) {
      if (firstBudgetMessage != null) {
        String first = firstBudgetMessage;
        String reached = first.endsWith(": not run") ? first.substring(0, first.length() - ": not run".length()) : first;
        sb.append(reached).append(": ").append(notRunForBudget).append(notRunForBudget == 1 ? " trial" : " trials")
            .append(" not run (skipped)\n");
      }
    }

    /** Lists each model's errors by phase and kind, with the first message of each, so an outage is visible at once. */
    void appendErrors(StringBuilder sb) {
      if (errors.isEmpty()) {
        return;
      }
      sb.append("errors and trials not run (neither counted as failures; re-run to retry them):\n");
      errors.forEach((model, groups) -> groups.forEach((kind, g) -> sb.append("  ").append(model).append(": ")
          .append(g.count).append(" × ").append(kind).append(" — first on case ").append(g.firstCase).append(": ")
          .append(Text.abbreviate(g.firstMessage, 160)).append('\n')));
    }
  }

  /** One model's count of trials and of those the cassette or the cache answered. */
  private static final class Served {
    long trials;
    long replayed;
    long cached;
  }

  private static final class ErrorGroup {
    final String firstCase;
    final String firstMessage;
    long count;

    ErrorGroup(String firstCase, String firstMessage) {
      this.firstCase = firstCase;
      this.firstMessage = firstMessage;
    }
  }

  /**
   * Lists each pair of models compared on the cases both graded, e.g. "openai:gpt-4o-mini vs
   * ollama:llama3.2 on 30 cases: pass rate +26.7 points (9 vs 1 cases passed by one only), p = 0.043; mean score
   * +0.267, p = 0.021, effect 0.82".
   */
  private static void appendComparisons(StringBuilder sb, List<ModelComparison> comparisons) {
    if (comparisons.isEmpty()) {
      return;
    }
    sb.append("model pairs, on the cases both graded (p-values two-sided, Holm-corrected across ")
        .append(comparisons.size()).append(comparisons.size() == 1 ? " pair):\n" : " pairs):\n");
    for (ModelComparison c : comparisons) {
      sb.append("  ").append(c.modelA()).append(" vs ").append(c.modelB()).append(" on ").append(c.pairs())
          .append(c.pairs() == 1 ? " case" : " cases");
      if (c.pairs() > 0) {
        sb.append(": pass rate ").append(signedPoints(c.passRateDifference())).append(" (").append(c.onlyAPassed())
            .append(" vs ").append(c.onlyBPassed()).append(" cases passed by one only), p = ")
            .append(p(c.passPAdjusted())).append("; mean score ")
            .append(String.format(Locale.ROOT, "%+.3f", c.meanScoreDifference())).append(", p = ")
            .append(p(c.scorePAdjusted()));
        if (!Double.isNaN(c.scoreEffect())) {
          sb.append(", effect ").append(String.format(Locale.ROOT, "%.2f", c.scoreEffect()));
        }
      }
      sb.append('\n');
    }
  }

  /** Says how much each panel of judges agreed, e.g. "judge panel: Krippendorff's alpha 0.71 ...". */
  private static void appendAgreement(StringBuilder sb, List<JudgeAgreement> agreement) {
    for (JudgeAgreement a : agreement) {
      sb.append("judge ").append(a.judge()).append(" (").append(String.join(", ", a.members())).append("): ")
          .append("Krippendorff's alpha ").append(twoPlaces(a.krippendorffAlpha())).append(", Fleiss' kappa ")
          .append(twoPlaces(a.fleissKappa())).append(" on ").append(a.fleissTrials()).append(" of ")
          .append(a.trials()).append(" trials; split on ").append(a.splitTrials()).append('\n');
    }
  }

  /**
   * Lists each pair judge's results, e.g. "pairwise helpfulness: a vs b: a won 12, b won 5, 3 ties, 1
   * inconsistent; a's win rate 0.63, p = 0.143".
   */
  private static void appendPairwise(StringBuilder sb, List<PairwiseResult> pairwise) {
    for (PairwiseResult r : pairwise) {
      sb.append("pairwise ").append(r.judge()).append(": ").append(r.modelA()).append(" vs ").append(r.modelB())
          .append(": ").append(r.modelA()).append(" won ").append(r.winsA()).append(", ").append(r.modelB())
          .append(" won ").append(r.winsB()).append(", ").append(r.ties()).append(r.ties() == 1 ? " tie, " : " ties, ")
          .append(r.inconsistent()).append(" inconsistent");
      if (r.errors() > 0) {
        sb.append(", ").append(r.errors()).append(r.errors() == 1 ? " error" : " errors");
      }
      sb.append("; ").append(r.modelA()).append("'s win rate ").append(twoPlaces(r.winRateA())).append(", p = ")
          .append(p(r.pValue()));
      if (r.judgeCostUsd().isPresent()) {
        sb.append(", judge cost ").append(Dollars.format(r.judgeCostUsd().getAsDouble()));
      }
      sb.append('\n');
    }
  }

  private static String signedPoints(double difference) {
    return String.format(Locale.ROOT, "%+.1f points", difference * 100);
  }

  private static String p(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String twoPlaces(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** {@return the row with the judge cost after the model's cost} (shown only when some judge asked a model) */
  private static String[] withJudgeCost(String[] row, String judgeCost) {
    String[] out = new String[row.length + 1];
    int at = 10;
    System.arraycopy(row, 0, out, 0, at);
    out[at] = judgeCost;
    System.arraycopy(row, at, out, at + 1, row.length - at);
    return out;
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  private static String cost(ModelSummary m) {
    if (m.costUsd().isEmpty()) {
      return "unknown";
    }
    String c = Dollars.format(m.costUsd().getAsDouble());
    return m.trialsWithoutCost() > 0 ? "≥" + c : c;
  }

}
