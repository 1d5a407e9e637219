package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDatasetTest {
  private static final String ONE_ARRAY = "A .json dataset is one JSON array of case objects, like"
      + " [{\"input\": \"2+2?\", \"expected\": \"4\"}, {\"input\": \"3+3?\"}].";

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("cases.json"), content);
  }

  private DatasetException failure(Path file) {
    return catchThrowableOfType(DatasetException.class, () -> Dataset.json(file).toList());
  }

  @Test
  void readsAnArrayOfCasesWithTheLineWhereEachStarts() {
    List<TestCase> cases = Dataset.classpath("datasets/support-intent.json").toList();

    assertThat(cases).extracting(TestCase::id).containsExactly("refund-1", "ship-1");
    assertThat(cases).extracting(c -> c.source().orElseThrow().line()).containsExactly(2, 3);
    assertThat(cases.get(1).expected()).contains("shipping");
  }

  @Test
  void readsChatInputAliasesAndDerivedIdsTheSameAsJsonl() throws IOException {
    Path file = write("[{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"target\": \"Hello\"},"
        + " {\"input\": \"x\", \"ideal\": 5}]");
    Path jsonl = Files.writeString(dir.resolve("same.jsonl"),
        "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"target\": \"Hello\"}\n"
            + "{\"input\": \"x\", \"ideal\": 5}\n");

    List<TestCase> cases = Dataset.json(file).toList();

    assertThat(cases).isEqualTo(Dataset.jsonl(jsonl).toList());
    assertThat(cases.get(0).isChat()).isTrue();
    assertThat(cases.get(1).expected()).contains("5");
  }

  @Test
  void rejectsAFileThatIsNotAnArray() throws IOException {
    Path file = write("\n  {\"input\": \"a\"}\n");

    assertThat(failure(file)).hasMessage(file + ":2:3: the file holds an object, not an array of"
        + " cases. " + ONE_ARRAY + " If the file has one case object per line, name it .jsonl.");
  }

  @Test
  void rejectsElementsThatAreNotObjects() throws IOException {
    Path file = write("[\n {\"input\": \"a\"},\n \"b\"\n]");

    assertThat(failure(file)).hasMessage(file + ":3:2: element 2 of the array is a string, not a case"
        + " object. " + ONE_ARRAY);
  }

  @Test
  void rejectsContentAfterTheArray() throws IOException {
    Path file = write("[{\"input\": \"a\"}]\n[{\"input\": \"b\"}]");

    assertThat(failure(file)).hasMessage(file + ":2:1: there is more JSON after the array of cases"
        + " ends. " + ONE_ARRAY);
  }

  @Test
  void namesLineAndColumnOfBadJsonAndOfBadFields() throws IOException {
    Path bad = write("[\n  {\"input\": \"a\"},\n  {\"input\": \"b\" \"expected\": \"c\"}\n]");
    DatasetException e = failure(bad);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(17);
    assertThat(e).hasMessageStartingWith(bad + ":3:17: not valid JSON: Unexpected character")
        .hasMessageEndingWith("Fix the JSON at this position. " + ONE_ARRAY);

    Path unknown = write("[\n  {\"input\": \"a\",\n   \"tgas\": []}\n]");
    assertThat(failure(unknown)).hasMessageStartingWith(unknown + ":3:4: unknown field 'tgas'. Did"
        + " you mean 'tags'?");

    Path truncated = write("[\n  {\"input\": \"a\"},\n");
    assertThat(failure(truncated)).hasMessageStartingWith(truncated + ":3:1: not valid JSON:"
        + " Unexpected end-of-input within/between Array entries.");
  }

  @Test
  void namesBothLinesOfADuplicateId() throws IOException {
    Path file = write("[\n{\"id\": 1, \"input\": \"a\"},\n{\"id\": 2, \"input\": \"b\"},\n"
        + "{\"id\": 1, \"input\": \"c\"}\n]");

    assertThat(failure(file)).hasMessage(file + ":4: duplicate id '1', first used on line 2. Give each"
        + " case its own id, or remove the duplicate.");
  }

  @Test
  void reportsAnEmptyFileAndAnEmptyArray() throws IOException {
    Path empty = write(" \n");
    assertThat(failure(empty)).hasMessage(empty + ": the file has no cases; add at least one. "
        + ONE_ARRAY);
    Path emptyArray = write("[ ]");
    assertThat(failure(emptyArray)).hasMessage(emptyArray + ": the file has no cases; add at least"
        + " one. " + ONE_ARRAY);
  }
}
