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
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ModelSummary m : s.models()) {
      rows.add(new String[] {
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
          m.latencyP95().toMillis() + " ms"});
    }
    StringBuilder sb = new StringBuilder();
    sb.append(s.benchmark()).append(' ').append(s.version()).append(" · run ").append(s.runId())
        .append(" · ").append(s.trials().size()).append(" trials in ")
        .append(String.format(Locale.ROOT, "%.1f s", s.duration().toMillis() / 1000.0)).append('\n');
    sb.append(TextTable.render(rows, column -> column == 0));
    appendStoredAnswers(sb, s);
    appendBudget(sb, s);
    appendErrors(sb, s);
    return sb.toString();
  }

  /**
   * Says, per model, how many trials the cassette or the cache answered, e.g. "openai:gpt-4o-mini: 12
   * of 12 trials replayed from cassette support-intent.cassette.jsonl", so a run that sent nothing
   * never reads as a live one.
   */
  private static void appendStoredAnswers(StringBuilder sb, RunSummary s) {
    Map<String, Served> byModel = new LinkedHashMap<>();
    for (TrialResult t : s.trials()) {
      Served served = byModel.computeIfAbsent(t.model(), m -> new Served());
      served.trials++;
      CompletionOrigin origin = t.completion() == null ? CompletionOrigin.LIVE : t.completion().origin();
      served.replayed += origin == CompletionOrigin.REPLAY ? 1 : 0;
      served.cached += origin == CompletionOrigin.CACHE ? 1 : 0;
    }
    String cassette = CompletionOrigin.cassetteFileName(s.benchmark());
    byModel.forEach((model, served) -> {
      if (served.replayed > 0) {
        sb.append(model).append(": ").append(served.replayed).append(" of ").append(served.trials)
            .append(" trials replayed from cassette ").append(cassette).append('\n');
      }
      if (served.cached > 0) {
        sb.append(model).append(": ").append(served.cached).append(" of ").append(served.trials)
            .append(" trials served from cache\n");
      }
    });
  }

  /**
   * Says how many trials the budget left unrun, e.g. "budget of $0.0500 reached after $0.0500: 7
   * trials not run (skipped)", taking the amounts from the first such trial's error.
   */
  private static void appendBudget(StringBuilder sb, RunSummary s) {
    long notRun = 0;
    String first = null;
    for (TrialResult t : s.trials()) {
      if (t.status() == TrialStatus.SKIPPED && TrialError.BUDGET_KIND.equals(t.error().kind())) {
        notRun++;
        first = first == null ? t.error().message() : first;
      }
    }
    if (first != null) {
      String reached = first.endsWith(": not run") ? first.substring(0, first.length() - ": not run".length()) : first;
      sb.append(reached).append(": ").append(notRun).append(notRun == 1 ? " trial" : " trials")
          .append(" not run (skipped)\n");
    }
  }

  /** One model's count of trials and of those the cassette or the cache answered. */
  private static final class Served {
    long trials;
    long replayed;
    long cached;
  }

  /** Lists each model's errors by phase and kind, with the first message of each, so an outage is visible at once. */
  private static void appendErrors(StringBuilder sb, RunSummary s) {
    Map<String, Map<String, ErrorGroup>> byModel = new LinkedHashMap<>();
    for (TrialResult t : s.trials()) {
      if (t.error() != null) {
        String key = (t.status() == TrialStatus.SKIPPED ? "not run, " : "")
            + t.error().phase().name().toLowerCase(Locale.ROOT) + " " + t.error().kind();
        byModel.computeIfAbsent(t.model(), m -> new LinkedHashMap<>())
            .computeIfAbsent(key, k -> new ErrorGroup(t.caseId(), t.error().message())).count++;
      }
    }
    if (byModel.isEmpty()) {
      return;
    }
    sb.append("errors and trials not run (neither counted as failures; re-run to retry them):\n");
    byModel.forEach((model, groups) -> groups.forEach((kind, g) -> sb.append("  ").append(model).append(": ")
        .append(g.count).append(" × ").append(kind).append(" — first on case ").append(g.firstCase).append(": ")
        .append(Text.abbreviate(g.firstMessage, 160)).append('\n')));
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
