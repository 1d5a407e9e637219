package io.benchmarkhub.author.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published JSON Schema of benchmark files accepts the examples and refuses what the loader refuses. */
class BenchmarkFileSchemaTest {
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = BenchmarkFile.class.getClassLoader().getResourceAsStream(BenchmarkFile.SCHEMA_RESOURCE)) {
      JsonNode node = new ObjectMapper().readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> { }).getSchema(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Error> errors(Path file) throws IOException {
    ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
    return SCHEMA.validate(mapper.readTree(file.toFile()));
  }

  @Test
  void theExamplesValidate() throws IOException {
    assertThat(errors(BenchmarkFileTest.example("support-intent.benchmark.yaml"))).isEmpty();
    assertThat(errors(BenchmarkFileTest.example("capitals.benchmark.json"))).isEmpty();
  }

  @Test
  void theSchemaRefusesAnUnknownFieldAJudgeTypoAModelWithoutProviderAndAGateOutOfRange() throws IOException {
    String yaml = Files.readString(BenchmarkFileTest.example("support-intent.benchmark.yaml"));
    Path dir = Files.createTempDirectory("schema");
    for (String[] change : new String[][] {{"prompt: |", "promt: |"}, {"- exact:", "- exactt:"},
        {"- openai:gpt-4o-mini", "- gpt-4o-mini"}, {"passRate: 0.85", "passRate: 85"}}) {
      Path file = Files.writeString(dir.resolve("b.yaml"), yaml.replace(change[0], change[1]));
      assertThat(errors(file)).as(change[1]).isNotEmpty();
    }
  }
}
