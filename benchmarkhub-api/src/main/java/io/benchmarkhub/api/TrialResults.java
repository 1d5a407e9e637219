package io.benchmarkhub.api;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trial results of a run, in case, model, repeat order.
 *
 * <p>The runner's results are read back from the run log on disk each time they are streamed, so a
 * run of any size keeps only a few bytes per trial in memory; {@link #toList()} loads them all and is
 * meant for small runs and tests. Every {@link #stream()} and {@link #iterator()} starts again from the
 * first trial, and neither needs closing.
 */
public interface TrialResults extends Iterable<TrialResult> {

  /** {@return how many trials there are} */
  long size();

  /** {@return whether there are none} */
  default boolean isEmpty() {
    return size() == 0;
  }

  /** {@return the trials in case, model, repeat order} */
  Stream<TrialResult> stream();

  /** {@return an iterator over the trials in case, model, repeat order} */
  @Override
  default Iterator<TrialResult> iterator() {
    return stream().iterator();
  }

  /** {@return every trial in memory, in case, model, repeat order} */
  default List<TrialResult> toList() {
    return stream().toList();
  }

  /**
   * {@return results held in memory, in the given order}
   *
   * @param trials the results, already in case, model, repeat order
   */
  static TrialResults of(List<TrialResult> trials) {
    List<TrialResult> copy = List.copyOf(trials);
    return new TrialResults() {
      @Override
      public long size() {
        return copy.size();
      }

      @Override
      public Stream<TrialResult> stream() {
        return copy.stream();
      }

      @Override
      public List<TrialResult> toList() {
        return copy;
      }

      @Override
      public String toString() {
        return copy.size() + " trials";
      }
    };
  }
}
