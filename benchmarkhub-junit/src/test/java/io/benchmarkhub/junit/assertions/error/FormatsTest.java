package io.benchmarkhub.junit.assertions.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How messages print lists and text; numbers are the runner's {@code FiguresTest}. */
class FormatsTest {

  @Test
  void longListsAreCut() {
    assertThat(Formats.list(List.of(1, 2, 3), 3)).isEqualTo("[1, 2, 3]");
    assertThat(Formats.list(List.of(1, 2, 3, 4), 2)).isEqualTo("[1, 2, …] (4 in all)");
  }

  @Test
  void oneLineCutsLongText() {
    assertThat(Formats.oneLine("a\nb", 10)).isEqualTo("a b");
    assertThat(Formats.oneLine("abcdefghij", 5)).isEqualTo("abcd…");
  }
}
