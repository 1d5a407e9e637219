package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlText.esc;

import io.benchmarkhub.api.ModelSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, drawn at write time: no script, no external resource. Each mark
 * carries an SVG {@code <title>} (the browser shows it on hover) with the model and its values. Only
 * presentation attributes are used, never {@code style} attributes, which the report's
 * Content-Security-Policy would block.
 */
final class HtmlCharts {
  static final String[] PALETTE = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04",
      "#db2777", "#4b5563", "#65a30d"};

  private static final int W = 600;
  private static final int H = 360;
  private static final int LEFT = 64;
  private static final int RIGHT = 24;
  private static final int TOP = 16;
  private static final int BOTTOM = 52;

  private HtmlCharts() {}

  static String color(int i) {
    return PALETTE[i % PALETTE.length];
  }

  /** {@return the pass rate (with its 95% interval) against the run's total cost, per model} */
  static String costQuality(List<ModelSummary> models) {
    StringBuilder s = new StringBuilder();
    List<String> unknown = new ArrayList<>();
    double maxCost = 0;
    for (ModelSummary m : models) {
      if (m.costUsd().isPresent() && !Double.isNaN(m.passRate())) {
        maxCost = Math.max(maxCost, m.costUsd().getAsDouble());
      }
    }
    double[] xt = ticks(maxCost > 0 ? maxCost : 1);
    double xMax = xt[xt.length - 1];
    int pw = W - LEFT - RIGHT;
    int ph = H - TOP - BOTTOM;
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-cost\" role=\"img\" width=\"").append(W)
        .append("\" height=\"").append(H).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" aria-label=\"pass rate against total cost per model\">\n");
    s.append("<title>Pass rate (95% CI) against total cost</title>\n");
    // y axis: pass rate 0..100%
    for (int p = 0; p <= 100; p += 20) {
      double y = TOP + ph - ph * p / 100.0;
      s.append(line(LEFT, y, LEFT + pw, y, "#e5e7eb"));
      s.append(text(LEFT - 6, y + 4, "end", p + "%"));
    }
    for (double t : xt) {
      double x = LEFT + pw * t / xMax;
      s.append(line(x, TOP + ph, x, TOP + ph + 5, "#6b7280"));
      s.append(text(x, TOP + ph + 18, "middle", HtmlText.usd(t)));
    }
    s.append(line(LEFT, TOP + ph, LEFT + pw, TOP + ph, "#6b7280"));
    s.append(line(LEFT, TOP, LEFT, TOP + ph, "#6b7280"));
    s.append(text(LEFT + pw / 2.0, H - 8, "middle", "total cost of the run (USD)"));
    s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" "
        + "transform=\"rotate(-90 14 %.1f)\">pass rate (%%), 95%% CI</text>\n", TOP + ph / 2.0, TOP + ph / 2.0));
    for (int i = 0; i < models.size(); i++) {
      ModelSummary m = models.get(i);
      if (Double.isNaN(m.passRate())) {
        unknown.add(m.model() + " (nothing graded)");
        continue;
      }
      if (m.costUsd().isEmpty()) {
        unknown.add(m.model() + " (cost unknown)");
        continue;
      }
      double cost = m.costUsd().getAsDouble();
      double x = LEFT + pw * cost / xMax;
      double y = TOP + ph - ph * m.passRate();
      String title = m.model() + ": pass rate " + HtmlText.pct(m.passRate()) + " (95% CI "
          + HtmlText.pctRange(m.passRateLow(), m.passRateHigh()) + "), total cost " + HtmlText.usd(cost)
          + (m.trialsWithoutCost() > 0 ? " (" + m.trialsWithoutCost() + " trials without cost)" : "")
          + ", " + HtmlText.num(m.passed()) + " passed";
      s.append("<g class=\"point\" data-model=\"").append(esc(m.model())).append("\"><title>").append(esc(title))
          .append("</title>");
      if (!Double.isNaN(m.passRateLow())) {
        double y1 = TOP + ph - ph * m.passRateLow();
        double y2 = TOP + ph - ph * m.passRateHigh();
        s.append(line(x, y1, x, y2, color(i)));
        s.append(line(x - 4, y1, x + 4, y1, color(i)));
        s.append(line(x - 4, y2, x + 4, y2, color(i)));
      }
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" fill-opacity=\"0.85\"/>",
          x, y, color(i)));
      boolean leftLabel = x > LEFT + pw * 0.7;
      s.append(text(leftLabel ? x - 9 : x + 9, y - 6, leftLabel ? "end" : "start", m.model()));
      s.append("</g>\n");
    }
    s.append("</svg>\n");
    if (!unknown.isEmpty()) {
      s.append("<p class=\"note\" id=\"cost-unknown\">Not plotted: ").append(esc(String.join(", ", unknown)))
          .append(".</p>\n");
    } else if (models.stream().anyMatch(m -> m.trialsWithoutCost() > 0)) {
      s.append("<p class=\"note\">Some trials have no known cost; their models' totals are lower bounds.</p>\n");
    }
    return s.toString();
  }

  /** {@return a bar per model: median latency, and a whisker to the 95th percentile} */
  static String latency(List<ModelSummary> models) {
    StringBuilder s = new StringBuilder();
    double max = 1;
    for (ModelSummary m : models) {
      max = Math.max(max, m.latencyP95().toMillis());
      max = Math.max(max, m.latencyP50().toMillis());
    }
    double[] xt = ticks(max);
    double xMax = xt[xt.length - 1];
    int left = 180;
    int band = 30;
    int height = TOP + band * Math.max(1, models.size()) + BOTTOM;
    int pw = W - left - RIGHT;
    int base = TOP + band * Math.max(1, models.size());
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-latency\" role=\"img\" width=\"").append(W)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(W).append(' ').append(height)
        .append("\" aria-label=\"latency per model\">\n<title>Latency per model: p50 bar, p95 whisker</title>\n");
    for (double t : xt) {
      double x = left + pw * t / xMax;
      s.append(line(x, TOP, x, base, "#e5e7eb"));
      s.append(text(x, base + 18, "middle", HtmlText.num(Math.round(t))));
    }
    s.append(line(left, base, left + pw, base, "#6b7280"));
    s.append(text(left + pw / 2.0, height - 8, "middle", "latency (ms): bar p50, whisker p95"));
    for (int i = 0; i < models.size(); i++) {
      ModelSummary m = models.get(i);
      double y = TOP + band * i + 6;
      double p50 = m.latencyP50().toMillis();
      double p95 = m.latencyP95().toMillis();
      String title = m.model() + ": latency p50 " + HtmlText.ms(m.latencyP50()) + ", p95 " + HtmlText.ms(m.latencyP95());
      s.append("<g class=\"bar\" data-model=\"").append(esc(m.model())).append("\"><title>").append(esc(title))
          .append("</title>");
      s.append(text(left - 8, y + 13, "end", HtmlText.abbreviate(m.model(), 26)));
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\" "
          + "fill-opacity=\"0.8\"/>", left, y, Math.max(1, pw * p50 / xMax), color(i)));
      double x95 = left + pw * p95 / xMax;
      s.append(line(left + pw * p50 / xMax, y + 9, x95, y + 9, color(i)));
      s.append(line(x95, y + 3, x95, y + 15, color(i)));
      s.append("</g>\n");
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** {@return about five round tick values from 0 to at least max} */
  static double[] ticks(double max) {
    double raw = max / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      step = f * mag;
      if (step >= raw) {
        break;
      }
    }
    int n = (int) Math.ceil(max / step - 1e-9);
    double[] out = new double[Math.max(1, n) + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = step * i;
    }
    return out;
  }

  private static String line(double x1, double y1, double x2, double y2, String stroke) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
        + "stroke-width=\"1.5\"/>", x1, y1, x2, y2, stroke);
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" "
        + "fill=\"#374151\">%s</text>", x, y, anchor, esc(text));
  }
}
