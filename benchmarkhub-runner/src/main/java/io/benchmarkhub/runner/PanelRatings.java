package io.benchmarkhub.runner;

import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.stats.Agreement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratings of every panel of judges over a run, kept as the trials finish: per panel verdict (one
 * with {@link Verdict#parts() parts}), each member's pass (1), fail (0) or error (missing). At the
 * end, {@link #agreement()} measures how much each panel's members agreed. Keeps a small array (a
 * byte per member) per panel-graded trial. Thread-safe.
 */
final class PanelRatings {
  private static final byte MISSING = -1;

  private final Map<String, Panel> panels = new LinkedHashMap<>();

  /** Adds the panel verdicts of a finished trial. */
  synchronized void add(TrialResult r) {
    for (Verdict v : r.verdicts()) {
      if (v.parts().isEmpty() || v.judge() == null) {
        continue;
      }
      Panel panel = panels.computeIfAbsent(v.judge(), k -> new Panel(v.parts().stream().map(Verdict::judge).toList()));
      if (panel.members.size() != v.parts().size()) {
        continue; // another judge by the same name; it cannot share the panel's table
      }
      byte[] row = new byte[v.parts().size()];
      int graded = 0;
      int passed = 0;
      for (int i = 0; i < row.length; i++) {
        Verdict part = v.parts().get(i);
        row[i] = part.isError() ? MISSING : (byte) (part.passed() ? 1 : 0);
        graded += part.isError() ? 0 : 1;
        passed += part.passed() ? 1 : 0;
      }
      panel.rows.add(row);
      panel.split += passed > 0 && passed < graded ? 1 : 0;
    }
  }

  /** {@return each panel's agreement, in the order the panels were first seen} */
  synchronized List<JudgeAgreement> agreement() {
    List<JudgeAgreement> out = new ArrayList<>();
    panels.forEach((name, p) -> {
      double[][] units = new double[p.rows.size()][];
      List<long[]> complete = new ArrayList<>();
      for (int u = 0; u < units.length; u++) {
        byte[] row = p.rows.get(u);
        units[u] = new double[row.length];
        long pass = 0;
        boolean all = true;
        for (int i = 0; i < row.length; i++) {
          units[u][i] = row[i] == MISSING ? Double.NaN : row[i];
          all &= row[i] != MISSING;
          pass += row[i] == 1 ? 1 : 0;
        }
        if (all) {
          complete.add(new long[] {row.length - pass, pass});
        }
      }
      double alpha = Agreement.krippendorffsAlpha(units, Agreement.Level.NOMINAL).alpha();
      double kappa = complete.isEmpty() ? Double.NaN
          : Agreement.fleissKappa(complete.toArray(new long[0][])).kappa();
      out.add(new JudgeAgreement(name, p.members, p.rows.size(), p.split, alpha, kappa, complete.size()));
    });
    return out;
  }

  private static final class Panel {
    final List<String> members;
    final List<byte[]> rows = new ArrayList<>();
    long split;

    Panel(List<String> members) {
      this.members = members;
    }
  }

  @Override
  public synchronized String toString() {
    return "PanelRatings" + Arrays.toString(panels.keySet().toArray());
  }
}
