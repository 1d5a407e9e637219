package io.benchmarkhub.author.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading of foreign JSONL sample files (OpenAI Evals, Inspect, promptfoo tests): one JSON object per line, blank
 * lines skipped, and chat messages in the shape they share. Every problem names the file and line.
 */
final class SampleLines {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS);
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  /** Receives one sample: its 1-based line and its fields. */
  @FunctionalInterface
  interface Sample {
    void accept(int line, Map<String, Object> fields);
  }

  /** Fills in one sample's case, whose input is already set, from the sample's other fields. */
  @FunctionalInterface
  interface CaseFiller {
    void fill(TestCase.Builder builder, int line, Map<String, Object> fields, List<ImportNote> notes);
  }

  private SampleLines() {}

  /**
   * {@return the cases of a JSONL samples file}: each sample's {@code input} read by
   * {@link #caseWithInput}, the rest by {@code filler}; ids kept unique
   *
   * @param inputExample how the input is written in this format, for the message when it is missing
   * @throws InteropException naming file, line and field for a malformed sample
   */
  static ImportResult cases(Path samples, String inputExample, CaseFiller filler) {
    String file = samples.toString();
    List<TestCase> cases = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>();
    UniqueIds ids = new UniqueIds(notes);
    each(samples, (line, fields) -> {
      TestCase.Builder b = caseWithInput(file, line, fields, inputExample);
      filler.fill(b, line, fields, notes);
      cases.add(ids.add(b.build(), file + ":" + line));
    });
    return new ImportResult(file, cases, null, notes);
  }

  /**
   * Reads every non-blank line of a JSONL file as an object, in order.
   *
   * @throws InteropException for a missing or empty file, or a line that is not one JSON object
   */
  static void each(Path file, Sample sample) {
    String name = file.toString();
    int count = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int line = 0;
      while ((text = in.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (!text.isBlank()) {
          sample.accept(line, object(name, line, text));
          count++;
        }
      }
    } catch (NoSuchFileException e) {
      throw new InteropException(name, 0, "", "no such file (looked for " + file.toAbsolutePath() + ")", e);
    } catch (IOException e) {
      throw new InteropException(name, 0, "", "cannot be read (is it UTF-8?): " + e.getMessage(), e);
    }
    if (count == 0) {
      throw new InteropException(name, 0, "", "the file has no samples; a JSONL file has one JSON object a line");
    }
  }

  /**
   * {@return one line as a JSON object}
   *
   * @throws InteropException when it is not one
   */
  static Map<String, Object> object(String file, int line, String text) {
    if (!text.stripLeading().startsWith("{")) {
      throw new InteropException(file, line, "", "the line is not a JSON object; a JSONL file has one object a line");
    }
    try {
      return JSON.readValue(text, OBJECT);
    } catch (JsonProcessingException e) {
      throw new InteropException(file, line, "", "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@return a new case holding the sample's {@code input}}: a text, or a chat conversation when it is a list, with
   * the sample's file and line as its source
   *
   * @param example how the input is written in this format, for the message when it is missing
   * @throws InteropException when the input is missing or malformed
   */
  private static TestCase.Builder caseWithInput(String file, int line, Map<String, Object> fields, String example) {
    TestCase.Builder b = TestCase.builder().source(new SourceLocation(file, line));
    Object input = fields.get("input");
    if (input == null) {
      throw new InteropException(file, line, "", "the sample has no 'input': give " + example);
    }
    if (input instanceof String text) {
      b.input(text);
    } else {
      b.messages(messages(file, line, "input", input));
    }
    return b;
  }

  /**
   * {@return a chat conversation}: a list of {@code {"role": "system"|"user"|"assistant", "content": ...}} whose
   * content is text or a list of {@code {"type": "text", "text": ...}} parts
   *
   * @throws InteropException naming the field and the message's index when a message is malformed
   */
  static List<Message> messages(String file, int line, String field, Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InteropException(file, line, field, "must be text or a non-empty list of {\"role\": ..., \"content\":"
          + " ...} messages");
    }
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = field + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw new InteropException(file, line, at, "a message is an object {\"role\": \"user\", \"content\": \"...\"}");
      }
      Object role = m.get("role");
      Message.Role parsed;
      try {
        parsed = Message.Role.parse(String.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new InteropException(file, line, at + ".role", role == null ? "is missing: give system, user or"
            + " assistant" : "'" + role + "' is not supported: use system, user or assistant (tool messages are not"
            + " imported)", e);
      }
      out.add(Message.of(parsed, content(file, line, at + ".content", m.get("content"))));
    }
    return out;
  }

  private static String content(String file, int line, String field, Object content) {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof List<?> parts) {
      StringBuilder text = new StringBuilder();
      for (Object part : parts) {
        if (!(part instanceof Map<?, ?> p) || !"text".equals(p.get("type")) || !(p.get("text") instanceof String t)) {
          throw new InteropException(file, line, field, "only text parts {\"type\": \"text\", \"text\": ...} are"
              + " imported; images, audio and tool parts are not");
        }
        text.append(text.length() == 0 ? "" : "\n").append(t);
      }
      return text.toString();
    }
    throw new InteropException(file, line, field, content == null ? "is missing: give the message's text"
        : "must be text, was " + content.getClass().getSimpleName());
  }

  /**
   * {@return the value as text}: a string as is, a number or boolean as written
   *
   * @throws InteropException for anything else
   */
  static String text(String file, int line, String field, Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw new InteropException(file, line, field, "must be text, was " + (value == null ? "null"
        : value instanceof List ? "a list" : "an object"));
  }
}
