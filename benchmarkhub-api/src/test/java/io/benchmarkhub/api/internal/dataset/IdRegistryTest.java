package io.benchmarkhub.api.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdRegistryTest {
  @Test
  void remembersTheFirstLineOfEveryIdThroughManyResizes() {
    IdRegistry ids = new IdRegistry();
    for (int i = 1; i <= 300_000; i++) {
      assertThat(ids.putIfAbsent("case-" + i, i)).isZero();
    }

    assertThat(ids.putIfAbsent("case-1", 400_000)).isEqualTo(1);
    assertThat(ids.putIfAbsent("case-123456", 400_001)).isEqualTo(123_456);
    assertThat(ids.putIfAbsent("case-300000", 400_002)).isEqualTo(300_000);
    assertThat(ids.putIfAbsent("case-300001", 400_003)).isZero();
  }

  @Test
  void comparesIdsExactly() {
    IdRegistry ids = new IdRegistry();
    assertThat(ids.putIfAbsent("Aa", 1)).isZero();
    assertThat(ids.putIfAbsent("BB", 2)).isZero(); // same String.hashCode as "Aa"
    assertThat(ids.putIfAbsent("naïve-☕", 3)).isZero();
    assertThat(ids.putIfAbsent("naïve", 4)).isZero();
    assertThat(ids.putIfAbsent("", 5)).isZero();

    assertThat(ids.putIfAbsent("BB", 9)).isEqualTo(2);
    assertThat(ids.putIfAbsent("naïve-☕", 9)).isEqualTo(3);
    assertThat(ids.putIfAbsent("", 9)).isEqualTo(5);
  }

  @Test
  void holdsLongIds() {
    IdRegistry ids = new IdRegistry();
    String longId = "x".repeat(10_000);
    String hugeId = "y".repeat(3 << 20);
    assertThat(ids.putIfAbsent(longId, 1)).isZero();
    assertThat(ids.putIfAbsent(hugeId, 2)).isZero();
    assertThat(ids.putIfAbsent("after", 3)).isZero();

    assertThat(ids.putIfAbsent(longId, 4)).isEqualTo(1);
    assertThat(ids.putIfAbsent(hugeId, 5)).isEqualTo(2);
    assertThat(ids.putIfAbsent("after", 6)).isEqualTo(3);
  }
}
