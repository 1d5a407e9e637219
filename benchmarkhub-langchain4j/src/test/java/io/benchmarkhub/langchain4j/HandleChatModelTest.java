package io.benchmarkhub.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The trial's handle as a LangChain4j {@link ChatModel}: what reaches the handle, and what comes back. */
class HandleChatModelTest {

  /** A handle that records its last call and answers with a fixed completion, or fails. */
  static class FakeHandle implements ModelHandle {
    final ModelRef model = ModelRef.parse("openai:gpt-4o-mini")
        .withParams(ModelParams.defaults().withTemperature(0.7).withSeed(7));
    Completion answer = new Completion("Paris", FinishReason.STOP, Duration.ofMillis(5), Usage.of(21, 2).withCost(0.01),
        "gpt-4o-mini-2024-07-18");
    ProviderException failure;
    List<Message> messages;
    ModelParams sent;
    List<ToolDefinition> tools;
    io.benchmarkhub.api.ToolChoice choice;

    @Override
    public ModelRef model() {
      return model;
    }

    @Override
    public Completion complete(List<Message> messages) throws ProviderException {
      return complete(messages, UnaryOperator.identity());
    }

    @Override
    public Completion complete(List<Message> messages, UnaryOperator<ModelParams> overrides) throws ProviderException {
      this.messages = messages;
      this.sent = overrides.apply(model.params());
      if (failure != null) {
        throw failure;
      }
      return answer;
    }

    @Override
    public Completion complete(List<Message> messages, List<ToolDefinition> tools, io.benchmarkhub.api.ToolChoice choice,
        UnaryOperator<ModelParams> overrides) throws ProviderException {
      this.tools = tools;
      this.choice = choice;
      return complete(messages, overrides);
    }
  }

  @Test
  void toolsAreOfferedAndTheToolTurnsOfALoopTravelBothWays() {
    ToolSpecification weather = ToolSpecification.builder().name("get_weather").description("Current weather")
        .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build()).build();
    handle.answer = new Completion("", FinishReason.TOOL_CALLS, Duration.ofMillis(5), Usage.of(40, 12), null,
        io.benchmarkhub.api.CompletionOrigin.LIVE, List.of(ToolCall.of("call_2", "get_weather", "{\"city\":\"Lyon\"}")));
    ToolExecutionRequest paris = ToolExecutionRequest.builder().id("call_1").name("get_weather")
        .arguments("{\"city\":\"Paris\"}").build();

    ChatResponse r = model.chat(ChatRequest.builder()
        .messages(UserMessage.from("Weather in Paris, then Lyon?"), AiMessage.from(paris),
            ToolExecutionResultMessage.from(paris, "18 C"))
        .parameters(ChatRequestParameters.builder().toolSpecifications(weather)
            .toolChoice(dev.langchain4j.model.chat.request.ToolChoice.REQUIRED).build())
        .build());

