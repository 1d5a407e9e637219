package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a manifest against its JSON Schema ({@value PackageManifest#SCHEMA_RESOURCE}), then what a schema cannot
 * say: that the licence is a known SPDX id. Every problem is {@code <where>: $.<field>: <what is wrong>}.
 */
final class ManifestSchema {
  private static final Schema SCHEMA = load();

  private ManifestSchema() {}

  /** {@return the problems of {@code manifest}, each prefixed by {@code where} (the file); empty when none} */
  static List<String> problems(JsonNode manifest, String where) {
    List<String> out = new ArrayList<>();
    for (Error e : SCHEMA.validate(manifest)) {
      String location = String.valueOf(e.getInstanceLocation());
      String message = e.getMessage();
      // networknt starts its message with the location; say it once.
      if (message.startsWith(location + ": ")) {
        message = message.substring(location.length() + 2);
      }
      out.add(where + ": " + location + ": " + message);
    }
    JsonNode license = manifest.path("license");
    if (license.isTextual()) {
      Licences.problem(license.asText()).ifPresent(p -> out.add(where + ": $.license: " + p));
    }
    return out;
  }

  private static Schema load() {
    try (InputStream in = ManifestSchema.class.getClassLoader().getResourceAsStream(
        PackageManifest.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PackageManifest.SCHEMA_RESOURCE);
      }
      JsonNode node = ManifestJson.MAPPER.readTree(in);
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH)
          .locale(Locale.ENGLISH).build();
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(config)).getSchema(node);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
