package io.benchmarkhub.junit.internal;

import java.util.Set;
import org.junit.platform.engine.TestTag;

/** Adds JUnit tags, dropping text that JUnit does not accept as a tag (whitespace, {@code , ( ) & | !}). */
final class Tags {
  private Tags() {}

  /** {@return whether the tag was valid and added} */
  static boolean add(Set<TestTag> tags, String name) {
    if (name != null && TestTag.isValid(name)) {
      tags.add(TestTag.create(name));
      return true;
    }
    return false;
  }
}
