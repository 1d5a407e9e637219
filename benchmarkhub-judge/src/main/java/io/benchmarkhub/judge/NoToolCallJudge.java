package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;

/**
 * A judge that passes when the model called no tool, e.g. for a question it should answer itself.
 * A failure's reason names the calls. Create one with {@link Judges#noToolCall()}. Immutable and
 * thread-safe.
 */
final class NoToolCallJudge extends GuardedJudge {

  NoToolCallJudge() {
    super("no-tool-call");
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    if (completion.toolCalls().isEmpty()) {
      return Verdict.pass("no tool was called");
    }
    return Verdict.fail("expected no tool call, the model called " + completion.toolCalls());
  }

  @Override
  public String toString() {
    return name();
  }
}
