package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.TestCase;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the cases of one dataset source lazily, one at a time, for one format (see the
 * subclasses).
 *
 * <p>Common to all formats: ids must be unique (only an {@link IdRegistry} is kept per case), a
 * source without cases is an error, I/O and encoding errors become {@link DatasetException}s, and
 * the source is closed as soon as the last case was read or an error occurred (closing again is
 * harmless).
 */
abstract class CaseIterator implements Iterator<TestCase>, Closeable {
  protected final String resource;
  private final Closeable input;
  private final IdRegistry ids = new IdRegistry();
  private TestCase next;
  private boolean finished;
  private long count;

  CaseIterator(String resource, Closeable input) {
    this.resource = resource;
    this.input = input;
  }

  /**
   * Reads the next case.
   *
   * @return the case, or null at the end of the source
   * @throws DatasetException when the case is malformed
   * @throws IOException when the source cannot be read
   */
  protected abstract ParsedCase readCase() throws IOException;

  /** {@return what to tell a user whose source has no cases, as full sentences} */
  protected abstract String noCasesProblem();

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      ParsedCase parsed = readCase();
      if (parsed == null) {
        finish();
        if (count == 0) {
          throw new DatasetException(resource, 0, 0, noCasesProblem());
        }
        return false;
      }
      checkUnique(parsed);
      count++;
      next = parsed.testCase();
      return true;
    } catch (DatasetException e) {
      finish();
      throw e;
    } catch (MalformedTextException e) {
      finish();
      throw new DatasetException(resource, e.line(), e.column(), e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      finish();
      throw new DatasetException(resource, 0, 0, "the dataset could not be read (" + e
          + "). Check that the file is complete and readable.", e);
    }
  }

  @Override
  public final TestCase next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more cases in " + resource);
    }
    TestCase c = next;
    next = null;
    return c;
  }

  private void checkUnique(ParsedCase parsed) {
    String id = parsed.testCase().id();
    int first = ids.putIfAbsent(id, parsed.line());
    if (first != 0) {
      String derived = parsed.idGiven() ? "" : " (derived from the content: both cases have the"
          + " same input and expected output)";
      throw new DatasetException(resource, parsed.line(), 0, "duplicate id '" + id + "'" + derived
          + ", first used on line " + first + ". Give each case its own id, or remove the"
          + " duplicate.");
    }
  }

  private void finish() {
    finished = true;
    next = null;
    try {
      close();
    } catch (IOException | RuntimeException ignored) {
      // The source was fully read or has already failed; a failing close adds nothing to report.
    }
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
