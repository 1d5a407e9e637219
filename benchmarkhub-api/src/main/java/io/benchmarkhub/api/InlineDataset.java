package io.benchmarkhub.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A dataset held in memory, given in code. */
final class InlineDataset implements Dataset {
  private final List<TestCase> cases;

  InlineDataset(List<TestCase> cases) {
    this.cases = List.copyOf(cases);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < this.cases.size(); i++) {
      Integer first = seen.putIfAbsent(this.cases.get(i).id(), i);
      if (first != null) {
        throw new DatasetException(name(), 0, 0, "cases #" + (first + 1) + " and #" + (i + 1)
            + " have the same id '" + this.cases.get(i).id()
            + "'. Give each case its own id, or remove the duplicate.");
      }
    }
  }

  @Override
  public String name() {
    return "inline";
  }

  @Override
  public Stream<TestCase> cases() {
    return cases.stream();
  }

  @Override
  public String toString() {
    return "Dataset[inline, " + cases.size() + " cases]";
  }
}
