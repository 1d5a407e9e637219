package io.benchmarkhub.api.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNameTest {
  private static final List<String> KNOWN = List.of("id", "input", "expected", "tags", "metadata");

  @Test
  void suggestsNamesWithinAFewEdits() {
    assertThat(ClosestName.in(KNOWN, "expcted")).contains("expected");
    assertThat(ClosestName.in(KNOWN, "inptu")).contains("input");
    assertThat(ClosestName.in(KNOWN, "Input")).contains("input");
    assertThat(ClosestName.in(KNOWN, "meta_data")).contains("metadata");
    assertThat(ClosestName.in(KNOWN, "ID")).contains("id");
  }

  @Test
  void suggestsNothingForUnrelatedNames() {
    assertThat(ClosestName.in(KNOWN, "source")).isEmpty();
    assertThat(ClosestName.in(KNOWN, "x")).isEmpty();
    assertThat(ClosestName.in(KNOWN, "answer")).isEmpty();
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(ClosestName.distance("tgas", "tags")).isEqualTo(1);
    assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
  }
}
