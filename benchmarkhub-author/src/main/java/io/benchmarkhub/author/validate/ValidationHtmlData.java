package io.benchmarkhub.author.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import io.benchmarkhub.report.HtmlPage;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON data block of the validation page: per check, in report order, its findings as
 * {@code {"c": [case ids], "f": file, "l": line, "m": message}} (file and line left out when unknown)
 * and {@code total}, how many findings there were before the report cut them.
 */
final class ValidationHtmlData {
  private ValidationHtmlData() {}

  /** Writes the data of the report, as script-safe JSON. */
  static void write(ValidationReport report, Writer out) throws IOException {
    try (JsonGenerator g = HtmlPage.json(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("checks");
      for (CheckResult c : report.checks()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeNumberField("total", c.findingsTotal());
        g.writeArrayFieldStart("findings");
        for (Finding f : c.findings()) {
          g.writeStartObject();
          g.writeArrayFieldStart("c");
          for (String id : f.caseIds()) {
            g.writeString(id);
          }
          g.writeEndArray();
          if (f.location() != null) {
            g.writeStringField("f", f.location().resource());
            g.writeNumberField("l", f.location().line());
          }
          g.writeStringField("m", f.message());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
