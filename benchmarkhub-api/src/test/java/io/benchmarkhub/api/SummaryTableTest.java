package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

  @Test
  void cheapRunsDoNotReadAsZeroDollars() {
    assertThat(SummaryTable.usd(0)).isEqualTo("$0");
    assertThat(SummaryTable.usd(0.0000089)).isEqualTo("$0.000009");
    assertThat(SummaryTable.usd(0.0421)).isEqualTo("$0.0421");
    assertThat(SummaryTable.usd(12.345)).isEqualTo("$12.35");
  }
}
