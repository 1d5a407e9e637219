package io.benchmarkhub.api.internal.text;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Renders rows as a fixed-width console table: the first row is the header, underlined with dashes;
 * columns are two spaces apart; each cell is left- or right-aligned by column. Not API: shared by the
 * run summary and the dry-run estimate so that both read alike.
 */
public final class TextTable {
  private TextTable() {}

  /**
   * {@return the table, one line per row, each ending in a newline}
   *
   * @param rows the header row then the data rows, all of one length
   * @param leftAligned which column indexes are left-aligned; the others are right-aligned
   */
  public static String render(List<String[]> rows, IntPredicate leftAligned) {
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    int ruleLength = 2 * (widths.length - 1);
    for (int w : widths) {
      ruleLength += w;
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int i = 0; i < row.length; i++) {
        String pad = " ".repeat(widths[i] - row[i].length());
        sb.append(leftAligned.test(i) ? row[i] + pad : pad + row[i]).append(i == row.length - 1 ? "\n" : "  ");
      }
      if (r == 0) {
        sb.append("-".repeat(ruleLength)).append('\n');
      }
    }
    return sb.toString();
  }
}