    assertThat(handle.tools).containsExactly(ToolDefinition.of("get_weather", "Current weather", Map.of("type", "object",
        "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"))));
    assertThat(handle.choice).isEqualTo(io.benchmarkhub.api.ToolChoice.required());
    assertThat(handle.messages).containsExactly(Message.user("Weather in Paris, then Lyon?"),
        Message.assistant("", List.of(ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}"))),
        Message.toolResult("call_1", "get_weather", "18 C"));
    assertThat(r.aiMessage().toolExecutionRequests()).containsExactly(ToolExecutionRequest.builder().id("call_2")
        .name("get_weather").arguments("{\"city\":\"Lyon\"}").build());
    assertThat(r.finishReason()).isEqualTo(dev.langchain4j.model.output.FinishReason.TOOL_EXECUTION);
  }

  private final FakeHandle handle = new FakeHandle();
  private final ChatModel model = LangChain4jModels.chatModel(handle);

  @Test
  void aConversationReachesTheHandleAsTextMessagesInOrder() {
    model.chat(SystemMessage.from("Be brief."), UserMessage.from("Capital of France?"), AiMessage.from("Paris."),
        UserMessage.from(List.of(TextContent.from("And of "), TextContent.from("Italy?"))));

    assertThat(handle.messages).containsExactly(Message.system("Be brief."), Message.user("Capital of France?"),
        Message.assistant("Paris."), Message.user("And of Italy?"));
    assertThat(handle.sent).as("no overrides: the trial model's own parameters").isEqualTo(handle.model.params());
  }

  @Test
  void textTokensFinishReasonAndServedModelComeBack() {
    handle.answer = new Completion("cut sh", FinishReason.LENGTH, Duration.ZERO, Usage.of(30, 4), null);

    ChatResponse r = model.chat(UserMessage.from("Write a poem"));

    assertThat(r.aiMessage().text()).isEqualTo("cut sh");
    assertThat(r.tokenUsage()).isEqualTo(new TokenUsage(30, 4));
    assertThat(r.finishReason()).isEqualTo(dev.langchain4j.model.output.FinishReason.LENGTH);
    assertThat(r.modelName()).as("the trial's model when none was reported").isEqualTo("gpt-4o-mini");
    assertThat(model.chat(UserMessage.from("x")).modelName()).isEqualTo("gpt-4o-mini");
    handle.answer = new Completion("ok", FinishReason.STOP, Duration.ZERO, Usage.NONE, "gpt-4o-mini-2024-07-18");
    assertThat(model.chat(UserMessage.from("x")).modelName()).isEqualTo("gpt-4o-mini-2024-07-18");
  }

  @Test
  void requestParametersAreMergedOverTheTrialModelsOwn() {
    model.chat(ChatRequest.builder().messages(UserMessage.from("Answer in JSON"))
        .parameters(ChatRequestParameters.builder().modelName("gpt-4o").temperature(0.0).topP(0.9)
            .maxOutputTokens(64).responseFormat(ResponseFormat.JSON).build())
        .build());

    assertThat(handle.sent).isEqualTo(ModelParams.defaults().withTemperature(0).withSeed(7).withTopP(0.9)
        .withMaxTokens(64).withJsonOutput());
  }

  @Test
  void aJsonSchemaResponseFormatIsSentAsTheSchema() {
    JsonSchema schema = JsonSchema.builder().name("City").rootElement(JsonObjectSchema.builder()
        .addStringProperty("name").required("name").build()).build();

    model.chat(ChatRequest.builder().messages(UserMessage.from("A city as JSON"))
        .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build()).build());

    assertThat(handle.sent.jsonOutput()).isTrue();
    assertThat(handle.sent.jsonSchema()).hasValueSatisfying(s -> {
      assertThat(s).containsEntry("type", "object").containsEntry("required", List.of("name"));
      assertThat(s.get("properties")).isEqualTo(Map.of("name", Map.of("type", "string")));
    });
  }

  @Test
  void whatTheHandleCannotSendIsRefusedNotDropped() {
    assertThat(catchThrowableOfType(UnsupportedFeatureException.class, () -> model.chat(ChatRequest.builder()
        .messages(UserMessage.from("hi")).parameters(ChatRequestParameters.builder().topK(5).stopSequences("END")
            .build()).build())))
        .hasMessageContaining("topK, stopSequences");
    assertThat(catchThrowableOfType(UnsupportedFeatureException.class, () -> model.chat(UserMessage.from("hi"),
        UserMessage.from(TextContent.from("What is this?"), ImageContent.from("https://example.com/cat.png")))))
        .hasMessageContaining("message 2 is a user message with IMAGE content");
    assertThat(handle.messages).as("nothing was sent").isNull();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aProviderFailureIsALangChain4jExceptionWhoseCauseIsOurs(Kind kind) {
    handle.failure = new ProviderException(kind, 503, "openai: HTTP 503: overloaded", null, null);

    LangChain4jException e = catchThrowableOfType(LangChain4jException.class, () -> model.chat("hi"));

    assertThat(e.getCause()).isSameAs(handle.failure);
    assertThat(e).hasMessage("openai: HTTP 503: overloaded");
    Class<? extends LangChain4jException> expected = switch (kind) {
      case AUTHENTICATION -> AuthenticationException.class;
      case BAD_REQUEST -> InvalidRequestException.class;
      case NOT_FOUND -> dev.langchain4j.exception.ModelNotFoundException.class;
      case RATE_LIMITED -> RateLimitException.class;
      case SERVER_ERROR -> InternalServerException.class;
      case TIMEOUT -> TimeoutException.class;
      case QUOTA_EXHAUSTED -> NonRetriableException.class;
      case CONNECTION, MALFORMED_RESPONSE -> RetriableException.class;
    };
    assertThat(e).isExactlyInstanceOf(expected);
    assertThat(e instanceof RetriableException).as("LangChain4j's retriable family matches our kind")
        .isEqualTo(kind.retryable());
  }

  @Test
  void whatTheRunnerStopsPassesThroughUnchanged() {
    ModelHandle stopped = new FakeHandle() {
      @Override
      public Completion complete(List<Message> messages, UnaryOperator<ModelParams> overrides) {
        throw new IllegalStateException("budget reached");
      }
    };

    assertThat(catchThrowableOfType(IllegalStateException.class, () -> LangChain4jModels.chatModel(stopped).chat("hi")))
        .hasMessage("budget reached");
  }
}
