package io.benchmarkhub.author.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSpecTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aYamlSpecExpandsItsCsvRowsCrossedWithItsValueLists() throws IOException {
    write("capitals.csv", "country,capital\nFrance,Paris\n\n\"Korea, South\",Seoul\n");
    Path spec = write("spec.yaml", """
        idPrefix: capitals
        template:
          input: "What is the capital of {{country}}? Answer {{style}}."
          expected: "{{capital}}"
          difficulty: easy
          tags: [geography]
          metadata: {concept: capitals}
        values:
          style: [briefly, "in one word"]
        csv: capitals.csv
        """);

    List<TestCase> cases = TemplateSpec.expand(spec);

    assertThat(cases).extracting(TestCase::input).containsExactly(
        "What is the capital of France? Answer briefly.", "What is the capital of France? Answer in one word.",
        "What is the capital of Korea, South? Answer briefly.", "What is the capital of Korea, South? Answer in one word.");
    assertThat(cases).extracting(TestCase::id).containsExactly("capitals-0001", "capitals-0002", "capitals-0003",
        "capitals-0004");
    assertThat(cases.get(3).expected()).contains("Seoul");
    assertThat(cases.get(3).tags()).containsExactly("geography");
    assertThat(cases.get(3).metadata()).containsEntry("concept", "capitals");
    assertThat(cases.get(3).variables()).containsEntry("country", "Korea, South").containsEntry("style", "in one word");
  }

  @Test
  void aJsonSpecWithZippedListsWorksToo() throws IOException {
    Path spec = write("spec.json", """
        {"combine": "zip", "template": {"input": "{{a}} times {{b}}", "expected": "{{p}}"},
         "values": {"a": [2, 3], "b": [4, 5], "p": [8, 15]}}
        """);
    assertThat(TemplateSpec.expand(spec)).extracting(c -> c.input() + "=" + c.expected().orElseThrow())
        .containsExactly("2 times 4=8", "3 times 5=15");
  }

  @Test
  void aPlaceholderWithoutValuesNamesTheSpecLineUsingIt() throws IOException {
    Path spec = write("spec.yaml", """
        template:
          input: "Capital of {{country}}?"
          expected: "{{capitl}}"
        values:
          country: [France]
        """);
    assertThatThrownBy(() -> TemplateSpec.expand(spec)).isInstanceOf(BenchmarkException.class)
        .hasMessageStartingWith(spec + ":3: placeholder {{capitl}} has no values");
  }

  @Test
  void aCsvRowOfTheWrongWidthNamesTheCsvFileAndLine() throws IOException {
    write("v.csv", "country,capital\nFrance,Paris\nSpain\n");
    Path spec = write("spec.yaml", "template:\n  input: \"{{country}}\"\n  expected: \"{{capital}}\"\ncsv: v.csv\n");
    assertThatThrownBy(() -> TemplateSpec.expand(spec)).isInstanceOf(BenchmarkException.class)
        .hasMessage(dir.resolve("v.csv") + ":3: 1 fields, but the header has 2 (country, capital)");
  }

  @Test
  void unknownKeysMalformedYamlAndMissingFilesNameTheFileAndLine() throws IOException {
    Path typo = write("typo.yaml", "template:\n  input: hi\n  expcted: x\n");
    assertThatThrownBy(() -> TemplateSpec.expand(typo))
        .hasMessageStartingWith(typo + ":3: unknown key 'template.expcted'");

    Path broken = write("broken.yaml", "template:\n  input: [unclosed\n");
    assertThatThrownBy(() -> TemplateSpec.expand(broken)).hasMessageStartingWith(broken + ":")
        .hasMessageContaining("not valid YAML");

    Path noCsv = write("nocsv.yaml", "template:\n  input: \"{{a}}\"\ncsv: missing.csv\n");
    assertThatThrownBy(() -> TemplateSpec.expand(noCsv)).hasMessage(dir.resolve("missing.csv") + ": no such CSV file");
  }
}
