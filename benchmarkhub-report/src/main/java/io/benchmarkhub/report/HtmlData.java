package io.benchmarkhub.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the trial data of a report as compact JSON for its {@code <script type="application/json">}
 * block, streaming: the trials are read once from {@link RunSummary#trials()}, and only one case's
 * trials are held at a time.
 *
 * <p>The shape, with short keys: {@code {"c":[case...],"m":[model ids],"j":[judge names],"tags":[...],
 * "diffs":[...]}}. A case is {@code {"i":index,"id":..,"in":input,"msg":[[role,content]...] (chat only),
 * "x":expected,"tg":[tags],"d":difficulty,"md":{metadata},"t":[trial...]}}, its input and expected
 * output written once whatever the number of models. A trial is {@code {"m":model index,"r":repeat (when
 * above 1),"s":"P|F|E|S","sc":score,"a":answer,"f":finish reason (unless STOP),"l":latency ms,
 * "tk":[in,out],"$":cost (6 significant digits),"o":origin (unless live),"sv":served model (when it differs),"v":[verdict...],
 * "e":[phase,kind,message]}}; a verdict is {@code {"j":judge index,"s":"P|F|E","sc":score,"r":reason,
 * "u":1 when unparseable,"p":[members' verdicts]}}. Absent values are left out.
 *
 * <p>Every {@code <}, {@code >} and {@code &} in a string is written as a {@code \}{@code u003C}-style
 * escape, so no text can end the script element or open a comment in it; JSON.parse reads them back
 * unchanged.
 */
final class HtmlData {
  /** Distinct tags and difficulties listed for the filters, at most. */
  private static final int MAX_FILTER_VALUES = 2000;

  private static final ObjectMapper MAPPER = new ObjectMapper(HtmlJson.FACTORY);

  private final JsonGenerator g;
  private final List<String> models = new ArrayList<>();
  private final Map<String, Integer> modelIndex = new LinkedHashMap<>();
  private final Map<String, Integer> judgeIndex = new LinkedHashMap<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private final Set<String> difficulties = new LinkedHashSet<>();

  private HtmlData(Writer out, RunSummary summary) throws IOException {
    this.g = MAPPER.getFactory().createGenerator(out);
    for (ModelSummary m : summary.models()) {
      modelIndex(m.model());
    }
  }

  /** Writes the JSON of the summary's trials to {@code out}, which stays open. */
  static void write(RunSummary summary, Writer out) throws IOException {
    HtmlData d = new HtmlData(out, summary);
    d.g.writeStartObject();
    d.g.writeArrayFieldStart("c");
    try (Stream<TrialResult> trials = summary.trials().stream()) {
      Iterator<TrialResult> it = trials.iterator();
      List<TrialResult> group = new ArrayList<>();
      while (it.hasNext()) {
        TrialResult t = it.next();
        if (!group.isEmpty() && (group.get(0).caseIndex() != t.caseIndex()
            || !group.get(0).caseId().equals(t.caseId()))) {
          d.writeCase(group);
          group.clear();
        }
        group.add(t);
      }
      if (!group.isEmpty()) {
        d.writeCase(group);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    d.g.writeEndArray();
    d.strings("m", d.models);
    d.strings("j", d.judgeIndex.keySet());
    d.strings("tags", d.tags);
    d.strings("diffs", d.difficulties);
    d.g.writeEndObject();
    d.g.flush();
  }

  private void strings(String field, Iterable<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private int modelIndex(String model) {
    return modelIndex.computeIfAbsent(model, k -> {
      models.add(k);
      return models.size() - 1;
    });
  }

  private void writeCase(List<TrialResult> trials) throws IOException {
    TestCase c = trials.get(0).testCase();
    g.writeStartObject();
    g.writeNumberField("i", trials.get(0).caseIndex());
    g.writeStringField("id", c.id());
    HtmlJson.caseText(g, c);
    if (!c.tags().isEmpty()) {
      g.writeArrayFieldStart("tg");
      for (String t : c.tags()) {
        g.writeString(t);
        if (tags.size() < MAX_FILTER_VALUES) {
          tags.add(t);
        }
      }
      g.writeEndArray();
    }
    if (c.difficulty().isPresent()) {
      g.writeStringField("d", c.difficulty().get());
      if (difficulties.size() < MAX_FILTER_VALUES) {
        difficulties.add(c.difficulty().get());
      }
    }
    if (!c.metadata().isEmpty()) {
      g.writeFieldName("md");
      JsonNode md;
      try {
        md = MAPPER.valueToTree(c.metadata());
      } catch (IllegalArgumentException e) {
        md = MAPPER.getNodeFactory().textNode(String.valueOf(c.metadata())); // a value Jackson cannot write
      }
      g.writeTree(md);
    }
    g.writeArrayFieldStart("t");
    for (TrialResult t : trials) {
      writeTrial(t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeTrial(TrialResult t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("m", modelIndex(t.model()));
    if (t.repeat() > 1) {
      g.writeNumberField("r", t.repeat());
    }
    g.writeStringField("s", code(t.status()));
    if (!Double.isNaN(t.score()) && !Double.isInfinite(t.score())) {
      g.writeFieldName("sc");
      HtmlJson.number(g, t.score());
    }
    Completion a = t.completion();
    if (a != null) {
      g.writeStringField("a", a.text());
      if (a.finishReason() != FinishReason.STOP) {
        g.writeStringField("f", a.finishReason().name().toLowerCase(Locale.ROOT));
      }
      g.writeNumberField("l", a.latency().toMillis());
      if (a.usage().inputTokens() != 0 || a.usage().outputTokens() != 0) {
        g.writeArrayFieldStart("tk");
        g.writeNumber(a.usage().inputTokens());
        g.writeNumber(a.usage().outputTokens());
        g.writeEndArray();
      }
      if (a.usage().costUsd().isPresent()) {
        g.writeFieldName("$");
        HtmlJson.number(g, a.usage().costUsd().getAsDouble());
      }
      if (a.origin() != CompletionOrigin.LIVE) {
        g.writeStringField("o", a.origin().name().toLowerCase(Locale.ROOT));
      }
      if (a.servedModel() != null && !a.servedModel().isEmpty() && !t.model().endsWith(a.servedModel())) {
        g.writeStringField("sv", a.servedModel());
      }
    }
    HtmlJson.grading(g, t, judgeIndex);
    g.writeEndObject();
  }

  private static String code(TrialStatus s) {
    return switch (s) {
      case PASS -> "P";
      case FAIL -> "F";
      case ERROR -> "E";
      case SKIPPED -> "S";
    };
  }
}
