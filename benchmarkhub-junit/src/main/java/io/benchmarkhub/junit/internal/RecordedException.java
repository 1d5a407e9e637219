package io.benchmarkhub.junit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exception of the user's code as a trial recorded it ({@link io.benchmarkhub.api.TrialError#stackTrace()}):
 * it prints as the original did, its first line and its {@code at} frames, with its recorded causes, so
 * the IDE and Surefire show where the subject failed and link to its lines.
 */
final class RecordedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final String CAUSED_BY = "Caused by: ";
  /** {@code at [module/]class.method(file:line)}. */
  private static final Pattern FRAME = Pattern.compile("\\s*at (?:[^/(\\s]+/)*([^(\\s]+)\\.([^.(\\s]+)\\(([^)]*)\\)");

  private final String header;

  private RecordedException(String header, List<StackTraceElement> frames, RecordedException cause) {
    super(header, cause, false, true);
    this.header = header;
    setStackTrace(frames.toArray(StackTraceElement[]::new));
  }

  /** {@return the exception a recorded stack trace describes, its causes chained} */
  static RecordedException parse(String trace) {
    List<String> headers = new ArrayList<>();
    List<List<StackTraceElement>> frames = new ArrayList<>();
    for (String line : trace.split("\n")) {
      Matcher m = FRAME.matcher(line);
      if (m.matches() && !headers.isEmpty()) {
        frames.get(frames.size() - 1).add(frame(m));
      } else if (headers.isEmpty() || line.startsWith(CAUSED_BY)) {
        headers.add(line.startsWith(CAUSED_BY) ? line.substring(CAUSED_BY.length()) : line);
        frames.add(new ArrayList<>());
      }
    }
    RecordedException cause = null;
    for (int i = headers.size() - 1; i >= 0; i--) {
      cause = new RecordedException(headers.get(i), frames.get(i), cause);
    }
    return cause;
  }

  private static StackTraceElement frame(Matcher m) {
    String location = m.group(3);
    int colon = location.lastIndexOf(':');
    String file = location;
    int line = -1;
    if (colon > 0) {
      try {
        line = Integer.parseInt(location.substring(colon + 1));
        file = location.substring(0, colon);
      } catch (NumberFormatException e) {
        // no line number: the whole location is the file or "Unknown Source"
      }
    }
    if ("Native Method".equals(file)) {
      return new StackTraceElement(m.group(1), m.group(2), null, -2);
    }
    return new StackTraceElement(m.group(1), m.group(2), "Unknown Source".equals(file) ? null : file, line);
  }

  /** {@return the first line of the original, e.g. {@code java.lang.IllegalStateException: no policy}} */
  @Override
  public String toString() {
    return header;
  }
}
