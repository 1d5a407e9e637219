package io.benchmarkhub.author.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a benchmark file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), into {@link SpecNode}s
 * that remember their line, column and field path. Syntax errors name the file, line and column.
 */
final class SpecReader {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper WRITER = new ObjectMapper();

  private final String file;

  private SpecReader(String file) {
    this.file = file;
  }

  /**
   * {@return the file's root value}
   *
   * @throws BenchmarkFileException for a missing or unreadable file, an unknown extension, a syntax error
   */
  static SpecNode read(Path path) {
    String file = path.toString();
    String lower = file.toLowerCase(Locale.ROOT);
    JsonFactory factory = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML
        : lower.endsWith(".json") ? JSON : null;
    if (factory == null) {
      throw new BenchmarkFileException(file, 0, 0, "", "a benchmark file ends in .yaml, .yml or .json", null);
    }
    SpecReader reader = new SpecReader(file);
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        JsonParser parser = factory.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BenchmarkFileException(file, 1, 1, "", "the file is empty: start with 'name: my-benchmark'", null);
      }
      SpecNode root = reader.value(parser, "");
      if (parser.nextToken() != null) {
        throw reader.at(parser.currentTokenLocation(), "more than one document: keep one benchmark per file");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
        throw new BenchmarkFileException(file, y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1,
            "", "not valid YAML: " + y.getProblem() + (y.getContext() == null ? "" : " (" + y.getContext() + ")"), e);
      }
      JsonLocation where = e.getLocation();
      throw new BenchmarkFileException(file, where == null ? 0 : where.getLineNr(), where == null ? 0
          : where.getColumnNr(), "", "not valid " + (factory == YAML ? "YAML" : "JSON") + ": "
          + e.getOriginalMessage().strip(), e);
    } catch (NoSuchFileException e) {
      throw new BenchmarkFileException(file, 0, 0, "", "no such file (looked for " + path.toAbsolutePath() + ")", e);
    } catch (CharacterCodingException e) {
      throw new BenchmarkFileException(file, 0, 0, "", "not UTF-8 text: save the file as UTF-8", e);
    } catch (IOException e) {
      throw new BenchmarkFileException(file, 0, 0, "", "cannot be read: " + e, e);
    }
  }

  /** {@return an object of the file as JSON text}, e.g. a JSON Schema written inline in YAML */
  static String json(SpecNode object) {
    try {
      return WRITER.writeValueAsString(object.plain());
    } catch (JsonProcessingException e) {
      throw object.error("cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private SpecNode value(JsonParser p, String path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        SpecNode node = new SpecNode(file, path, line, column, SpecNode.Kind.OBJECT, null);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation key = p.currentTokenLocation();
          p.nextToken();
          node.addField(name, key.getLineNr(), key.getColumnNr(), value(p, node.childPath(name)));
        }
        return node;
      }
      case START_ARRAY -> {
        SpecNode node = new SpecNode(file, path, line, column, SpecNode.Kind.ARRAY, null);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.addItem(value(p, node.itemPath(i++)));
        }
        return node;
      }
      case VALUE_STRING -> {
        return new SpecNode(file, path, line, column, SpecNode.Kind.TEXT, p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new SpecNode(file, path, line, column, SpecNode.Kind.NUMBER, p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new SpecNode(file, path, line, column, SpecNode.Kind.BOOLEAN, t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return new SpecNode(file, path, line, column, SpecNode.Kind.NULL, null);
      }
      default -> throw at(at, "unexpected " + t + " (YAML anchors, tags and binary values are not supported)");
    }
  }

  private BenchmarkFileException at(JsonLocation where, String problem) {
    return new BenchmarkFileException(file, where.getLineNr(), where.getColumnNr(), "", problem, null);
  }
}
