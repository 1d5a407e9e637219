package io.benchmarkhub.library;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SPDX licence ids a package may carry, and which of them are open-data licences (free to use, share and
 * adapt the cases). A custom licence is written {@code LicenseRef-<name>}, as SPDX allows; it is never open.
 */
public final class Licences {
  /** Licences that let anyone use, share and adapt the data, with at most attribution or share-alike. */
  private static final Set<String> OPEN = Set.of("CC0-1.0", "CC-BY-4.0", "CC-BY-3.0", "CC-BY-SA-4.0",
      "CC-BY-SA-3.0", "ODC-BY-1.0", "ODbL-1.0", "PDDL-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0", "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Unlicense", "0BSD",
      "MIT-0", "Zlib", "BSL-1.0", "MPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later",
      "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "AGPL-3.0-only",
      "AGPL-3.0-or-later", "EPL-2.0", "EUPL-1.2", "GFDL-1.3-only", "GFDL-1.3-or-later", "OGL-UK-3.0",
      "etalab-2.0", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0");
  /** Known SPDX ids that restrict use (non-commercial, no derivatives): fine to publish, not open data. */
  private static final Set<String> RESTRICTED = Set.of("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0",
      "CC-BY-NC-ND-4.0", "CC-BY-NC-3.0", "CC-BY-NC-SA-3.0", "CC-BY-ND-3.0", "CC-BY-NC-ND-3.0",
      "CDLA-Permissive-1.0-NC", "BUSL-1.1", "Elastic-2.0", "SSPL-1.0", "PolyForm-Noncommercial-1.0.0",
      "C-UDA-1.0", "O-UDA-1.0");
  private static final String CUSTOM = "LicenseRef-";

  private Licences() {}

  /** {@return whether {@code id} is an SPDX licence id BenchmarkHub knows, or a {@code LicenseRef-} id} */
  public static boolean isKnown(String id) {
    return id != null && (OPEN.contains(id) || RESTRICTED.contains(id)
        || id.startsWith(CUSTOM) && id.length() > CUSTOM.length() && id.substring(CUSTOM.length())
            .matches("[A-Za-z0-9.-]+"));
  }

  /** {@return whether {@code id} is an open-data licence}, e.g. CC0-1.0, CC-BY-4.0, ODbL-1.0, MIT */
  public static boolean isOpen(String id) {
    return id != null && OPEN.contains(id);
  }

  /**
   * {@return why {@code id} is not a licence a package may carry, with the nearest known id as an example}; empty
   * when it is one
   */
  public static Optional<String> problem(String id) {
    if (isKnown(id)) {
      return Optional.empty();
    }
    return Optional.of("'" + id + "' is not an SPDX licence id; e.g. " + nearest(id)
        + " (or LicenseRef-<name> for a licence of your own)");
  }

  /** {@return the known id closest to {@code id}: the shortest that starts with it, else by edit distance} */
  static String nearest(String id) {
    String key = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
    Comparator<String> shortest = Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder());
    return OPEN.stream().filter(k -> !key.isEmpty() && k.toUpperCase(Locale.ROOT).startsWith(key)).min(shortest)
        .orElseGet(() -> OPEN.stream().min(Comparator.<String>comparingInt(k -> distance(
            k.toUpperCase(Locale.ROOT), key)).thenComparing(shortest)).orElseThrow());
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1)
            ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
