package io.benchmarkhub.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a {@link RunComparison} as {@value JsonReport#COMPARISON_SCHEMA} (see {@link JsonReport}). */
final class RunComparisonJson {
  private RunComparisonJson() {}

  static void write(JsonGenerator g, RunComparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", JsonReport.COMPARISON_SCHEMA);
    g.writeStringField("benchmark", c.benchmark());
    g.writeStringField("baselineRunId", c.baselineRunId());
    g.writeStringField("candidateRunId", c.candidateRunId());
    g.writeBooleanField("sameCases", c.sameCases());
    g.writeNumberField("alpha", RunComparison.ALPHA);
    g.writeArrayFieldStart("models");
    for (RunComparison.ModelChange m : c.models()) {
      g.writeStartObject();
      g.writeStringField("model", m.model());
      g.writeNumberField("matched", m.matched());
      g.writeNumberField("pairs", m.pairs());
      g.writeNumberField("better", m.better());
      g.writeNumberField("worse", m.worse());
      g.writeNumberField("unchanged", m.unchanged());
      g.writeNumberField("errors", m.errors());
      g.writeNumberField("added", m.added());
      g.writeNumberField("removed", m.removed());
      JsonReport.number(g, "baselinePassRate", m.baselinePassRate());
      JsonReport.number(g, "candidatePassRate", m.candidatePassRate());
      JsonReport.number(g, "passP", m.passP());
      JsonReport.number(g, "passPAdjusted", m.passPAdjusted());
      g.writeBooleanField("significant", m.significant());
      JsonReport.number(g, "baselineMeanScore", m.baselineMeanScore());
      JsonReport.number(g, "candidateMeanScore", m.candidateMeanScore());
      JsonReport.number(g, "meanScoreDifference", m.meanScoreDifference());
      JsonReport.number(g, "scoreP", m.scoreP());
      JsonReport.number(g, "scorePAdjusted", m.scorePAdjusted());
      g.writeBooleanField("scoreSignificant", m.scoreSignificant());
      JsonReport.strings(g, "betterCases", m.betterCases());
      JsonReport.strings(g, "worseCases", m.worseCases());
      JsonReport.strings(g, "errorCases", m.errorCases());
      JsonReport.strings(g, "addedCases", m.addedCases());
      JsonReport.strings(g, "removedCases", m.removedCases());
      g.writeEndObject();
    }
    g.writeEndArray();
    JsonReport.strings(g, "onlyInBaseline", c.onlyInBaseline());
    JsonReport.strings(g, "onlyInCandidate", c.onlyInCandidate());
    g.writeEndObject();
  }
}
