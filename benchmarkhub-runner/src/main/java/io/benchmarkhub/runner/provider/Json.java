package io.benchmarkhub.runner.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ModelParams;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;

/** The JSON plumbing every wire format shares: one mapper, reader and writer, and small node helpers. */
final class Json {
  /** The only mapper; thread-safe once configured, which happens here. */
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** Reads response bodies as trees. */
  static final ObjectReader READER = MAPPER.reader();
  /** Writes request bodies. */
  static final ObjectWriter WRITER = MAPPER.writer();
  /** {@code application/json}, without a charset parameter (byte bodies are UTF-8 by definition). */
  static final MediaType MEDIA_TYPE = MediaType.get("application/json");

  private Json() {}

  /** {@return a new empty object node} */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@return the text of a string node, or null when the node is missing, null or not a string} */
  static String text(JsonNode node) {
    return node.textValue();
  }

  /** {@return the node as a non-negative count, or 0 when it is missing or not an integer} */
  static long count(JsonNode node) {
    return node.canConvertToLong() && node.asLong() > 0 ? node.asLong() : 0;
  }

  /**
   * Puts the sampling parameters that are set into {@code target}, under the names one API uses.
   *
   * @param names the wire names of temperature, top-p, max tokens and seed; a null name leaves that
   *     parameter out
   */
  static ObjectNode putSampling(ObjectNode target, ModelParams params, SamplingNames names) {
    params.temperature().ifPresent(v -> target.put(names.temperature(), v));
    params.topP().ifPresent(v -> target.put(names.topP(), v));
    params.maxTokens().ifPresent(v -> target.put(names.maxTokens(), v));
    if (names.seed() != null) {
      params.seed().ifPresent(v -> target.put(names.seed(), v));
    }
    return target;
  }

  /** The wire names one API gives to the sampling parameters; {@code seed} may be null. */
  record SamplingNames(String temperature, String topP, String maxTokens, String seed) {}

  /**
   * {@return the JSON Schema of the params as a tree}
   *
   * @throws IllegalArgumentException when no schema is set, or a value in it cannot be written as JSON
   */
  static JsonNode jsonSchema(ModelParams params) {
    Map<String, Object> schema = params.jsonSchema()
        .orElseThrow(() -> new IllegalArgumentException("no JSON schema is set"));
    try {
      return MAPPER.valueToTree(schema);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the JSON schema cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Merges the user's extra fields into a request body: an extra object merges into an object the
   * body already has (e.g. Gemini's {@code generationConfig}, Ollama's {@code options}), unless the
   * field's path is one of {@code replacedWhole}; any other value replaces the field.
   *
   * @param replacedWhole dotted paths of fields (e.g. {@code "response_format"},
   *     {@code "generationConfig.responseSchema"}) that an extra field of the same path replaces
   *     rather than merges into
   * @throws IllegalArgumentException when a value cannot be written as JSON, naming the field
   */
  static void mergeExtra(ObjectNode body, Map<String, Object> extra, Set<String> replacedWhole) {
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      JsonNode value;
      try {
        value = MAPPER.valueToTree(e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("extra field '" + e.getKey() + "' cannot be written as JSON: "
            + e.getValue().getClass().getName(), ex);
      }
      merge(body, e.getKey(), e.getKey(), value, replacedWhole);
    }
  }

  private static void merge(ObjectNode target, String field, String path, JsonNode value, Set<String> replacedWhole) {
    JsonNode existing = target.get(field);
    if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject
        && !replacedWhole.contains(path)) {
      for (Map.Entry<String, JsonNode> f : valueObject.properties()) {
        merge(existingObject, f.getKey(), path + "." + f.getKey(), f.getValue(), replacedWhole);
      }
    } else {
      target.set(field, value);
    }
  }
}
