package io.benchmarkhub.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our parameters and messages as a LangChain4j model receives them (the provider direction). */
class ParametersTest {

  @Test
  void setParametersAreSentAndUnsetOnesLeftToTheModel() {
    ChatRequestParameters p = Parameters.toLangChain4j(ModelParams.defaults().withTemperature(0.2).withTopP(0.8)
        .withMaxTokens(100).withSeed(3).withExtra("reasoning_effort", "low"));

    assertThat(p.temperature()).isEqualTo(0.2);
    assertThat(p.topP()).isEqualTo(0.8);
    assertThat(p.maxOutputTokens()).isEqualTo(100);
    assertThat(p.responseFormat()).isNull();
    assertThat(p.modelName()).as("the LangChain4j model's own name applies").isNull();

    ChatRequestParameters none = Parameters.toLangChain4j(ModelParams.defaults());
    assertThat(none.temperature()).isNull();
    assertThat(none.maxOutputTokens()).isNull();
  }

  @Test
  void jsonOutputIsLangChain4jsJsonFormatWithTheSchemaWhenThereIsOne() {
    assertThat(Parameters.toLangChain4j(ModelParams.defaults().withJsonOutput()).responseFormat())
        .isEqualTo(ResponseFormat.JSON);

    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("intent", Map.of("type", "string")),
        "required", List.of("intent"), "additionalProperties", false);
    ResponseFormat f = Parameters.toLangChain4j(ModelParams.defaults().withJsonOutput(schema)).responseFormat();

    assertThat(f.type()).isEqualTo(ResponseFormatType.JSON);
    assertThat(f.jsonSchema().name()).isEqualTo("answer");
    assertThat(JsonSchemaElementUtils.toMap(f.jsonSchema().rootElement())).isEqualTo(schema);
  }

  @Test
  void messagesKeepTheirRolesAndOrder() {
    assertThat(Messages.toLangChain4j(List.of(Message.system("S"), Message.user("U"), Message.assistant("A"))))
        .containsExactly(SystemMessage.from("S"), UserMessage.from("U"), AiMessage.from("A"));
  }
}
