package io.benchmarkhub.author.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link ValidationReport} as plain text for a terminal, at most 100 columns wide: the
 * quality score with its grade and parts, a table of the checks (status, score, summary), the first
 * findings of each failing or warning check with their file:line, and the recommendations.
 */
public final class ValidationConsole {
  /** The widest line the console writes. */
  public static final int WIDTH = 100;
  private static final int FINDINGS_PER_CHECK = 5;

  private ValidationConsole() {}

  /** {@return the report as text, lines separated by {@code \n}, ending with one} */
  public static String render(ValidationReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("Validation of " + report.dataset() + ": " + report.caseCount() + " cases, "
        + report.design().taskType().fileName()
        + (report.referenceModels().isEmpty() ? "" : ", reference models " + String.join(", ",
            report.referenceModels())));
    QualityScore score = report.score();
    lines.add("Quality score " + String.format(Locale.ROOT, "%.1f", score.overall()) + " / 100 (" + score.grade()
        + ")");
    StringBuilder parts = new StringBuilder("  ");
    for (Map.Entry<CheckCategory, Double> e : score.parts().entrySet()) {
      parts.append(category(e.getKey())).append(' ').append(String.format(Locale.ROOT, "%.1f", e.getValue()))
          .append("   ");
    }
    for (CheckCategory c : score.unmeasured()) {
      parts.append(category(c)).append(" not measured   ");
    }
    lines.add(parts.toString().stripTrailing());
    lines.add("");
    lines.add(String.format(Locale.ROOT, "%-24s %-5s %5s  %s", "check", "", "score", "summary"));
    for (CheckResult r : report.checks()) {
      String head = String.format(Locale.ROOT, "%-24s %-5s %5s  ", abbreviate(r.id(), 24), status(r),
          r.status() == CheckStatus.NOT_APPLICABLE ? "-" : String.format(Locale.ROOT, "%.2f", r.score()));
      wrap(head, r.summary(), lines);
    }
    for (CheckStatus status : List.of(CheckStatus.FAIL, CheckStatus.WARN)) {
      for (CheckResult r : report.checks()) {
        if (r.status() != status || r.findings().isEmpty()) {
          continue;
        }
        lines.add("");
        lines.add(status(r) + " " + r.id() + ": " + r.findingsTotal() + " finding"
            + (r.findingsTotal() == 1 ? "" : "s"));
        for (Finding f : r.findings().subList(0, Math.min(FINDINGS_PER_CHECK, r.findings().size()))) {
          String where = f.location() != null ? f.location().toString()
              : f.caseIds().isEmpty() ? "dataset" : f.caseIds().get(0);
          wrap("  " + tail(where, 40) + "  ", f.message(), lines);
        }
        if (r.findingsTotal() > FINDINGS_PER_CHECK) {
          lines.add("  ... and " + (r.findingsTotal() - FINDINGS_PER_CHECK) + " more (see the JSON report)");
        }
      }
    }
    List<String> recommendations = report.recommendations();
    if (!recommendations.isEmpty()) {
      lines.add("");
      lines.add("Recommendations");
      for (String rec : recommendations) {
        wrap("  - ", rec, lines);
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  /** Keeps the end of a location, where the file name and line are. */
  private static String tail(String s, int max) {
    return s.length() <= max ? s : "..." + s.substring(s.length() - (max - 3));
  }

  private static String status(CheckResult r) {
    return switch (r.status()) {
      case PASS -> "pass";
      case WARN -> "WARN";
      case FAIL -> "FAIL";
      case NOT_APPLICABLE -> "n/a";
    };
  }

  private static String category(CheckCategory c) {
    return c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** Adds {@code head + text}, wrapping the text at word boundaries under the width, indented under itself. */
  private static void wrap(String head, String text, List<String> lines) {
    int room = Math.max(20, WIDTH - head.length());
    String indent = " ".repeat(WIDTH - room);
    String prefix = head;
    String rest = text.replace('\n', ' ').strip();
    do {
      int cut = rest.length() <= room ? rest.length() : rest.lastIndexOf(' ', room);
      if (cut <= 0) {
        cut = Math.min(room, rest.length());
      }
      lines.add((prefix + rest.substring(0, cut)).stripTrailing());
      rest = rest.substring(cut).strip();
      prefix = indent;
    } while (!rest.isEmpty());
  }
}
