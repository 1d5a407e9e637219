package io.benchmarkhub.author.interop;

import io.benchmarkhub.api.TestCase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps imported case ids unique, as datasets require: the second case with an id (two identical samples give the
 * same content-derived id) becomes {@code <id>-2}, the third {@code <id>-3}, each with a note.
 */
final class UniqueIds {
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<ImportNote> notes;

  UniqueIds(List<ImportNote> notes) {
    this.notes = notes;
  }

  /** {@return the case, renamed when its id was taken} */
  TestCase add(TestCase c, String location) {
    int n = seen.merge(c.id(), 1, Integer::sum);
    if (n == 1) {
      return c;
    }
    String id = c.id() + "-" + n;
    while (seen.containsKey(id)) {
      id = id + "-" + n;
    }
    seen.put(id, 1);
    notes.add(new ImportNote(location, "id '" + c.id() + "' is taken by an earlier case; this one is '" + id + "'",
        false));
    return c.toBuilder().id(id).build();
  }
}
