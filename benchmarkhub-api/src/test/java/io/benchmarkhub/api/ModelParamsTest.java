package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelParamsTest {
  static final Map<String, Object> SCHEMA = Map.of("type", "object",
      "properties", Map.of("score", Map.of("type", "integer")), "required", List.of("score"));

  @Test
  void jsonOutputIsOffByDefault() {
    ModelParams p = ModelParams.defaults();
    assertThat(p.jsonOutput()).isFalse();
    assertThat(p.jsonSchema()).isEmpty();
    assertThat(p).hasToString("{}");
  }

  @Test
  void withJsonOutputAsksForJsonWithoutASchema() {
    ModelParams p = ModelParams.defaults().withTemperature(0).withJsonOutput();
    assertThat(p.jsonOutput()).isTrue();
    assertThat(p.jsonSchema()).isEmpty();
    assertThat(p.temperature()).hasValue(0.0);
    assertThat(p).hasToString("{temperature=0.0, jsonOutput}");
  }

  @Test
  void withASchemaAsksForJsonFollowingIt() {
    ModelParams p = ModelParams.defaults().withJsonOutput(SCHEMA);
    assertThat(p.jsonOutput()).isTrue();
    assertThat(p.jsonSchema()).hasValue(SCHEMA);
    assertThat(p.toString()).startsWith("{jsonSchema={").endsWith("}").doesNotContain("jsonOutput,")
        .hasSizeLessThanOrEqualTo("{jsonSchema=}".length() + 40);
  }

  @Test
  void theLastJsonOptionWinsAndOtherParamsAreKept() {
    ModelParams p = ModelParams.defaults().withSeed(7).withJsonOutput(SCHEMA).withJsonOutput().withMaxTokens(9);
    assertThat(p.jsonOutput()).isTrue();
    assertThat(p.jsonSchema()).isEmpty();
    assertThat(p.seed()).hasValue(7);
    assertThat(p.maxTokens()).hasValue(9);
    assertThat(ModelParams.defaults().withJsonOutput().withJsonOutput(SCHEMA).jsonSchema()).hasValue(SCHEMA);
  }

  @Test
  void jsonOutputAndItsSchemaCountInEqualsAndHashCode() {
    ModelParams base = ModelParams.defaults().withTemperature(0.5);
    ModelParams json = base.withJsonOutput();
    ModelParams schema = base.withJsonOutput(SCHEMA);
    ModelParams otherSchema = base.withJsonOutput(Map.of("type", "object"));

    assertThat(json).isNotEqualTo(base);
    assertThat(schema).isNotEqualTo(json).isNotEqualTo(base).isNotEqualTo(otherSchema);
    assertThat(base.withJsonOutput()).isEqualTo(json).hasSameHashCodeAs(json);
    Map<String, Object> sameSchema = new HashMap<>(SCHEMA);
    assertThat(base.withJsonOutput(sameSchema)).isEqualTo(schema).hasSameHashCodeAs(schema);
    assertThat(ModelParams.defaults().withJsonOutput().withTemperature(0.5)).isEqualTo(json);
  }

  @Test
  void theSchemaIsADeepUnmodifiableCopy() {
    List<Object> required = new ArrayList<>(List.of("score"));
    Map<String, Object> properties = new LinkedHashMap<>(Map.of("score", Map.of("type", "integer")));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    ModelParams p = ModelParams.defaults().withJsonOutput(schema);

    schema.put("type", "array");
    properties.put("reason", Map.of("type", "string"));
    required.add("reason");
    assertThat(p.jsonSchema()).hasValue(SCHEMA);

    Map<String, Object> kept = p.jsonSchema().orElseThrow();
    assertThatThrownBy(() -> kept.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> keptProperties = (Map<String, Object>) kept.get("properties");
    assertThatThrownBy(() -> keptProperties.clear()).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> keptRequired = (List<Object>) kept.get("required");
    assertThatThrownBy(() -> keptRequired.add("y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsANullEmptyOrNonStringKeyedSchema() {
    assertThatThrownBy(() -> ModelParams.defaults().withJsonOutput(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ModelParams.defaults().withJsonOutput(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withJsonOutput()");
    assertThatThrownBy(() -> ModelParams.defaults().withJsonOutput(Map.of("properties", Map.of(1, "x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema.properties");
  }

  @Test
  void aSchemaMayHoldJsonNulls() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("default", null);
    assertThat(ModelParams.defaults().withJsonOutput(schema).jsonSchema().orElseThrow()).containsEntry("default", null);
  }
}
