package io.benchmarkhub.author.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.generate.TemplateExpander.Combination;
import io.benchmarkhub.author.generate.TemplateExpander.ValueRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateExpanderTest {
  private static final CaseTemplate SUM = new CaseTemplate("What is {{a}} + {{ b }}?", "{{a}}{{b}}", "{{level}}",
      List.of("math", "{{level}}"), Map.of("concept", "addition of {{a}}", "weight", 2));

  @Test
  void crossProductVariesTheLastListFastestAndCarriesTagsMetadataAndVariables() {
    List<TestCase> cases = TemplateExpander.builder(SUM).values("a", List.of("1", "2")).values("b", List.of("3", "4"))
        .values("level", List.of("easy")).idPrefix("sum").build().expand();

    assertThat(cases).extracting(TestCase::input)
        .containsExactly("What is 1 + 3?", "What is 1 + 4?", "What is 2 + 3?", "What is 2 + 4?");
    assertThat(cases).extracting(TestCase::id).containsExactly("sum-0001", "sum-0002", "sum-0003", "sum-0004");
    TestCase last = cases.get(3);
    assertThat(last.expected()).contains("24");
    assertThat(last.difficulty()).contains("easy");
    assertThat(last.tags()).containsExactly("math", "easy");
    assertThat(last.metadata()).containsEntry("concept", "addition of 2").containsEntry("weight", 2);
    assertThat(last.variables()).containsExactly(Map.entry("a", "2"), Map.entry("b", "4"), Map.entry("level", "easy"));
  }

  @Test
  void zipTakesTheIthValuesTogetherAndNeedsEqualLengths() {
    TemplateExpander.Builder b = TemplateExpander.builder(CaseTemplate.of("{{a}} + {{b}}", null))
        .values("a", List.of("1", "2")).values("b", List.of("3", "4")).combine(Combination.ZIP);
    assertThat(b.build().expand()).extracting(TestCase::input).containsExactly("1 + 3", "2 + 4");

    TemplateExpander uneven = TemplateExpander.builder(CaseTemplate.of("{{a}} + {{b}}", null))
        .values("a", List.of("1", "2")).values("b", List.of("3")).combine(Combination.ZIP).build();
    assertThatThrownBy(uneven::expand).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("'a' has 2 values, 'b' has 1");
  }

  @Test
  void rowsAreZippedAndCrossedWithTheLists() {
    List<ValueRow> rows = List.of(new ValueRow(Map.of("a", "1", "b", "2"), "v.csv:2"),
        new ValueRow(Map.of("a", "5", "b", "6"), "v.csv:3"));
    List<TestCase> cases = TemplateExpander.builder(CaseTemplate.of("{{a}} + {{b}}, {{level}}", "{{a}}{{b}}"))
        .rows(rows).values("level", List.of("easy", "hard")).build().expand();

    assertThat(cases).extracting(TestCase::input).containsExactly("1 + 2, easy", "1 + 2, hard", "5 + 6, easy",
        "5 + 6, hard");
    assertThat(cases.get(0).id()).startsWith("c-").hasSize(14); // no prefix: content ids
  }

  @Test
  void aPlaceholderWithoutValuesIsAnErrorNamingItAndWhereItIsUsed() {
    TemplateExpander e = TemplateExpander.builder(SUM).values("a", List.of("1")).values("b", List.of("2"))
        .placeholderLocation(name -> "spec.yaml:7").build();

    assertThatThrownBy(e::expand).isInstanceOf(BenchmarkException.class)
        .hasMessage("spec.yaml:7: placeholder {{level}} has no values: give it a value list or a CSV column named 'level'");
  }

  @Test
  void aRowMissingAPlaceholderIsNamed() {
    List<ValueRow> rows = List.of(new ValueRow(Map.of("a", "1"), "v.csv:2"));
    TemplateExpander e = TemplateExpander.builder(CaseTemplate.of("{{a}} and {{b}}", null)).rows(rows).build();

    assertThatThrownBy(e::expand).hasMessageContaining("{{b}} has no values (row v.csv:2 has none)");
  }

  @Test
  void identicalCasesWithContentIdsAreAnErrorButNumberedIdsKeepBoth() {
    CaseTemplate constant = CaseTemplate.of("Say hi", "hi");
    TemplateExpander.Builder twice = TemplateExpander.builder(constant).values("unused", List.of("x", "y"));
    assertThatThrownBy(() -> twice.build().expand()).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("two cases get the same id");

    List<TestCase> numbered = TemplateExpander.builder(constant).values("unused", List.of("x", "y")).idPrefix("hi")
        .build().expand();
    assertThat(numbered).extracting(TestCase::id).containsExactly("hi-0001", "hi-0002");
  }

  @Test
  void aVariableWithValuesInRowsAndListsIsAnError() {
    TemplateExpander e = TemplateExpander.builder(CaseTemplate.of("{{a}}", null))
        .rows(List.of(ValueRow.of(Map.of("a", "1")))).values("a", List.of("2")).build();
    assertThatThrownBy(e::expand).hasMessageContaining("variable 'a' has values both");
  }
}
