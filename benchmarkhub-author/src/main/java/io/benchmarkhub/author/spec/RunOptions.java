package io.benchmarkhub.author.spec;

import java.util.List;
import java.util.Map;

/**
 * What a run of a benchmark file changes without editing the file, e.g. from the command line.
 *
 * @param models the models to run instead of the file's ({@code provider:model} or the id of one of the
 *     file's models, which keeps its parameters); empty for the file's models
 * @param limit run only the first {@code limit} cases; 0 for all
 * @param settings runner settings set after the file's, so they win (e.g. {@code run-id}, {@code mode},
 *     {@code run-dir}, {@code openai.base-url})
 */
public record RunOptions(List<String> models, int limit, Map<String, String> settings) {

  /** Nothing changed: the file as written. */
  public static final RunOptions NONE = new RunOptions(List.of(), 0, Map.of());

  /** Checks and copies the values. */
  public RunOptions {
    models = List.copyOf(models);
    settings = Map.copyOf(settings);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all cases) or more, was " + limit);
    }
  }
}
