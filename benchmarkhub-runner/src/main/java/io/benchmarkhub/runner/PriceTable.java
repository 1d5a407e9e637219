package io.benchmarkhub.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.BenchmarkException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * List prices per provider and model, read from JSON: the built-in {@value #BUILT_IN} resource,
 * merged with the user's file named by the setting {@value #SETTING}, if any.
 *
 * <p>The format (the same for the built-in table and an override file):
 * <pre>{@code
 * {
 *   "asOf": "2025-12-01",                 // optional: when the prices were read
 *   "source": "where they come from",     // optional
 *   "providers": {
 *     "openai": {
 *       "gpt-4o-mini": {"input": 0.15, "output": 0.60, "cachedInput": 0.075, "note": "optional"}
 *     },
 *     "ollama": {"*": {"input": 0, "output": 0}}
 *   }
 * }
 * }</pre>
 * Prices are US dollars per million tokens; {@code input} and {@code output} are required,
 * {@code cachedInput} and {@code note} optional, and any other field in an entry is an error (a typo
 * must not silently price a model at nothing). An override entry replaces the built-in entry of the
 * same provider and key; every other built-in entry stays.
 *
 * <p>Matching, for provider {@code p} and model {@code m} (keys and ids compared in lower case):
 * the entry {@code p.m} exactly; else the longest key of {@code p} that {@code m} starts with, so
 * {@code gpt-4o-mini-2024-07-18} finds {@code gpt-4o-mini} and {@code claude-3-5-haiku-latest} finds
 * {@code claude-3-5-haiku}; else the key {@code "*"} of {@code p}; else no price (the cost stays
 * unknown). Immutable and thread-safe.
 */
final class PriceTable {
  /** The built-in table, a classpath resource. */
  static final String BUILT_IN = "/io/benchmarkhub/runner/prices.json";
  /** The setting that names an override file: a path, or {@code classpath:name}. */
  static final String SETTING = "prices";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ENTRY_FIELDS = Set.of("input", "output", "cachedInput", "note");

  /** Provider id, then lower-case model key, to price. */
  private final Map<String, Map<String, Price>> byProvider;
  private final String asOf;

  private PriceTable(Map<String, Map<String, Price>> byProvider, String asOf) {
    this.byProvider = byProvider;
    this.asOf = asOf;
  }

  /**
   * {@return the built-in table merged with the file the {@value #SETTING} setting names, if set}
   *
   * @throws BenchmarkException naming the file when it is missing, unreadable or not of the format
   */
  static PriceTable load(Settings settings) {
    PriceTable builtIn = builtIn();
    Optional<String> override = settings.get(SETTING);
    return override.isEmpty() ? builtIn : builtIn.mergedWith(read(override.get()));
  }

  /** {@return the table shipped with BenchmarkHub} */
  static PriceTable builtIn() {
    try (InputStream in = PriceTable.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + BUILT_IN + " is missing from benchmarkhub-runner");
      }
      return parse(in, "classpath:" + BUILT_IN.substring(1));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + BUILT_IN, e);
    }
  }

  /**
   * {@return the table in a file: a path, or {@code classpath:name}}
   *
   * @throws BenchmarkException naming the file when it is missing, unreadable or not of the format
   */
  static PriceTable read(String location) {
    if (location.startsWith("classpath:")) {
      String name = location.substring("classpath:".length());
      String resource = name.startsWith("/") ? name.substring(1) : name;
      ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
          ? Thread.currentThread().getContextClassLoader() : PriceTable.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new BenchmarkException("price file " + location + " (setting benchmarkhub." + SETTING
              + ") is not on the classpath: put it under src/test/resources or name a file path.");
        }
        return parse(in, location);
      } catch (IOException e) {
        throw new BenchmarkException("cannot read price file " + location + ": " + e.getMessage(), e);
      }
    }
    Path path = Path.of(location);
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in, path.toAbsolutePath().toString());
    } catch (NoSuchFileException e) {
      throw new BenchmarkException("price file " + path.toAbsolutePath() + " (setting benchmarkhub." + SETTING
          + ") does not exist: fix the path or unset the setting to use the built-in prices.", e);
    } catch (IOException e) {
      throw new BenchmarkException("cannot read price file " + path.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return the table in this JSON}
   *
   * @param where the file's name, for messages
   * @throws BenchmarkException naming the file and the entry when it is not of the format
   */
  static PriceTable parse(InputStream in, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BenchmarkException("price file " + where + " is not valid JSON"
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new BenchmarkException("cannot read price file " + where + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("providers").isObject()) {
      throw new BenchmarkException("price file " + where + " needs an object \"providers\": "
          + "{\"<provider>\": {\"<model>\": {\"input\": <USD per 1M>, \"output\": <USD per 1M>}}}.");
    }
    Map<String, Map<String, Price>> byProvider = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> ps = root.get("providers").fields(); ps.hasNext(); ) {
      Map.Entry<String, JsonNode> provider = ps.next();
      if (!provider.getValue().isObject()) {
        throw new BenchmarkException("price file " + where + ": providers." + provider.getKey()
            + " must be an object of models.");
      }
      Map<String, Price> models = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> ms = provider.getValue().fields(); ms.hasNext(); ) {
        Map.Entry<String, JsonNode> model = ms.next();
        String entry = "providers." + provider.getKey() + "." + model.getKey();
        models.put(model.getKey().toLowerCase(Locale.ROOT), price(model.getValue(), where, entry));
      }
      byProvider.put(provider.getKey(), models);
    }
    return new PriceTable(byProvider, root.path("asOf").asText("unknown date"));
  }

  private static Price price(JsonNode node, String where, String entry) {
    if (!node.isObject()) {
      throw new BenchmarkException("price file " + where + ": " + entry + " must be an object like "
          + "{\"input\": 0.15, \"output\": 0.60}.");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENTRY_FIELDS.contains(name)) {
        throw new BenchmarkException("price file " + where + ": " + entry + " has an unknown field '" + name
            + "'; the fields are input, output, cachedInput and note.");
      }
    }
    try {
      OptionalDouble cached = node.has("cachedInput")
          ? OptionalDouble.of(number(node, "cachedInput")) : OptionalDouble.empty();
      return new Price(number(node, "input"), number(node, "output"), cached);
    } catch (IllegalArgumentException e) {
      throw new BenchmarkException("price file " + where + ": " + entry + ": " + e.getMessage()
          + " (USD per million tokens).", e);
    }
  }

  private static double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("'" + field + "' must be a number >= 0, was " + (v == null ? "missing" : v));
    }
    return v.asDouble();
  }

  /** {@return this table with every entry of the other added, replacing an entry of the same provider and key} */
  PriceTable mergedWith(PriceTable other) {
    Map<String, Map<String, Price>> merged = new LinkedHashMap<>();
    byProvider.forEach((p, models) -> merged.put(p, new LinkedHashMap<>(models)));
    other.byProvider.forEach((p, models) -> merged.computeIfAbsent(p, k -> new LinkedHashMap<>()).putAll(models));
    return new PriceTable(Collections.unmodifiableMap(merged), asOf + " (with overrides as of " + other.asOf + ")");
  }

  /** {@return the price of a model, by the matching rules of this class; empty when there is none} */
  Optional<Price> lookup(String provider, String model) {
    Map<String, Price> models = byProvider.get(provider);
    if (models == null) {
      return Optional.empty();
    }
    String id = model.toLowerCase(Locale.ROOT);
    Price exact = models.get(id);
    if (exact != null) {
      return Optional.of(exact);
    }
    String best = null;
    for (String key : models.keySet()) {
      if (!key.equals("*") && id.startsWith(key) && (best == null || key.length() > best.length())) {
        best = key;
      }
    }
    return Optional.ofNullable(models.get(best != null ? best : "*"));
  }

  /** {@return when the prices were read, e.g. "2025-12-01"} */
  String asOf() {
    return asOf;
  }
}
