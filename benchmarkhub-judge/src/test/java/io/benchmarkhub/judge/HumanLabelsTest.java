package io.benchmarkhub.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HumanLabelsTest {
  private static final String ONE_PER_LINE =
      "Each line must be one label object, like {\"case\": \"refund-7\", \"pass\": true}.";
  private static final String BAD_VERDICT = ", not a verdict. Write true or false, or \"pass\" or \"fail\".";
  private static final String SCORE_ADVICE = "Give a score from 0 (worst) to 1 (best), or leave it out.";

  @Test
  void readsJsonLinesWithDefaultsVerdictWordsAndNotes() {
    HumanLabels labels = HumanLabels.classpath("labels/main.jsonl");

    assertThat(labels.source()).isEqualTo("classpath:labels/main.jsonl");
    assertThat(labels.size()).isEqualTo(12); // the blank line is skipped
    HumanLabel first = labels.labels().get(0);
    assertThat(first).isEqualTo(new HumanLabel("c01", null, 1, true, Double.NaN, null,
        new SourceLocation("classpath:labels/main.jsonl", 1)));
    assertThat(labels.labels()).extracting(HumanLabel::pass)
        .containsExactly(true, true, true, true, true, false, false, false, false, false, true, false);
    HumanLabel c06 = labels.labels().get(5);
    assertThat(c06.caseId()).isEqualTo("c06");
    assertThat(c06.source().line()).isEqualTo(7);
    HumanLabel c11 = labels.labels().get(10);
    assertThat(c11.model()).isEqualTo("m9");
    assertThat(c11.repeat()).isEqualTo(1);
  }

  @Test
  void csvGivesTheSameLabelsAsJsonLines() {
    List<HumanLabel> jsonl = HumanLabels.classpath("labels/main.jsonl").labels();
    List<HumanLabel> csv = HumanLabels.classpath("labels/main.csv").labels();

    assertThat(csv).hasSameSizeAs(jsonl);
    for (int i = 0; i < csv.size(); i++) {
      HumanLabel a = jsonl.get(i);
      HumanLabel b = csv.get(i);
      assertThat(new HumanLabel(b.caseId(), b.model(), b.repeat(), b.pass(), b.score(), b.judge(), null))
          .isEqualTo(new HumanLabel(a.caseId(), a.model(), a.repeat(), a.pass(), a.score(), a.judge(), null));
    }
    // CSV lines count the header row: c01 is on line 2, c06 (after a blank line) on line 8.
    assertThat(csv.get(0).source()).isEqualTo(new SourceLocation("classpath:labels/main.csv", 2));
    assertThat(csv.get(5).source().line()).isEqualTo(8);
  }

  @Test
  void readsScoresInBothFormats() {
    assertThat(HumanLabels.classpath("labels/scores.jsonl").labels()).extracting(HumanLabel::score)
        .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, Double.NaN);
    assertThat(HumanLabels.classpath("/labels/scores.csv").labels()).extracting(HumanLabel::score)
        .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, Double.NaN);
  }

  @Test
  void readsRepeatAllJudgeAndNumericCaseIds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("human.jsonl");
    Files.writeString(file, """
        {"case": 7, "repeat": "all", "pass": true, "judge": "rubric"}
        {"case": "8", "repeat": 3, "pass": false, "score": 0, "judge": null}
        """);

    List<HumanLabel> labels = HumanLabels.read(file).labels();

    assertThat(labels.get(0).caseId()).isEqualTo("7");
    assertThat(labels.get(0).repeat()).isEqualTo(HumanLabel.EVERY_REPEAT);
    assertThat(labels.get(0).judge()).isEqualTo("rubric");
    assertThat(labels.get(1).repeat()).isEqualTo(3);
    assertThat(labels.get(1).score()).isZero();
    assertThat(labels.get(1).judge()).isNull();
    assertThat(HumanLabels.from(file.toString()).size()).isEqualTo(2);
    assertThat(HumanLabels.from("classpath:labels/scores.csv").size()).isEqualTo(6);
  }

  @Test
  void csvCellsMayBeQuotedWithCommasQuotesAndLineBreaks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("human.csv");
    Files.writeString(file, "case,pass,note\r\n\"a,1\",true,\"said \"\"fine\"\",\nreally\"\r\nb,false,\n");

    List<HumanLabel> labels = HumanLabels.read(file).labels();

    assertThat(labels).extracting(HumanLabel::caseId).containsExactly("a,1", "b");
    assertThat(labels.get(1).source().line()).isEqualTo(4);
  }

  static Stream<Arguments> malformedFiles() {
    return Stream.of(
        Arguments.of("unknown-field.jsonl", 2, "unknown field 'verdict'. Did you mean 'pass'? A label may have: case,"
            + " model, repeat, pass, score, judge, note."),
        Arguments.of("bad-boolean.jsonl", 3, "'pass' is \"yes\"" + BAD_VERDICT),
        Arguments.of("number-verdict.jsonl", 1, "'pass' is the number 1" + BAD_VERDICT),
        Arguments.of("score-out-of-range.jsonl", 1, "'score' is 1.5, outside [0, 1]. " + SCORE_ADVICE),
        Arguments.of("score-not-number.jsonl", 1, "'score' is \"high\", not a number. " + SCORE_ADVICE),
        Arguments.of("duplicate.jsonl", 3, "case 'c01', model 'm1', repeat 1 is labelled twice: on line 1 and here."
            + " Keep one label per trial."),
        Arguments.of("overlap.jsonl", 2, "this label (case 'c01', model 'm1', repeat 1) and the one on line 1"
            + " (case 'c01', every model, repeat 1) apply to the same trial. Keep one label per trial; a label"
            + " without 'model' applies to every model's trial of its case, and one with repeat \"all\" to every"
            + " repeat."),
        Arguments.of("missing-case.jsonl", 2, "this label has no 'case'. Give the id of the case the person judged,"
            + " like \"case\": \"refund-7\"."),
        Arguments.of("missing-pass.jsonl", 1, "this label has no 'pass'. Give the person's verdict, like"
            + " \"pass\": true or \"pass\": \"fail\"."),
        Arguments.of("bad-repeat.jsonl", 1, "'repeat' is the number 0, not a repeat. Give the 1-based repeat"
            + " number, or \"all\" for every repeat; leave it out for repeat 1."),
        Arguments.of("field-twice.jsonl", 1, "the field 'pass' appears twice in this label. Keep one."),
        Arguments.of("not-object.jsonl", 2, "the line is an array, not a JSON object. " + ONE_PER_LINE),
        Arguments.of("empty.jsonl", 0, "the file has no labels; add at least one. A JSONL labels file has one JSON"
            + " object per line, like {\"case\": \"refund-7\", \"pass\": true}."),
        Arguments.of("unknown-column.csv", 1, "unknown column 'verdict' (column 3). Did you mean 'pass'? Known"
            + " columns: case, model, repeat, pass, score, judge, note."),
        Arguments.of("bad-boolean.csv", 3, "'pass' is \"yes\"" + BAD_VERDICT),
        Arguments.of("score-out-of-range.csv", 3, "'score' is -0.1, outside [0, 1]. " + SCORE_ADVICE),
        Arguments.of("overlap.csv", 3, "this label (case 'c01', every model, repeat 1) and the one on line 2"
            + " (case 'c01', model 'm1', repeat 1) apply to the same trial. Keep one label per trial; a label"
            + " without 'model' applies to every model's trial of its case, and one with repeat \"all\" to every"
            + " repeat."),
        Arguments.of("duplicate.csv", 3, "case 'c01', model 'm1', repeat 2 is labelled twice: on line 2 and here."
            + " Keep one label per trial."),
        Arguments.of("missing-case.csv", 3, "the 'case' cell is empty. Give the id of the case the person judged,"
            + " or remove the row."),
        Arguments.of("no-case-column.csv", 1, "the header row has no 'case' column. Add one, like case,model,pass;"
            + " it holds the id of the case the person judged."),
        Arguments.of("wrong-width.csv", 3, "this row has 3 cells but the header row has 2 columns. Give every row"
            + " one cell per column, and put cells that contain commas in double quotes, like \"a, b\"."),
        Arguments.of("unclosed-quote.csv", 3, "a quoted cell that starts on this line is never closed. Close it"
            + " with a double quote, and write a quote inside a cell as two quotes (\"\")."),
        Arguments.of("header-only.csv", 0, "the file has a header row but no labels; add at least one row below"
            + " the header."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void malformedFileNamesFileLineWhatAndWhatToDo(String file, int line, String problem) {
    String resource = "classpath:labels/bad/" + file;

    assertThatThrownBy(() -> HumanLabels.classpath("labels/bad/" + file))
        .isInstanceOfSatisfying(DatasetException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(resource + (line > 0 ? ":" + line : "") + ": " + problem);
          assertThat(e.resource()).isEqualTo(resource);
          assertThat(e.line()).isEqualTo(line);
        });
  }

  @Test
  void invalidJsonGivesTheParsersReasonAtTheLine() {
    assertThatThrownBy(() -> HumanLabels.classpath("labels/bad/invalid-json.jsonl"))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("classpath:labels/bad/invalid-json.jsonl:2: not valid JSON: Unrecognized token 'tru'")
        .hasMessageEndingWith(ONE_PER_LINE);
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("human.csv");
    byte[] good = "case,pass\nc01,true\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'c', '0', '2', (byte) 0xFF, ',', 't', 'r', 'u', 'e', '\n'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(file, all);

    assertThatThrownBy(() -> HumanLabels.read(file))
        .isInstanceOf(DatasetException.class)
        .hasMessage(file + ":3: the text is not valid UTF-8. Labels files are read as UTF-8: re-save the file as"
            + " UTF-8 (in most editors: Save As, encoding UTF-8).");
    Path jsonl = dir.resolve("human.jsonl");
    Files.write(jsonl, ("{\"case\": \"a\", \"pass\": true}\n\"\u00FF\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> HumanLabels.read(jsonl)).hasMessageStartingWith(jsonl + ":2: the text is not valid");
  }

  @Test
  void missingFileResourceAndUnknownExtensionAreNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> HumanLabels.read(dir.resolve("nope.jsonl")))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith(dir.resolve("nope.jsonl") + ": file not found (looked for ");
    assertThatThrownBy(() -> HumanLabels.classpath("labels/nope.csv"))
        .hasMessageStartingWith("classpath:labels/nope.csv: classpath resource not found. Put the file under");
    assertThatThrownBy(() -> HumanLabels.read(dir.resolve("human.txt")))
        .hasMessage(dir.resolve("human.txt") + ": cannot tell the format of the labels: the name ends in neither"
            + " .jsonl nor .csv. Rename the file, or read it with HumanLabels.jsonl(path) or HumanLabels.csv(path).");
  }

  @Test
  void explicitFormatIgnoresTheExtension(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("human.txt");
    Files.writeString(file, "case,pass\nc01,fail\n");

    assertThat(HumanLabels.csv(file).labels().get(0).pass()).isFalse();
    assertThatThrownBy(() -> HumanLabels.jsonl(file))
        .hasMessageStartingWith(file + ":1: not valid JSON");
  }

  @Test
  void labelsMadeInCodeAreCheckedForOverlapsToo() {
    HumanLabel all = HumanLabel.of("c1", true);

    assertThat(HumanLabels.of("mine", List.of(all, all.forModel("m1").forJudge("rubric"))).size()).isEqualTo(2);
    assertThatThrownBy(() -> HumanLabels.of("mine", List.of(all.onRepeat(HumanLabel.EVERY_REPEAT),
        all.onRepeat(2).forModel("m1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this label (case 'c1', model 'm1', repeat 2) and the one earlier (case 'c1', every model,"
            + " every repeat) apply to the same trial. Keep one label per trial; a label without 'model' applies"
            + " to every model's trial of its case, and one with repeat \"all\" to every repeat.");
    assertThatThrownBy(() -> all.withScore(1.01)).isInstanceOf(IllegalArgumentException.class);
  }
}
