package io.benchmarkhub.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares an actual JSON value with an expected one, the comparison of {@link JsonEqualsJudge} and
 * the tool-call judges: objects whatever their member order, arrays element by element, numbers by
 * value (within a tolerance), strings exactly or ignoring case. It counts the expected leaves
 * (scalars, empty objects and arrays) that match and names every difference by its JSON path, e.g.
 * {@code $.total: expected 5355.0, got 5355.5}, {@code $.vendor: missing}, {@code $.note: not
 * expected} (unless extra members are allowed, which makes it a subset match).
 *
 * <p>One instance compares once: create it, call {@link #compare(JsonNode, JsonNode)}, read the result.
 */
final class JsonComparison {
  /** How many differences {@link #describe()} names before "and N more". */
  private static final int MAX_REASONS = 5;

  private final boolean allowExtra;
  private final double tolerance;
  private final boolean ignoreCase;
  private int leaves;
  private int matched;
  private final List<String> differences = new ArrayList<>();

  /**
   * @param allowExtra whether the actual objects may have members the expected ones lack
   * @param tolerance the largest difference at which two numbers count as equal
   * @param ignoreCase whether strings compare ignoring case (member names never do)
   */
  JsonComparison(boolean allowExtra, double tolerance, boolean ignoreCase) {
    this.allowExtra = allowExtra;
    this.tolerance = tolerance;
    this.ignoreCase = ignoreCase;
  }

  /** {@return this comparison, having compared {@code actual} with {@code expected} from the root {@code $}} */
  JsonComparison compare(JsonNode expected, JsonNode actual) {
    compare("$", expected, actual);
    return this;
  }

  /** {@return whether the values matched: no difference} */
  boolean equal() {
    return differences.isEmpty();
  }

  /** {@return the share of the expected leaves that matched; 1 when there are none} */
  double score() {
    return leaves == 0 ? 1.0 : (double) matched / leaves;
  }

  /** {@return the first five differences joined by "; ", then "and N more"} */
  String describe() {
    List<String> shown = differences.subList(0, Math.min(MAX_REASONS, differences.size()));
    String more = differences.size() > MAX_REASONS ? "; and " + (differences.size() - MAX_REASONS) + " more" : "";
    return String.join("; ", shown) + more;
  }

  private void compare(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject() && expected.size() > 0) {
      if (!actual.isObject()) {
        differ(path, expected, "expected an object, got " + kind(actual));
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path + "." + e.getKey();
        if (actual.has(e.getKey())) {
          compare(child, e.getValue(), actual.get(e.getKey()));
        } else {
          differ(child, e.getValue(), "missing");
        }
      }
      if (!allowExtra) {
        actual.fieldNames().forEachRemaining(name -> {
          if (!expected.has(name)) {
            differences.add(path + "." + name + ": not expected");
          }
        });
      }
    } else if (expected.isArray() && expected.size() > 0) {
      if (!actual.isArray()) {
        differ(path, expected, "expected an array, got " + kind(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (i < actual.size()) {
          compare(path + "[" + i + "]", expected.get(i), actual.get(i));
        } else {
          differ(path + "[" + i + "]", expected.get(i), "missing");
        }
      }
      if (actual.size() > expected.size()) {
        differences.add(path + ": " + (actual.size() - expected.size()) + " elements more than the "
            + expected.size() + " expected");
      }
    } else {
      leaves++;
      if (leafEquals(expected, actual)) {
        matched++;
      } else {
        differences.add(path + ": expected " + expected + ", got " + actual);
      }
    }
  }

  /** Counts the expected leaves under a node that has no counterpart, and names the difference once. */
  private void differ(String path, JsonNode expected, String why) {
    leaves += leavesOf(expected);
    differences.add(path + ": " + why);
  }

  private int leavesOf(JsonNode n) {
    if ((n.isObject() || n.isArray()) && n.size() > 0) {
      int sum = 0;
      for (JsonNode child : n) {
        sum += leavesOf(child);
      }
      return sum;
    }
    return 1;
  }

  private boolean leafEquals(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          || Math.abs(expected.doubleValue() - actual.doubleValue()) <= tolerance;
    }
    if (ignoreCase && expected.isTextual() && actual.isTextual()) {
      return expected.textValue().equalsIgnoreCase(actual.textValue());
    }
    return expected.equals(actual);
  }

  private String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT) + " " + n;
  }
}
