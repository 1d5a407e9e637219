package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.TestCase;
import java.util.List;

/**
 * One request to the generator model: write {@code count} cases of one cell, normal ones or edge
 * cases derived from {@code seeds}. Each is one trial of the generation run.
 *
 * @param cell the concept x difficulty cell
 * @param edge whether it asks for edge cases
 * @param count how many cases it asks for
 * @param index the request's number within its cell and kind, from 1; part of the prompt, so every
 *     request (a top-up or re-ask included) is a distinct request to the cache and cassette
 * @param seeds for edge requests, the accepted cases to derive from; empty otherwise
 */
record GenerationRequest(GenerationCell cell, boolean edge, int count, int index, List<TestCase> seeds) {

  GenerationRequest {
    seeds = List.copyOf(seeds);
  }

  /** {@return the request's id, the id of its trial, e.g. {@code refunds-hard-edge-3}} */
  String id() {
    return cell.slug() + (edge ? "-edge-" : "-") + index;
  }
}
