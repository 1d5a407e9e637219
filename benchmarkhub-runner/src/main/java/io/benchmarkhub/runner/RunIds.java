package io.benchmarkhub.runner;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Makes run ids that sort by start time and stay unique: {@code 20261124-093012-4f2a}. */
final class RunIds {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RunIds() {}

  static String next() {
    return LocalDateTime.now().format(FORMAT) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
