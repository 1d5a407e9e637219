package io.benchmarkhub.judge;

/**
 * Thrown inside a judge when it cannot grade (no expected output, an expected value it cannot
 * read); {@link GuardedJudge} turns it into an error verdict whose reason is exactly the message.
 */
final class CannotGrade extends RuntimeException {
  CannotGrade(String message) {
    super(message, null, false, false);
  }
}
