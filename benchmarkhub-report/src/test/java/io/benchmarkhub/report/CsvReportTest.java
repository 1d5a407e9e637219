package io.benchmarkhub.report;

import static io.benchmarkhub.report.JsonReportFixtures.START;
import static io.benchmarkhub.report.JsonReportFixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
  @TempDir
  Path dir;

  private static RunSummary summaryOf(List<TrialResult> trials) {
    return new RunSummary("csv", "1", "run-7", START, START, List.<ModelSummary>of(), trials);
  }

  private static TrialResult answered(String caseId, String answer) {
    return trial(0, caseId, "p:a", 1, TrialStatus.PASS, 1, answer);
  }

  private List<Map<String, String>> writeAndParse(RunSummary s) throws IOException {
    Path file = dir.resolve("trials.csv");
    CsvReport.write(s, file);
    List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(rows.get(0)).containsExactlyElementsOf(CsvReport.COLUMNS);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(CsvReport.COLUMNS.size());
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        m.put(CsvReport.COLUMNS.get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndLinesEndInCrlf() throws IOException {
    Path file = dir.resolve("t.csv");
    CsvReport.write(summaryOf(List.of(answered("q,1", "say \"hi\", then\nbye\r\nend"))), file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("run_id,case_index,case_id,model,repeat,status,score,verdicts,answer,expected,"
        + "input,tags,difficulty,input_tokens,output_tokens,cost_usd,judge_cost_usd,latency_ms,origin,error_kind,"
        + "error_message\r\n");
    assertThat(text).endsWith("run-7,0,\"q,1\",p:a,1,PASS,1,judge:PASS:1,\"say \"\"hi\"\", then\nbye\r\nend\","
        + "\"A q,1\",\"Q q,1\",,,10,2,0.001,,100,LIVE,,\r\n");
    Map<String, String> row = writeAndParse(summaryOf(List.of(answered("q,1", "say \"hi\", then\nbye\r\nend"))))
        .get(0);
    assertThat(row.get("answer")).isEqualTo("say \"hi\", then\nbye\r\nend");
    assertThat(row.get("case_id")).isEqualTo("q,1");
  }

  @Test
  void aFormulaLookingCellGetsAQuoteInFront() throws IOException {
    List<TrialResult> trials = List.of(answered("q1", "=HYPERLINK(\"http://evil\",\"x\")"), answered("q2", "+1"),
        answered("q3", "-2+3"), answered("q4", "@SUM(A1)"), answered("q5", "\tx"), answered("q6", "\rx"),
        answered("=cmd", "fine = ok"), answered("q8", "'quoted"));
    List<Map<String, String>> rows = writeAndParse(summaryOf(trials));
    assertThat(rows).extracting(r -> r.get("answer")).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "'+1",
        "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "fine = ok", "'quoted");
    assertThat(rows.get(6).get("case_id")).isEqualTo("'=cmd");
    assertThat(rows.get(6).get("input")).isEqualTo("Q =cmd");
    assertThat(CsvReport.field("=1,2")).isEqualTo("\"'=1,2\"");
  }

  @Test
  void unicodeIsWrittenAsUtf8WithoutAByteOrderMark() throws IOException {
    String answer = "Grüße, 東京 🚀 — ok";
    writeAndParse(summaryOf(List.of(answered("ü", answer))));
    byte[] bytes = Files.readAllBytes(dir.resolve("trials.csv"));
    assertThat(bytes[0]).isEqualTo((byte) 'r');
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"" + answer + "\"").contains(",ü,");
  }

  @Test
  void missingValuesAreEmptyFieldsAndChatInputsAreTheConversation() throws IOException {
    TestCase chat = TestCase.builder().id("c1").messages(List.of(Message.system("be brief"), Message.user("hi")))
        .tags("a", "b").difficulty("hard").build();
    Completion unpriced = new Completion("", FinishReason.STOP, Duration.ofNanos(1_500_000), Usage.of(3, 0), null,
        CompletionOrigin.CACHE);
    Verdict panel = Verdict.of(false, 0.25, "").named("panel").withUsage(Usage.of(1, 1).withCost(0.00002));
    TrialResult unpricedTrial = new TrialResult(3, chat, "p:b", 2, List.of(), TrialStatus.FAIL, 0.25,
        List.of(panel, Verdict.error("x").named("broken")), unpriced, null);
    TrialResult errored = trial(4, "q4", "p:b", 1, TrialStatus.ERROR, Double.NaN, null);
    List<Map<String, String>> rows = writeAndParse(summaryOf(List.of(unpricedTrial, errored)));

    Map<String, String> r = rows.get(0);
    assertThat(r.get("input")).isEqualTo("system: be brief\nuser: hi");
    assertThat(r.get("expected")).isEmpty();
    assertThat(r.get("answer")).isEmpty();
    assertThat(r.get("tags")).isEqualTo("a|b");
    assertThat(r.get("difficulty")).isEqualTo("hard");
    assertThat(r.get("cost_usd")).as("unknown cost is empty, not 0").isEmpty();
    assertThat(r.get("judge_cost_usd")).isEqualTo("0.00002");
    assertThat(r.get("latency_ms")).isEqualTo("1.5");
    assertThat(r.get("origin")).isEqualTo("CACHE");
    assertThat(r.get("verdicts")).isEqualTo("panel:FAIL:0.25; broken:ERROR");
    assertThat(r.get("repeat")).isEqualTo("2");

    Map<String, String> e = rows.get(1);
    assertThat(e.get("status")).isEqualTo("ERROR");
    assertThat(List.of(e.get("score"), e.get("answer"), e.get("input_tokens"), e.get("latency_ms"), e.get("origin"),
        e.get("verdicts"))).containsOnly("");
    assertThat(e.get("error_kind")).isEqualTo("SERVER_ERROR");
    assertThat(e.get("error_message")).isEqualTo("down");
  }

  @Test
  void tenThousandTrialsAreStreamedOnceAndNeverCollected() throws IOException {
    AtomicInteger streams = new AtomicInteger();
    TrialResults lazy = new TrialResults() {
      @Override
      public long size() {
        return 10_000;
      }

      @Override
      public Stream<TrialResult> stream() {
        streams.incrementAndGet();
        return LongStream.range(0, 10_000).mapToObj(i -> trial(i, "q" + i, "p:a", 1,
            i % 3 == 0 ? TrialStatus.FAIL : TrialStatus.PASS, i % 3 == 0 ? 0 : 1, "answer " + i));
      }

      @Override
      public List<TrialResult> toList() {
        throw new AssertionError("the CSV report must stream the trials, not collect them");
      }
    };
    RunSummary s = new RunSummary("big", "1", "run-big", START, START, JsonReportFixtures.fullSummary(null).info(),
        List.of(), lazy, List.of(), List.of(), List.of(), null);
    Path file = dir.resolve("big.csv");
    CsvReport.write(s, file);
    assertThat(streams).hasValue(1);
    List<String> lines;
    try (Stream<String> l = Files.lines(file)) {
      lines = l.toList();
    }
    assertThat(lines).hasSize(10_001);
    assertThat(lines.get(10_000)).startsWith("run-big,9999,q9999,p:a,1,FAIL,0,judge:FAIL:0,answer 9999,");
    assertThat(lines.get(1)).startsWith("run-big,0,q0,p:a,1,FAIL,0,judge:FAIL:0,answer 0,");
  }

  @Test
  void numbersArePlainDecimals() {
    assertThat(CsvReport.decimal(0.00001)).isEqualTo("0.00001");
    assertThat(CsvReport.decimal(1.0)).isEqualTo("1");
    assertThat(CsvReport.decimal(Double.NaN)).isEmpty();
  }

  /** A strict RFC 4180 reader: CRLF (or LF) record ends, quoted fields with doubled quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("bare line break outside quotes at " + i);
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    if (field.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("last record lacks its CRLF");
    }
    return rows;
  }
}
