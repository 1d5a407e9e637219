package io.benchmarkhub.author.validate;

import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * A value derived from a validation input that several checks need, computed once per input: the
 * near-duplicate pairs (three checks), the reference results streamed from the run logs (seven
 * checks). It remembers the last input only, by identity and weakly, so a validation in progress
 * reuses the value and a finished one is freed with its input (the value itself is kept until the
 * next input replaces it). Thread-safe; two threads validating different inputs at once only
 * compute more often.
 *
 * @param <T> the derived value
 */
final class InputMemo<T> {
  private final Function<ValidationInput, T> compute;
  private volatile Entry<T> last;

  private record Entry<T>(WeakReference<ValidationInput> input, T value) {}

  InputMemo(Function<ValidationInput, T> compute) {
    this.compute = compute;
  }

  /** {@return the value for this input}, computed unless the last call was for the same input */
  T get(ValidationInput input) {
    Entry<T> e = last;
    if (e != null && e.input().get() == input) {
      return e.value();
    }
    T value = compute.apply(input);
    last = new Entry<>(new WeakReference<>(input), value);
    return value;
  }
}
