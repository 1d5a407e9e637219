package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.benchmarkhub.api.DatasetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link DatasetException}s at a JSON parser's position, with the parser's line shifted
 * to the file's line (a JSONL line is parsed alone, so its parser always starts at line 1).
 */
final class JsonErrors {
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

  private JsonErrors() {}

  /** {@return an error at the start of the parser's current token} */
  static DatasetException at(String resource, JsonParser p, int lineOffset, String problem) {
    return at(resource, p.currentTokenLocation(), lineOffset, problem);
  }

  /** {@return an error at {@code location}} */
  static DatasetException at(String resource, JsonLocation location, int lineOffset,
      String problem) {
    return new DatasetException(resource, lineOffset + location.getLineNr(),
        Math.max(0, location.getColumnNr()), problem);
  }

  /**
   * {@return an error for JSON that does not parse}: the parser's own explanation with its
   * location, followed by {@code advice}
   */
  static DatasetException invalidJson(String resource, JsonProcessingException e, int lineOffset,
      String advice) {
    JsonLocation location = e.getLocation();
    int line = location == null || location.getLineNr() < 1 ? 0 : lineOffset + location.getLineNr();
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String detail = e.getOriginalMessage().replace('\n', ' ').strip();
    Matcher m = JACKSON_LOCATION.matcher(detail);
    StringBuilder readable = new StringBuilder();
    while (m.find()) {
      int markerLine = lineOffset + Integer.parseInt(m.group(1));
      m.appendReplacement(readable, "line " + markerLine + ", column " + m.group(2));
    }
    m.appendTail(readable);
    String sentence = readable.toString();
    if (!sentence.endsWith(".")) {
      sentence += ".";
    }
    return new DatasetException(resource, line, column, "not valid JSON: " + sentence + " "
        + advice, e);
  }
}
