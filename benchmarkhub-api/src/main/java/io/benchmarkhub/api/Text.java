package io.benchmarkhub.api;

/** Small text helpers shared by the api's {@code toString()} methods and messages. Not API. */
final class Text {
  private Text() {}

  /** Cuts {@code s} to at most {@code max} characters, marking the cut with an ellipsis. */
  static String abbreviate(String s, int max) {
    if (s == null) {
      return "null";
    }
    String oneLine = s.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }
}
