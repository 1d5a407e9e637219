package io.benchmarkhub.library.site;

import com.fasterxml.jackson.core.JsonGenerator;
import io.benchmarkhub.library.PackageManifest;
import io.benchmarkhub.report.HtmlPage;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The data blocks of the catalog's pages, written with {@link HtmlPage#json} (so {@code <}, {@code >} and
 * {@code &} are escaped): the index's list of cards, and a benchmark page's card with its versions.
 */
final class CatalogJson {
  private CatalogJson() {}

  /** Writes {@code {"page": "index", "benchmarks": [card...]}}. */
  static void index(List<CatalogEntry> entries, Writer out) throws IOException {
    try (JsonGenerator g = HtmlPage.json(out)) {
      g.writeStartObject();
      g.writeStringField("page", "index");
      g.writeArrayFieldStart("benchmarks");
      for (CatalogEntry e : entries) {
        g.writeStartObject();
        card(g, e, e.page());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Writes {@code {"page": "benchmark", card..., "versions": [...]}}. */
  static void benchmark(CatalogEntry e, Writer out) throws IOException {
    try (JsonGenerator g = HtmlPage.json(out)) {
      g.writeStartObject();
      g.writeStringField("page", "benchmark");
      card(g, e, e.latest().name() + ".html");
      g.writeArrayFieldStart("versions");
      for (CatalogVersion v : e.versions()) {
        g.writeStartObject();
        g.writeStringField("version", v.manifest().version().toString());
        g.writeStringField("sha256", v.manifest().dataset().sha256());
        g.writeStringField("review", v.review());
        g.writeBooleanField("verified", v.verified());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void card(JsonGenerator g, CatalogEntry e, String page) throws IOException {
    PackageManifest m = e.latest();
    g.writeStringField("name", m.name());
    g.writeStringField("version", m.version().toString());
    g.writeStringField("description", m.description());
    g.writeStringField("domain", m.domain());
    g.writeStringField("taskType", m.taskType());
    g.writeStringField("license", m.license());
    g.writeStringField("quality", CatalogFormat.quality(m.quality()));
    g.writeStringField("review", e.review());
    g.writeBooleanField("verified", e.verified());
    g.writeNumberField("cases", m.dataset().cases());
    g.writeArrayFieldStart("tags");
    for (String t : m.tags()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("difficulty");
    for (Map.Entry<String, Integer> d : m.difficultyDistribution().entrySet()) {
      g.writeStartArray();
      g.writeString(d.getKey());
      g.writeNumber(d.getValue());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeNumberField("runs", e.leaderboard().stream().map(LeaderboardRow::runId).distinct().count());
    g.writeStringField("page", page);
  }
}
