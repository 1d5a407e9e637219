package io.benchmarkhub.author.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ValidationReport} as JSON, schema {@value #SCHEMA}, described by the JSON Schema
 * at {@value #SCHEMA_RESOURCE} on the classpath.
 *
 * <p>Versioning: new fields keep the major version 1 (readers ignore fields they do not know);
 * removing, renaming or retyping a field bumps it to {@code benchmarkhub.validation/2}. NaN and
 * infinite numbers are written as {@code null}; a not-applicable check's score is {@code null}.
 * Categories and statuses are lower case ({@code structure}, {@code not_applicable}).
 */
public final class ValidationJson {
  /** The schema id written in the {@code schema} field. */
  public static final String SCHEMA = "benchmarkhub.validation/1";
  /** The classpath resource of the JSON Schema of this format. */
  public static final String SCHEMA_RESOURCE = "io/benchmarkhub/author/validate/validation-1.schema.json";
  private static final JsonFactory FACTORY = new JsonFactory();

  private ValidationJson() {}

  /** {@return the report as pretty-printed JSON} */
  public static String toJson(ValidationReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /**
   * Writes the report as JSON to a file, replacing it.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(ValidationReport report, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(report, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the validation report to " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the report as pretty-printed JSON; the writer is flushed, not closed. */
  public static void write(ValidationReport report, Writer writer) {
    try {
      JsonGenerator g = FACTORY.createGenerator(writer).useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("dataset", report.dataset());
      g.writeNumberField("caseCount", report.caseCount());
      g.writeStringField("createdAt", report.createdAt().toString());
      g.writeStringField("version", report.version());
      g.writeObjectFieldStart("design");
      g.writeStringField("taskType", report.design().taskType().fileName());
      strings(g, "concepts", report.design().concepts());
      strings(g, "difficulties", report.design().difficulties());
      strings(g, "labels", report.design().labels());
      g.writeEndObject();
      strings(g, "referenceModels", report.referenceModels());
      score(g, report.score());
      g.writeArrayFieldStart("checks");
      for (CheckResult r : report.checks()) {
        check(g, r);
      }
      g.writeEndArray();
      strings(g, "recommendations", report.recommendations());
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void score(JsonGenerator g, QualityScore s) throws IOException {
    g.writeObjectFieldStart("score");
    number(g, "overall", s.overall());
    g.writeStringField("grade", s.grade());
    g.writeObjectFieldStart("parts");
    for (Map.Entry<CheckCategory, Double> e : s.parts().entrySet()) {
      number(g, lower(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("unmeasured");
    for (CheckCategory c : s.unmeasured()) {
      g.writeString(lower(c));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void check(JsonGenerator g, CheckResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("title", r.title());
    g.writeStringField("category", lower(r.category()));
    g.writeStringField("status", lower(r.status()));
    number(g, "score", r.score());
    g.writeStringField("summary", r.summary());
    g.writeNumberField("findingsTotal", r.findingsTotal());
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      strings(g, "caseIds", f.caseIds());
      if (f.location() == null) {
        g.writeNullField("file");
        g.writeNullField("line");
      } else {
        g.writeStringField("file", f.location().resource());
        if (f.location().line() > 0) {
          g.writeNumberField("line", f.location().line());
        } else {
          g.writeNullField("line");
        }
      }
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("figures");
    value(g, r.figures());
    g.writeStringField("recommendation", r.recommendation());
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeNull();
      }
    } else if (v instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    g.writeFieldName(name);
    value(g, v);
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
