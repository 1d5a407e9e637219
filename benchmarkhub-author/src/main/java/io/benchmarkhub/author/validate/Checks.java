package io.benchmarkhub.author.validate;

import java.util.ArrayList;
import java.util.List;

/** The standard checks of the validation report, in report order. */
public final class Checks {
  private Checks() {}

  /** {@return every standard check, a new list} */
  public static List<Check> all() {
    List<Check> out = new ArrayList<>();
    out.addAll(DatasetChecks.all());
    out.addAll(ReferenceChecks.all());
    return out;
  }
}
