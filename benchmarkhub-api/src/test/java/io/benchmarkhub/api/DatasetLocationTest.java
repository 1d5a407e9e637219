package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLocationTest {
  private static final String FORMATS = " Supported extensions are .jsonl (one JSON object per"
      + " line), .csv (a header row, then one row per case) and .json (one array of case objects);"
      + " rename the file, or use Dataset.jsonl, Dataset.csv or Dataset.json to name the format.";

  @TempDir Path dir;

  @Test
  void fromPicksTheFormatByExtension() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("a.JSONL"), "{\"input\": \"q\"}\n");
    Path csv = Files.writeString(dir.resolve("b.csv"), "input\nq\n");
    Path json = Files.writeString(dir.resolve("c.json"), "[{\"input\": \"q\"}]");

    for (Path file : List.of(jsonl, csv, json)) {
      Dataset dataset = Dataset.from(file.toString());
      assertThat(dataset.name()).isEqualTo(file.toString());
      assertThat(dataset.toList()).singleElement().extracting(TestCase::input).isEqualTo("q");
    }
    assertThat(Dataset.from(csv.toString())).hasToString("Dataset[csv, " + csv + "]");
  }

  @Test
  void fromReadsClasspathLocations() {
    Dataset dataset = Dataset.from("classpath:datasets/support-intent.csv");

    assertThat(dataset.name()).isEqualTo("classpath:datasets/support-intent.csv");
    assertThat(dataset.toList()).hasSize(3);
    assertThat(Dataset.classpath("/datasets/support-intent.json").name())
        .isEqualTo("classpath:datasets/support-intent.json");
  }

  @Test
  void explicitFormatsIgnoreTheExtension() throws IOException {
    Path file = Files.writeString(dir.resolve("cases.txt"), "input\nq\n");

    assertThat(Dataset.csv(file).toList()).hasSize(1);
  }

  @Test
  void rejectsUnknownExtensionsListingTheSupportedOnes() {
    assertThatThrownBy(() -> Dataset.from("data/cases.txt")).isInstanceOf(DatasetException.class)
        .hasMessage("data/cases.txt: cannot tell the dataset format: the name has the extension"
            + " '.txt'." + FORMATS);
    assertThatThrownBy(() -> Dataset.from("data.d/cases")).hasMessage("data.d/cases: cannot tell the"
        + " dataset format: the name has no file extension." + FORMATS);
    assertThatThrownBy(() -> Dataset.classpath("datasets/cases.txt")).hasMessage(
        "classpath:datasets/cases.txt: cannot tell the dataset format: the name has the extension"
            + " '.txt'." + FORMATS);
  }

  @Test
  void reportsAMissingFileWhenRead() {
    Path missing = dir.resolve("nope.jsonl");
    Dataset dataset = Dataset.from(missing.toString());

    DatasetException e = catchThrowableOfType(DatasetException.class, dataset::cases);

    assertThat(e).hasMessage(missing + ": file not found (looked for " + missing.toAbsolutePath()
        + "). Check the path; a relative path is resolved against the working directory, "
        + Path.of("").toAbsolutePath() + ".");
    assertThat(e.resource()).isEqualTo(missing.toString());
    assertThat(e.line()).isZero();
  }

  @Test
  void reportsADirectory() {
    assertThatThrownBy(() -> Dataset.jsonl(dir).cases()).hasMessage(dir + ": is a directory, not a"
        + " dataset file. Name a .jsonl, .csv or .json file instead.");
  }

  @Test
  void reportsAMissingClasspathResource() {
    Dataset dataset = Dataset.classpath("datasets/missing.jsonl");

    assertThatThrownBy(dataset::cases).isInstanceOf(DatasetException.class).hasMessage(
        "classpath:datasets/missing.jsonl: classpath resource not found. Put the file under"
            + " src/test/resources (or src/main/resources) and give its path relative to that folder,"
            + " e.g. classpath:datasets/cases.jsonl; or check the spelling.");
  }

  @Test
  void looksUpResourcesWithTheContextClassLoaderFirst() throws IOException {
    Path root = Files.createDirectories(dir.resolve("cp"));
    Files.writeString(root.resolve("only-in-context.jsonl"), "{\"input\": \"from context\"}\n");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      Dataset dataset = Dataset.classpath("only-in-context.jsonl");
      thread.setContextClassLoader(previous);

      assertThat(dataset.toList()).singleElement().extracting(TestCase::input).isEqualTo("from context");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void fallsBackToTheLoaderOfDatasetWithoutAContextClassLoader() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(null);
    try {
      assertThat(Dataset.classpath("datasets/support-intent.jsonl").toList()).hasSize(3);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
