package io.benchmarkhub.api.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.TestCase;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesCaseIteratorTest {
  private static List<Integer> lines(String text) {
    JsonLinesCaseIterator cases = new JsonLinesCaseIterator("t.jsonl", new StringReader(text), 1000);
    List<Integer> lines = new ArrayList<>();
    cases.forEachRemaining(c -> lines.add(c.source().orElseThrow().line()));
    return lines;
  }

  @Test
  void countsLinesEndedByLfCrOrCrLf() {
    String c = "{\"input\": \"%s\"}";
    assertThat(lines(c.formatted("a") + "\r\n" + c.formatted("b") + "\r" + c.formatted("c") + "\n\r\n"
        + c.formatted("d"))).containsExactly(1, 2, 3, 5);
    assertThat(lines("\r\r\n" + c.formatted("a") + "\r")).containsExactly(3);
  }

  @Test
  void refusesALineLongerThanTheLimitWithoutReadingItWhole() {
    String oneLineArray = "[" + "{\"input\": \"a\"},".repeat(200) + "{\"input\": \"b\"}]";
    JsonLinesCaseIterator cases = new JsonLinesCaseIterator("t.jsonl",
        new StringReader("{\"input\": \"x\"}\n" + oneLineArray), 1000);

    TestCase first = cases.next();

    assertThat(first.input()).isEqualTo("x");
    assertThatThrownBy(cases::hasNext).isInstanceOf(DatasetException.class).hasMessage("t.jsonl:2: the"
        + " line is longer than 1,000 characters. A JSONL line holds one case; if the file is one JSON"
        + " array of cases, name it .json.");
  }
}
