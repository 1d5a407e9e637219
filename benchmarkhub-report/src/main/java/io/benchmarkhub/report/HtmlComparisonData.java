package io.benchmarkhub.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the changed trials of a {@link RunComparison} as compact JSON for the
 * {@code <script type="application/json">} block of {@link HtmlComparison}.
 *
 * <p>Only the changed trials are kept: the keys (model, case id and repeat) of the worse, better and
 * error lists of each model are collected first, then each run's trials are streamed once and a trial
 * is kept only when its key is in that set, so memory grows with the number of changes, never with the
 * runs.
 *
 * <p>The shape, with short keys: {@code {"m":[model ids],"j":[judge names],"c":[change...]}}, the changes
 * worse first, then better, then errors, each kind in model order and then in the candidate's case
 * order. A change is {@code {"k":"W|B|E","m":model index,"id":case id as listed (with #r for repeat
 * r > 1),"ci":case id,"r":repeat (when above 1),"in":input,"msg":[[role,content]...] (chat only),
 * "x":expected,"bin":the baseline's input and "bx" its expected output (only when they differ from the
 * candidate's),"b":baseline trial,"a":candidate trial}}; a trial is {@code {"s":"P|F|E|S","sc":score,
 * "t":answer,"f":finish reason (unless STOP),"v":[verdict...],"e":[phase,kind,message]}} and a verdict
 * {@code {"j":judge index,"s":"P|F|E","sc":score,"r":reason,"u":1 when unparseable,"p":[members]}}.
 * Absent values are left out.
 *
 * <p>Every {@code <}, {@code >} and {@code &} in a string is written as a {@code \}{@code u003C}-style
 * escape (and U+2028, U+2029 too), so no text can end the script element or open a comment in it.
 */
final class HtmlComparisonData {
  /** The change kinds, in the order the page lists them: worse, better, errors. */
  static final List<String> KINDS = List.of("W", "B", "E");

  private final JsonGenerator g;
  private final Map<String, Integer> judgeIndex = new LinkedHashMap<>();

  private HtmlComparisonData(JsonGenerator g) {
    this.g = g;
  }

  /** One changed trial and, once the runs are read, its two sides. */
  static final class Change {
    final String kind;
    final int model;
    final String id;
    TrialResult baseline;
    TrialResult candidate;

    Change(String kind, int model, String id) {
      this.kind = kind;
      this.model = model;
      this.id = id;
    }
  }

  /**
   * {@return the changed trials of the comparison, in page order, with both sides read from the runs}:
   * each run's trials are streamed once, and only the changed ones are kept
   */
  static List<Change> changes(RunComparison cmp, RunSummary baseline, RunSummary candidate) {
    Map<String, Change> byKey = new LinkedHashMap<>();
    Map<String, Integer> models = new HashMap<>();
    for (RunComparison.ModelChange m : cmp.models()) {
      models.put(m.model(), models.size());
    }
    for (String kind : KINDS) {
      for (RunComparison.ModelChange m : cmp.models()) {
        List<String> ids = switch (kind) {
          case "W" -> m.worseCases();
          case "B" -> m.betterCases();
          default -> m.errorCases();
        };
        for (String id : ids) {
          byKey.putIfAbsent(key(m.model(), id), new Change(kind, models.get(m.model()), id));
        }
      }
    }
    if (!byKey.isEmpty()) {
      read(baseline, models, byKey, true);
      read(candidate, models, byKey, false);
    }
    return new ArrayList<>(byKey.values());
  }

  private static String key(String model, String id) {
    return model + '\u0000' + id;
  }

  private static void read(RunSummary run, Map<String, Integer> models, Map<String, Change> byKey,
      boolean isBaseline) {
    try (Stream<TrialResult> trials = run.trials().stream()) {
      for (Iterator<TrialResult> it = trials.iterator(); it.hasNext(); ) {
        TrialResult t = it.next();
        if (!models.containsKey(t.model())) {
          continue;
        }
        Change c = byKey.get(key(t.model(), RunComparison.id(t.caseId(), t.repeat())));
        if (c == null) {
          continue;
        }
        if (isBaseline && c.baseline == null) {
          c.baseline = t;
        } else if (!isBaseline && c.candidate == null) {
          c.candidate = t;
        }
      }
    }
  }

  /** Writes the JSON of the changes to {@code out}, which stays open. */
  static void write(RunComparison cmp, List<Change> changes, Writer out) throws IOException {
    JsonGenerator g = HtmlJson.FACTORY.createGenerator(out);
    HtmlComparisonData d = new HtmlComparisonData(g);
    g.writeStartObject();
    g.writeArrayFieldStart("c");
    for (Change c : changes) {
      d.writeChange(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("m");
    for (RunComparison.ModelChange m : cmp.models()) {
      g.writeString(m.model());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("j");
    for (String j : d.judgeIndex.keySet()) {
      g.writeString(j);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private void writeChange(Change c) throws IOException {
    TrialResult any = c.candidate != null ? c.candidate : c.baseline;
    g.writeStartObject();
    g.writeStringField("k", c.kind);
    g.writeNumberField("m", c.model);
    g.writeStringField("id", c.id);
    if (any != null) {
      TestCase tc = any.testCase();
      g.writeStringField("ci", tc.id());
      if (any.repeat() > 1) {
        g.writeNumberField("r", any.repeat());
      }
      HtmlJson.caseText(g, tc);
      if (c.baseline != null && c.candidate != null) {
        TestCase bc = c.baseline.testCase();
        if (!bc.input().equals(tc.input())) {
          g.writeStringField("bin", bc.input());
        }
        if (!bc.expected().equals(tc.expected())) {
          g.writeStringField("bx", bc.expected().orElse(""));
        }
      }
    }
    if (c.baseline != null) {
      g.writeFieldName("b");
      writeTrial(c.baseline);
    }
    if (c.candidate != null) {
      g.writeFieldName("a");
      writeTrial(c.candidate);
    }
    g.writeEndObject();
  }

  private void writeTrial(TrialResult t) throws IOException {
    g.writeStartObject();
    g.writeStringField("s", t.status().name().substring(0, 1));
    if (Double.isFinite(t.score())) {
      g.writeFieldName("sc");
      HtmlJson.number(g, t.score());
    }
    Completion a = t.completion();
    if (a != null) {
      g.writeStringField("t", a.text());
      if (a.finishReason() != FinishReason.STOP) {
        g.writeStringField("f", a.finishReason().name().toLowerCase(Locale.ROOT));
      }
    }
    HtmlJson.grading(g, t, judgeIndex);
    g.writeEndObject();
  }
}
