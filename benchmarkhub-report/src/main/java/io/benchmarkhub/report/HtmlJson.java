package io.benchmarkhub.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON the HTML pages embed in a {@code <script type="application/json">} block: a generator that
 * escapes {@code <}, {@code >}, {@code &}, U+2028 and U+2029 on top of JSON's own escapes, so no text in
 * it can end or alter the script element, and the compact forms both pages share.
 */
final class HtmlJson {
  /** Makes the script-safe generators. */
  static final JsonFactory FACTORY = new JsonFactory()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
      .setCharacterEscapes(new ScriptSafeEscapes());

  private static final MathContext SIGNIFICANT = new MathContext(6);

  private HtmlJson() {}

  /** Writes a number compactly: a whole one as an integer, else rounded to 6 significant digits. */
  static void number(JsonGenerator g, double d) throws IOException {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      g.writeNumber((long) d);
    } else {
      g.writeNumber(BigDecimal.valueOf(d).round(SIGNIFICANT).stripTrailingZeros());
    }
  }

  /**
   * Writes a verdict as {@code {"j": judge index, "s": "P"|"F"|"E", "sc": score, "r": reason, "u": 1 when
   * unparseable, "p": [its parts]}}, leaving out what is empty; judges are numbered in {@code judgeIndex}
   * as they are first seen.
   */
  static void verdict(JsonGenerator g, Verdict v, Map<String, Integer> judgeIndex) throws IOException {
    g.writeStartObject();
    String judge = v.judge() == null ? "judge" : v.judge();
    g.writeNumberField("j", judgeIndex.computeIfAbsent(judge, k -> judgeIndex.size()));
    g.writeStringField("s", v.status().name().substring(0, 1));
    if (Double.isFinite(v.score())) {
      g.writeFieldName("sc");
      number(g, v.score());
    }
    if (!v.reason().isEmpty()) {
      g.writeStringField("r", v.reason());
    }
    if (v.unparseable()) {
      g.writeNumberField("u", 1);
    }
    if (!v.parts().isEmpty()) {
      g.writeArrayFieldStart("p");
      for (Verdict p : v.parts()) {
        verdict(g, p, judgeIndex);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a case's text as fields of the open object: {@code "in"} its input, {@code "msg"} its
   * conversation as [role, content] pairs when it is a chat, {@code "x"} its expected answer when it has one.
   */
  static void caseText(JsonGenerator g, TestCase c) throws IOException {
    g.writeStringField("in", c.input());
    if (c.isChat()) {
      g.writeArrayFieldStart("msg");
      for (Message m : c.messages()) {
        g.writeStartArray();
        g.writeString(m.role().wireName());
        g.writeString(m.content());
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    if (c.expected().isPresent()) {
      g.writeStringField("x", c.expected().get());
    }
  }

  /**
   * Writes a trial's grading as fields of the open object: {@code "v"} its verdicts (see
   * {@link #verdict}) and {@code "e"} its error as [phase, kind, message], each when it has them.
   */
  static void grading(JsonGenerator g, TrialResult t, Map<String, Integer> judgeIndex) throws IOException {
    if (!t.verdicts().isEmpty()) {
      g.writeArrayFieldStart("v");
      for (Verdict v : t.verdicts()) {
        verdict(g, v, judgeIndex);
      }
      g.writeEndArray();
    }
    if (t.error() != null) {
      g.writeArrayFieldStart("e");
      g.writeString(t.error().phase().name().toLowerCase(Locale.ROOT));
      g.writeString(t.error().kind());
      g.writeString(t.error().message());
      g.writeEndArray();
    }
  }

  /** Escapes {@code < > &}, U+2028 and U+2029 on top of JSON's own escapes. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
