package io.benchmarkhub.report;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every trial of a run as one CSV row, for spreadsheets and notebooks.
 *
 * <p>The trials are streamed once from {@link RunSummary#trials()} (the run log) and written as they
 * come, so a run of any size takes no more memory than one trial. The file is UTF-8 without a byte
 * order mark, RFC 4180: a header row, fields separated by commas, lines ending in CRLF, a field quoted
 * with {@code "} when it holds a comma, a quote, a CR or an LF, a quote inside doubled. The columns,
 * in order ({@link #COLUMNS}):
 * <pre>
 * run_id, case_index, case_id, model, repeat, status, score, verdicts, answer, expected, input, tags,
 * difficulty, input_tokens, output_tokens, cost_usd, judge_cost_usd, latency_ms, origin, error_kind,
 * error_message
 * </pre>
 * {@code verdicts} is each judge's verdict as {@code judge:STATUS:score} ({@code judge:ERROR} without a
 * score) joined with {@code "; "}; {@code input} is the case's text, or for a chat case its
 * conversation as {@code role: content} lines; {@code tags} are joined with {@code |}. Numbers are
 * plain decimals with a dot ({@code 0.00001}, never {@code 1.0E-5}). An empty field means no value:
 * no answer (an error or a skipped trial), no expected output, an unknown cost ({@code cost_usd}
 * is empty, never a guessed 0), no judge model cost.
 *
 * <p><b>Formula injection.</b> Answers and cases are untrusted text, and a spreadsheet runs a cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula. As OWASP's CSV injection
 * advice says, any field that starts with one of those, a tab or a CR gets a single quote {@code '}
 * in front ({@code =1+1} is written {@code '=1+1}), which spreadsheets show as text. So a field that
 * starts with {@code '} was either written so or prefixed: a program reading the CSV back exactly
 * should drop the quote before such a character. Numbers this report writes are never negative, so
 * numeric columns are never prefixed.
 */
public final class CsvReport {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("run_id", "case_index", "case_id", "model", "repeat",
      "status", "score", "verdicts", "answer", "expected", "input", "tags", "difficulty", "input_tokens",
      "output_tokens", "cost_usd", "judge_cost_usd", "latency_ms", "origin", "error_kind", "error_message");

  private CsvReport() {}

  /**
   * Writes every trial of the run as a CSV row, streaming them once from the run log.
   *
   * @param summary the run's summary
   * @param file where to write, e.g. {@code target/benchmarkhub/<run-id>/<benchmark>.trials.csv}; its
   *     folder is created when missing, an existing file replaced once the new one is complete
   * @throws UncheckedIOException when the file cannot be written or the run log read
   */
  public static void write(RunSummary summary, Path file) {
    JsonReport.atomically(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      row(w, COLUMNS);
      try (Stream<TrialResult> trials = summary.trials().stream()) {
        for (Iterator<TrialResult> it = trials.iterator(); it.hasNext(); ) {
          row(w, cells(summary.runId(), it.next()));
        }
      }
      w.flush();
    });
  }

  /** {@return the cells of one trial's row, in {@link #COLUMNS} order, unescaped} */
  static List<String> cells(String runId, TrialResult t) {
    Completion c = t.completion();
    TestCase tc = t.testCase();
    return List.of(
        runId,
        Long.toString(t.caseIndex()),
        t.caseId(),
        t.model(),
        Integer.toString(t.repeat()),
        t.status().name(),
        decimal(t.score()),
        t.verdicts().stream().map(CsvReport::verdict).collect(Collectors.joining("; ")),
        c == null ? "" : c.text(),
        tc.expected().orElse(""),
        input(tc),
        String.join("|", tc.tags()),
        tc.difficulty().orElse(""),
        c == null ? "" : Long.toString(c.usage().inputTokens()),
        c == null ? "" : Long.toString(c.usage().outputTokens()),
        c == null || c.usage().costUsd().isEmpty() ? "" : decimal(c.usage().costUsd().getAsDouble()),
        judgeCost(t.verdicts()),
        c == null ? "" : BigDecimal.valueOf(c.latency().toNanos()).movePointLeft(6).stripTrailingZeros()
            .toPlainString(),
        c == null ? "" : c.origin().name(),
        t.error() == null ? "" : t.error().kind(),
        t.error() == null ? "" : t.error().message());
  }

  private static String verdict(Verdict v) {
    String judge = v.judge() == null ? "judge" : v.judge();
    return v.isError() ? judge + ":ERROR" : judge + ":" + v.status().name() + ":" + decimal(v.score());
  }

  private static String input(TestCase tc) {
    if (!tc.isChat()) {
      return tc.input();
    }
    return tc.messages().stream().map(m -> m.role().wireName() + ": " + m.content())
        .collect(Collectors.joining("\n"));
  }

  private static String judgeCost(List<Verdict> verdicts) {
    double sum = 0;
    boolean any = false;
    for (Verdict v : verdicts) {
      if (v.usage().costUsd().isPresent()) {
        sum += v.usage().costUsd().getAsDouble();
        any = true;
      }
    }
    return any ? decimal(sum) : "";
  }

  /** {@return a plain decimal (no exponent), or empty for NaN or infinity} */
  static String decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(field(cells.get(i)));
    }
    w.write("\r\n");
  }

  /**
   * {@return one field as written}: prefixed with {@code '} when it starts with {@code = + - @}, a tab
   * or a CR, then quoted when it holds a comma, a quote, a CR or an LF, quotes inside doubled
   */
  static String field(String value) {
    String v = value;
    if (!v.isEmpty()) {
      char first = v.charAt(0);
      if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
        v = "'" + v;
      }
    }
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char ch = v.charAt(i);
      quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
