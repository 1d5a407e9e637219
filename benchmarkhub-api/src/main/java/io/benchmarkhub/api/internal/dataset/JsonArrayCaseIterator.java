package io.benchmarkhub.api.internal.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a JSON dataset, one top-level array of case objects, token by token: only the current
 * case is held in memory however large the array is.
 */
final class JsonArrayCaseIterator extends CaseIterator {
  private static final String ONE_ARRAY = "A .json dataset is one JSON array of case objects,"
      + " like [{\"input\": \"2+2?\", \"expected\": \"4\"}, {\"input\": \"3+3?\"}].";

  private final JsonParser parser;
  private final JsonCaseReader cases;
  private boolean started;
  private int element;

  JsonArrayCaseIterator(String resource, Reader text) throws IOException {
    super(resource, text);
    this.parser = JsonValues.FACTORY.createParser(text);
    this.cases = new JsonCaseReader(resource);
  }

  @Override
  protected ParsedCase readCase() throws IOException {
    try {
      if (!started) {
        started = true;
        JsonToken first = parser.nextToken();
        if (first == null) {
          return null;
        }
        if (first != JsonToken.START_ARRAY) {
          throw JsonErrors.at(resource, parser, 0, "the file holds " + JsonValues.describe(first)
              + ", not an array of cases. " + ONE_ARRAY + " If the file has one case object per"
              + " line, name it .jsonl.");
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        if (parser.nextToken() != null) {
          throw JsonErrors.at(resource, parser, 0, "there is more JSON after the array of cases"
              + " ends. " + ONE_ARRAY);
        }
        return null;
      }
      element++;
      if (token != JsonToken.START_OBJECT) {
        throw JsonErrors.at(resource, parser, 0, "element " + element + " of the array is "
            + JsonValues.describe(token) + ", not a case object. " + ONE_ARRAY);
      }
      return cases.read(parser, 0);
    } catch (JsonProcessingException e) {
      throw JsonErrors.invalidJson(resource, e, 0, "Fix the JSON at this position. " + ONE_ARRAY);
    }
  }

  @Override
  protected String noCasesProblem() {
    return "the file has no cases; add at least one. " + ONE_ARRAY;
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      super.close();
    }
  }
}
