package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import java.util.stream.Stream;

/** The first cases of a dataset, streamed like the dataset itself. */
record FirstCases(Dataset dataset, int limit) implements Dataset {

  @Override
  public String name() {
    return dataset.name();
  }

  @Override
  public Stream<TestCase> cases() {
    return dataset.cases().limit(limit);
  }
}
