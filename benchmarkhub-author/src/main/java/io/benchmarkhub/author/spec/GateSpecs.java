package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.runner.GateCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a benchmark file's {@code gates}: the fields of {@code @Gate} ({@code passRate}, {@code meanScore},
 * {@code maxCost}, {@code p95LatencyMs}, {@code pointEstimate}, {@code knownFailing}).
 */
final class GateSpecs {
  private GateSpecs() {}

  /** {@return the gates}, each threshold checked against its range, known-failing models against the models */
  static BenchmarkGates gates(SpecNode gates, List<ModelRef> models) {
    gates.object().allowOnly("passRate", "meanScore", "maxCost", "p95LatencyMs", "pointEstimate", "knownFailing");
    boolean point = gates.field("pointEstimate").map(SpecNode::bool).orElse(false);
    List<GateCheck> checks = new ArrayList<>();
    add(checks, gates, "passRate", GateCheck.Kind.PASS_RATE, point, "a fraction within [0, 1], e.g. 0.85 for 85%");
    add(checks, gates, "meanScore", GateCheck.Kind.MEAN_SCORE, point, "a fraction within [0, 1], e.g. 0.7");
    add(checks, gates, "maxCost", GateCheck.Kind.MAX_COST, point, "US dollars, 0 or more, e.g. 0.50");
    add(checks, gates, "p95LatencyMs", GateCheck.Kind.P95_LATENCY, point, "milliseconds, more than 0, e.g. 3000");
    if (checks.isEmpty()) {
      throw gates.error("sets no threshold: set passRate, meanScore, maxCost or p95LatencyMs");
    }
    Set<String> known = new LinkedHashSet<>();
    gates.field("knownFailing").ifPresent(k -> {
      List<String> ids = models.stream().map(ModelRef::id).toList();
      for (String id : k.texts()) {
        if (!ids.contains(id)) {
          throw k.error("'" + id + "' is not one of the models " + ids + ": name a model by its id (its label, "
              + "or provider:model)");
        }
        known.add(id);
      }
    });
    return new BenchmarkGates(checks, known);
  }

  private static void add(List<GateCheck> checks, SpecNode gates, String field, GateCheck.Kind kind, boolean point,
      String range) {
    gates.field(field).ifPresent(n -> {
      double v = n.number();
      if (kind == GateCheck.Kind.P95_LATENCY ? !(v > 0) : !(v >= 0 && (kind == GateCheck.Kind.MAX_COST || v <= 1))) {
        throw n.error("is out of range: use " + range + ", was " + n.scalarText());
      }
      try {
        checks.add(new GateCheck(kind, v, point));
      } catch (IllegalArgumentException e) {
        throw n.error(e.getMessage(), e);
      }
    });
  }
}
