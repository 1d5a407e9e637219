package io.benchmarkhub.judge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer as JSON, for the JSON judges: the whole answer, or else (unless strict)
 * the one fenced code block it contains, marked {@code json} or unmarked.
 *
 * <p>Prose around the block is allowed ("Here is the JSON: ```json {...} ```"); two or more fenced
 * blocks are not, since it is then unclear which one is the answer. Trailing content after the JSON
 * value is an error. Parse errors give the line and column within the whole answer. Thread-safe.
 */
final class JsonAnswer {

  /** Jackson, configured to refuse trailing content after the JSON value. Thread-safe. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Pattern FENCE = Pattern.compile(
      "^[ \\t]*```[ \\t]*([\\w+.-]*)[^\\n]*\\n(.*?)^[ \\t]*```[ \\t]*$", Pattern.MULTILINE | Pattern.DOTALL);

  private static final Pattern SOURCE_NOTE = Pattern.compile("\\[Source: [^;\\]]*; ");

  /**
   * The outcome of reading an answer: the value, or why there is none.
   *
   * @param value the parsed JSON, or null when the answer is not JSON
   * @param failure why the answer is not JSON, or null
   * @param fenced whether the JSON came from a fenced block
   */
  record Parsed(JsonNode value, String failure, boolean fenced) {

    boolean ok() {
      return value != null;
    }

    /** {@return what was read, e.g. "a JSON object from a fenced block"} */
    String describe() {
      String kind = value.getNodeType().name().toLowerCase(Locale.ROOT);
      return "a JSON " + kind + (fenced ? " from a fenced block" : "");
    }
  }

  private JsonAnswer() {}

  /**
   * {@return the answer read as JSON}
   *
   * @param strict whether to refuse a fenced block and read only the whole answer
   */
  static Parsed read(String answer, boolean strict) {
    if (answer.isBlank()) {
      return new Parsed(null, "the answer is empty", false);
    }
    try {
      return new Parsed(MAPPER.readTree(answer), null, false);
    } catch (JsonProcessingException whole) {
      List<Fence> fences = fences(answer);
      if (strict || fences.isEmpty()) {
        String note = strict && !fences.isEmpty() ? " (strict: a fenced code block is not accepted)" : "";
        return new Parsed(null, "not valid JSON: " + describe(whole, 0) + note, false);
      }
      if (fences.size() > 1) {
        return new Parsed(null, "found " + fences.size() + " fenced code blocks; expected one holding the JSON", false);
      }
      return readFenced(fences.get(0));
    }
  }

  /** A fenced code block: its language tag (maybe empty), its body, and the line it starts on. */
  private record Fence(String language, String body, int linesBefore) {}

  private static List<Fence> fences(String answer) {
    List<Fence> found = new ArrayList<>();
    Matcher m = FENCE.matcher(answer);
    while (m.find()) {
      int linesBefore = (int) answer.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
      found.add(new Fence(m.group(1), m.group(2), linesBefore));
    }
    return found;
  }

  private static Parsed readFenced(Fence fence) {
    if (!fence.language().isEmpty() && !fence.language().equalsIgnoreCase("json")) {
      String marked = "the fenced code block is marked " + Reasons.quote(fence.language()) + ", not json";
      return new Parsed(null, marked, true);
    }
    if (fence.body().isBlank()) {
      return new Parsed(null, "the fenced code block is empty", true);
    }
    try {
      return new Parsed(MAPPER.readTree(fence.body()), null, true);
    } catch (JsonProcessingException e) {
      return new Parsed(null, "not valid JSON in the fenced code block: " + describe(e, fence.linesBefore()), true);
    }
  }

  /**
   * {@return Jackson's message for {@code e} without its source note, then "at line L, column C"}
   *
   * @param lineOffset lines of the answer before the text that was parsed
   */
  static String describe(JsonProcessingException e, int lineOffset) {
    String message = SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("[").replace('\n', ' ');
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return message;
    }
    return message + " at line " + (at.getLineNr() + lineOffset) + ", column " + at.getColumnNr();
  }
}
