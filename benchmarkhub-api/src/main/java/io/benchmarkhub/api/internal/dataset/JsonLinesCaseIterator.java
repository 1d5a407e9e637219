package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a JSONL dataset line by line: each non-blank line is one case object; blank lines are
 * skipped. Only the current line is held in memory, and a line may have at most 64 Mi chars.
 */
final class JsonLinesCaseIterator extends CaseIterator {
  static final int MAX_LINE_CHARS = 64 * 1024 * 1024;

  private static final String ONE_OBJECT_PER_LINE = "Each line must be one JSON object, like"
      + " {\"input\": \"2+2?\", \"expected\": \"4\"}; if the file holds one JSON array of cases,"
      + " name it .json.";

  private final LineReader lines;
  private final JsonCaseReader cases;

  JsonLinesCaseIterator(String resource, Reader text) {
    this(resource, text, MAX_LINE_CHARS);
  }

  JsonLinesCaseIterator(String resource, Reader text, int maxLineChars) {
    super(resource, text);
    this.lines = new LineReader(text, resource, maxLineChars);
    this.cases = new JsonCaseReader(resource);
  }

  @Override
  protected ParsedCase readCase() throws IOException {
    String line;
    while ((line = lines.readLine()) != null) {
      if (!line.isBlank()) {
        return parse(line);
      }
    }
    return null;
  }

  private ParsedCase parse(String line) throws IOException {
    int lineOffset = lines.lineNumber() - 1;
    try (JsonParser p = JsonValues.FACTORY.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw JsonErrors.at(resource, p, lineOffset, "the line is " + JsonValues.describe(first)
            + ", not a JSON object. " + ONE_OBJECT_PER_LINE);
      }
      ParsedCase parsed = cases.read(p, lineOffset);
      if (p.nextToken() != null) {
        throw JsonErrors.at(resource, p, lineOffset, "the line goes on after the case object"
            + " ends. " + ONE_OBJECT_PER_LINE);
      }
      return parsed;
    } catch (JsonProcessingException e) {
      throw JsonErrors.invalidJson(resource, e, lineOffset, ONE_OBJECT_PER_LINE);
    }
  }

  @Override
  protected String noCasesProblem() {
    return "the file has no cases; add at least one. A JSONL dataset has one JSON object per"
        + " line, like {\"input\": \"2+2?\", \"expected\": \"4\"}.";
  }
}
