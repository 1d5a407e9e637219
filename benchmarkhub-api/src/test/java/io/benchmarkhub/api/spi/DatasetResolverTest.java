package io.benchmarkhub.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolvers registered in META-INF/services (here the test's {@link Memory}) take their scheme's locations. */
class DatasetResolverTest {
  @TempDir
  Path dir;

  /** Resolves {@code memory:<text>} to one case whose input is the text. */
  public static final class Memory implements DatasetResolver {
    @Override
    public String scheme() {
      return "memory";
    }

    @Override
    public Dataset resolve(String reference) {
      return Dataset.of(TestCase.of(reference, "ok"));
    }
  }

  @Test
  void aRegisteredSchemeGoesToItsResolver() {
    assertThat(Dataset.from("memory:what is 2+2?").toList()).singleElement().extracting(TestCase::input)
        .isEqualTo("what is 2+2?");
  }

  @Test
  void libraryLocationsWithoutTheLibraryModuleSayWhatToAdd() {
    assertThatThrownBy(() -> Dataset.from("library:legal-clause-risk@1.2.0")).isInstanceOf(DatasetException.class)
        .hasMessage("library:legal-clause-risk@1.2.0: library: datasets are resolved by benchmarkhub-library, "
            + "which is not on the class path. Add the dependency io.benchmarkhub:benchmarkhub-library (test scope).");
  }

  @Test
  void anUnknownSchemeAndADriveLetterStayFilePaths() throws Exception {
    Path file = Files.writeString(dir.resolve("cases.jsonl"), "{\"input\": \"q\"}\n");
    assertThat(Dataset.from(file.toString()).name()).isEqualTo(file.toString());
    assertThatThrownBy(() -> Dataset.from("nowhere:cases.jsonl").toList()).isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("nowhere:cases.jsonl");
    assertThatThrownBy(() -> Dataset.from("C:cases.jsonl").toList()).isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("C:cases.jsonl");
  }
}
