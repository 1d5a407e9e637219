package io.benchmarkhub.runner;

import io.benchmarkhub.api.TrialError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The stack trace of an exception a subject threw, kept for the trial's error: what
 * {@link Throwable#printStackTrace()} prints of it and its causes, trimmed to the user's code.
 *
 * <p>For each exception, the frames from the call into the subject downward (the runner, the worker
 * thread) are cut, as are the reflection and BenchmarkHub frames just above that call (the JUnit
 * engine's invocation of an annotated method) and, when a call of the model handle threw, the frames of
 * the handle and everything it called (the runner's retries, the provider), so the top frame is the
 * user's call. At most {@value TrialError#MAX_STACK_FRAMES} frames of
 * each exception and {@value TrialError#MAX_STACK_TRACE_CHARS} characters in all are kept; what is cut
 * says so ({@code ... 12 more}).
 */
final class UserStackTrace {
  private static final int MAX_CAUSES = 8;
  private static final String CUT = "\t... (cut at " + TrialError.MAX_STACK_TRACE_CHARS + " characters)\n";

  private UserStackTrace() {}

  /**
   * {@return the trimmed trace}
   *
   * @param boundary the class whose frame calls the subject; it and every frame below it are cut
   */
  static String of(Throwable thrown, Class<?> boundary) {
    StringBuilder out = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable t = thrown;
    for (int depth = 0; t != null && depth <= MAX_CAUSES && seen.add(t); depth++, t = t.getCause()) {
      out.append(depth == 0 ? "" : "Caused by: ").append(t).append('\n');
      List<StackTraceElement> frames = userFrames(t.getStackTrace(), boundary.getName());
      int shown = Math.min(frames.size(), TrialError.MAX_STACK_FRAMES);
      for (int i = 0; i < shown; i++) {
        out.append("\tat ").append(frames.get(i)).append('\n');
      }
      if (frames.size() > shown) {
        out.append("\t... ").append(frames.size() - shown).append(" more\n");
      }
    }
    if (out.length() > TrialError.MAX_STACK_TRACE_CHARS) {
      int end = out.lastIndexOf("\n", TrialError.MAX_STACK_TRACE_CHARS - CUT.length());
      out.setLength(Math.max(end + 1, 0));
      out.append(CUT);
    }
    return out.toString();
  }

  private static List<StackTraceElement> userFrames(StackTraceElement[] all, String boundary) {
    int end = all.length;
    for (int i = 0; i < all.length; i++) {
      if (all[i].getClassName().equals(boundary)) {
        end = i;
        break;
      }
    }
    while (end > 0 && (all[end - 1].getClassName().startsWith("io.benchmarkhub.junit.internal.")
        || reflection(all[end - 1]))) {
      end--;
    }
    int start = 0;
    for (int i = 0; i < end; i++) {
      if (all[i].getClassName().equals(SubjectModelHandle.class.getName())) {
        start = i + 1;
      }
    }
    List<StackTraceElement> frames = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      frames.add(all[i]);
    }
    return frames;
  }

  private static boolean reflection(StackTraceElement e) {
    String c = e.getClassName();
    return c.startsWith("java.lang.reflect.") || c.startsWith("jdk.internal.reflect.")
        || c.startsWith("org.junit.platform.commons.");
  }
}
