package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetTest {
  private static final String KNOWN = " Known columns: id, input, expected, tags, difficulty, plus"
      + " var.<name> for a variable and meta.<name> for a metadata entry.";

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("cases.csv"), content);
  }

  private DatasetException failure(Path file) {
    return catchThrowableOfType(DatasetException.class, () -> Dataset.csv(file).toList());
  }

  @Test
  void readsColumnsVariablesMetadataAndMultiLineCells() {
    List<TestCase> cases = Dataset.classpath("datasets/support-intent.csv").toList();

    assertThat(cases).extracting(TestCase::id).containsExactly("refund-1", "ship-1", "billing-1");
    TestCase refund = cases.get(0);
    assertThat(refund.input()).isEqualTo("I want my money back for order 1234.");
    assertThat(refund.expected()).contains("refund");
    assertThat(refund.tags()).containsExactly("refund", "easy");
    assertThat(refund.difficulty()).contains("easy");
    assertThat(refund.variables()).isEmpty();
    assertThat(refund.metadata()).isEmpty();
    assertThat(refund.source()).contains(new SourceLocation("classpath:datasets/support-intent.csv", 2));

    TestCase shipping = cases.get(1);
    assertThat(shipping.tags()).isEmpty();
    assertThat(shipping.difficulty()).isEmpty();
    assertThat(shipping.variables()).containsExactly(entry("customer", "Ada"));
    assertThat(shipping.metadata()).containsExactly(entry("source", "tickets-2024"));

    TestCase billing = cases.get(2);
    assertThat(billing.input()).isEqualTo("My card was charged twice, and\nthe second charge is \"pending\".");
    assertThat(billing.source().orElseThrow().line()).isEqualTo(4);
    assertThat(billing.variables()).containsExactly(entry("customer", "Grace"));
  }

  @Test
  void keepsQuotedCommasAndLinesOfRecordsAfterAMultiLineCell() throws IOException {
    Path file = write("input,expected\n\"a, b, c\",\"x\"\"y\"\n\"one\r\ntwo\r\nthree\",3\n\nlast,\n");

    List<TestCase> cases = Dataset.csv(file).toList();

    assertThat(cases).extracting(TestCase::input).containsExactly("a, b, c", "one\r\ntwo\r\nthree", "last");
    assertThat(cases.get(0).expected()).contains("x\"y");
    assertThat(cases.get(2).expected()).isEmpty();
    assertThat(cases).extracting(c -> c.source().orElseThrow().line()).containsExactly(2, 3, 7);
  }

  @Test
  void splitsTagsOnBarsAndDropsEmptyOnes() throws IOException {
    Path file = write("input,tags\nq, math | easy ||\n");

    assertThat(Dataset.csv(file).toList().get(0).tags()).containsExactly("math", "easy");
  }

  @Test
  void derivesStableIdsAndReReadsEqualCases() throws IOException {
    Path file = write("input,expected\n2+2?,4\n3+3?,6\n");
    Dataset dataset = Dataset.csv(file);

    List<TestCase> first = dataset.toList();

    assertThat(dataset.toList()).isEqualTo(first);
    assertThat(first.get(0).id()).isEqualTo(TestCase.of("2+2?", "4").id());
  }

  @Test
  void namesAnUnknownColumnWithItsNumberAndASuggestion() throws IOException {
    Path file = write("id,input,expcted\n1,a,b\n");

    DatasetException e = failure(file);

    assertThat(e).hasMessage(file + ":1:3: unknown column 'expcted' (column 3). Did you mean"
        + " 'expected'?" + KNOWN);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void hintsAtTheCsvSpellingOfColumnsFromOtherFormats() throws IOException {
    assertThat(failure(write("input,target\na,b\n"))).hasMessage(dir.resolve("cases.csv")
        + ":1:2: unknown column 'target' (column 2). In a CSV dataset, name the expected output"
        + " column 'expected'." + KNOWN);
    assertThat(failure(write("input,vars.city\na,b\n"))).hasMessageEndingWith(
        ":1:2: unknown column 'vars.city' (column 2). Did you mean 'var.city'?" + KNOWN);
    assertThat(failure(write("input,colour\na,b\n"))).hasMessageEndingWith(
        ":1:2: unknown column 'colour' (column 2)." + KNOWN);
  }

  @Test
  void rejectsBadHeaders() throws IOException {
    assertThat(failure(write("id,expected\n1,2\n"))).hasMessageEndingWith(":1: the header row has no"
        + " 'input' column. Add one, like id,input,expected; it holds the text sent to the model.");
    assertThat(failure(write("input,id,input\na,1,b\n"))).hasMessageEndingWith(":1:3: the column"
        + " 'input' appears twice in the header row (columns 1 and 3). Keep one.");
    assertThat(failure(write("input,,expected\na,,b\n"))).hasMessageEndingWith(":1:2: column 2 of the"
        + " header row has no name. Name every column (id, input, expected, tags, difficulty, plus"
        + " var.<name> for a variable and meta.<name> for a metadata entry), or remove the empty column.");
    assertThat(failure(write("input,var.\na,b\n"))).hasMessageEndingWith(":1:2: the column 'var.'"
        + " (column 2) has no name after 'var.'. Name it like var.topic.");
  }

  @Test
  void namesTheLineOfARowWithTheWrongNumberOfCells() throws IOException {
    Path file = write("id,input,expected\n1,a,b\n2,\"multi\nline\",c\n3,d, e, f\n");

    DatasetException e = failure(file);

    assertThat(e).hasMessage(file + ":5: this row has 4 cells but the header row has 3 columns. Give"
        + " every row one cell per column, and put cells that contain commas or line breaks in double"
        + " quotes, like \"a, b\".");
    assertThat(failure(write("input,expected\na\n"))).hasMessageEndingWith(":2: this row has 1 cell"
        + " but the header row has 2 columns. Give every row one cell per column, and put cells that"
        + " contain commas or line breaks in double quotes, like \"a, b\".");
  }

  @Test
  void rejectsAnEmptyInputCell() throws IOException {
    Path file = write("id,expected,input\n1,x,a\n2,y,\n");

    DatasetException e = failure(file);

    assertThat(e).hasMessage(file + ":3:3: the 'input' cell (column 3) is empty. Give the text to send"
        + " to the model, or remove the row.");
  }

  @Test
  void reportsAnUnclosedQuote() throws IOException {
    Path file = write("input\nok\n\"never closed\n");

    DatasetException e = failure(file);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e).hasMessageStartingWith(file + ":3: not valid CSV: Unclosed quoted field")
        .hasMessageEndingWith("write a quote inside them as two quotes (\"\"), and close every quoted"
            + " cell.");
  }

  @Test
  void namesBothLinesOfADuplicateId() throws IOException {
    Path file = write("id,input\nc-1,a\nc-3,\"b\nb\"\nc-2,c\nc-3,d\n");

    assertThat(failure(file)).hasMessage(file + ":6: duplicate id 'c-3', first used on line 3. Give"
        + " each case its own id, or remove the duplicate.");
  }

  @Test
  void reportsAnEmptyFileAndAHeaderWithoutRows() throws IOException {
    Path empty = write("");
    assertThat(failure(empty)).hasMessage(empty + ": the file has no cases; add at least one. A CSV"
        + " dataset has a header row, like id,input,expected, and then one row per case.");
    Path blank = write("\n\n");
    assertThat(failure(blank)).hasMessageContaining("has no cases; add at least one");

    DatasetException headerOnly = catchThrowableOfType(DatasetException.class,
        () -> Dataset.classpath("datasets/header-only.csv").toList());
    assertThat(headerOnly).hasMessage("classpath:datasets/header-only.csv: the file has a header row"
        + " but no cases; add at least one row below the header.");
  }
}
