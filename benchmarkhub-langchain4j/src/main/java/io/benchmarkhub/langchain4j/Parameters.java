package io.benchmarkhub.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.benchmarkhub.api.ModelParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Converts request parameters between LangChain4j's {@link ChatRequestParameters} and our
 * {@link ModelParams}: temperature, top-p, the output token limit and the JSON response format (with or
 * without a schema). The model name of a LangChain4j request is ignored on the way in (the trial's model
 * is fixed); top-k, penalties and stop sequences have no {@link ModelParams} field and are refused
 * rather than dropped. Tools and the tool choice are not parameters here: {@link Tools} converts them.
 */
final class Parameters {
  /** The schema name our JSON output asks for on the OpenAI wire; used for LangChain4j's {@link JsonSchema} too. */
  static final String SCHEMA_NAME = "answer";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Parameters() {}

  /**
   * {@return the overrides a LangChain4j request asks for, to merge over the trial model's parameters}
   *
   * @throws UnsupportedFeatureException naming every parameter that has no BenchmarkHub form
   */
  static UnaryOperator<ModelParams> overrides(ChatRequestParameters p) {
    List<String> unsupported = new ArrayList<>();
    if (p.topK() != null) unsupported.add("topK");
    if (p.frequencyPenalty() != null) unsupported.add("frequencyPenalty");
    if (p.presencePenalty() != null) unsupported.add("presencePenalty");
    if (p.stopSequences() != null && !p.stopSequences().isEmpty()) unsupported.add("stopSequences");
    if (!unsupported.isEmpty()) {
      throw new UnsupportedFeatureException("the BenchmarkHub model handle cannot send " + String.join(", ", unsupported)
          + "; set provider-specific options on the benchmark's model instead, e.g. "
          + ".model(\"openai:gpt-4o-mini\", p -> p.withExtra(\"frequency_penalty\", 0.5))");
    }
    Double temperature = p.temperature();
    Double topP = p.topP();
    Integer maxTokens = p.maxOutputTokens();
    ResponseFormat format = p.responseFormat();
    return params -> {
      ModelParams out = params;
      if (temperature != null) out = out.withTemperature(temperature);
      if (topP != null) out = out.withTopP(topP);
      if (maxTokens != null) out = out.withMaxTokens(maxTokens);
      if (format != null && format.type() == ResponseFormatType.JSON) {
        out = format.jsonSchema() == null || format.jsonSchema().rootElement() == null ? out.withJsonOutput()
            : out.withJsonOutput(JsonSchemaElementUtils.toMap(format.jsonSchema().rootElement()));
      }
      return out;
    };
  }

  /**
   * {@return LangChain4j's parameters for ours} The system prompt is not a parameter there: the caller
   * puts it first in the messages. Seed and extra body fields have no LangChain4j form and are not sent;
   * set them on the LangChain4j model itself.
   */
  static ChatRequestParameters toLangChain4j(ModelParams p) {
    DefaultChatRequestParameters.Builder<?> b = ChatRequestParameters.builder();
    p.temperature().ifPresent(b::temperature);
    p.topP().ifPresent(b::topP);
    p.maxTokens().ifPresent(b::maxOutputTokens);
    if (p.jsonOutput()) {
      b.responseFormat(p.jsonSchema().map(Parameters::responseFormat).orElse(ResponseFormat.JSON));
    }
    return b.build();
  }

  private static ResponseFormat responseFormat(Map<String, Object> schema) {
    try {
      JsonRawSchema raw = JsonRawSchema.builder().schema(JSON.writeValueAsString(schema)).build();
      return ResponseFormat.builder().type(ResponseFormatType.JSON)
          .jsonSchema(JsonSchema.builder().name(SCHEMA_NAME).rootElement(raw).build()).build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the JSON schema cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
