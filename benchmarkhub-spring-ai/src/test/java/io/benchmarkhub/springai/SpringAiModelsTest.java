package io.benchmarkhub.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/** The trial's model handle seen as a Spring AI ChatModel, directly and through a ChatClient. */
class SpringAiModelsTest {

  /** A handle for openai:gpt-4o-mini at temperature 0.7 that records each call and answers as told. */
  static final class RecordingHandle implements ModelHandle {
    final List<List<Message>> messages = new ArrayList<>();
    final List<ModelParams> params = new ArrayList<>();
    private final ModelRef model = ModelRef.parse("openai:gpt-4o-mini")
        .withParams(ModelParams.defaults().withTemperature(0.7));
    Completion answer = new Completion("Refunds take 30 days.", FinishReason.LENGTH, Duration.ofMillis(5),
        Usage.of(21, 7), "gpt-4o-mini-2024-07-18");
    ProviderException failure;
    /** Answers given before {@link #answer}, one per call, in order. */
    final java.util.Deque<Completion> first = new java.util.ArrayDeque<>();
    final List<List<ToolDefinition>> tools = new ArrayList<>();

    @Override
    public ModelRef model() {
      return model;
    }

    @Override
    public Completion complete(List<Message> conversation) throws ProviderException {
      return complete(conversation, UnaryOperator.identity());
    }

    @Override
    public Completion complete(List<Message> conversation, UnaryOperator<ModelParams> overrides)
        throws ProviderException {
      messages.add(conversation);
      params.add(overrides.apply(model.params()));
      if (failure != null) {
        throw failure;
      }
      return first.isEmpty() ? answer : first.poll();
    }

    @Override
    public Completion complete(List<Message> conversation, List<ToolDefinition> offered, ToolChoice choice,
        UnaryOperator<ModelParams> overrides) throws ProviderException {
      tools.add(offered);
      return complete(conversation, overrides);
    }
  }

  /** The user's tool, run by the ChatClient when the model asks for it. */
  static final class RefundTools {
    @Tool(description = "Status of the refund of an order")
    String refundStatus(@ToolParam(description = "The order id, e.g. A-1042") String orderId) {
      return "{\"order\": \"" + orderId + "\", \"status\": \"sent\"}";
    }
  }

  /** The name Spring AI gives the tool's parameter: the method's, or arg0 when compiled without -parameters. */
  private static final String ORDER_ID = RefundTools.class.getDeclaredMethods()[0].getParameters()[0].getName();

  @Test
  void aChatClientsToolLoopRunsThroughTheHandle() {
    String arguments = "{\"" + ORDER_ID + "\":\"A-1042\"}";
    handle.first.add(new Completion("", FinishReason.TOOL_CALLS, Duration.ofMillis(5), Usage.of(60, 14), null,
        CompletionOrigin.LIVE, List.of(ToolCall.of("call_7", "refundStatus", arguments))));
    handle.answer = Completion.of("Your refund for A-1042 was sent.");

    String answer = ChatClient.builder(chatModel).defaultAdvisors(ToolCallingAdvisor.builder().build()).build()
        .prompt().user("Where is my refund for A-1042?")
        .tools(new RefundTools()).call().content();

    assertThat(answer).isEqualTo("Your refund for A-1042 was sent.");
    assertThat(handle.tools).hasSize(2).allSatisfy(offered -> assertThat(offered).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("refundStatus");
      assertThat(t.description()).isEqualTo("Status of the refund of an order");
      assertThat(t.parameters()).containsEntry("type", "object").containsEntry("required", List.of(ORDER_ID));
    }));
    List<Message> second = handle.messages.get(1);
    assertThat(second).hasSize(3);
    assertThat(second.subList(0, 2)).containsExactly(Message.user("Where is my refund for A-1042?"),
        Message.assistant("", List.of(ToolCall.of("call_7", "refundStatus", arguments))));
    assertThat(second.get(2).role()).isEqualTo(Message.Role.TOOL);
    assertThat(second.get(2).toolCallId()).hasValue("call_7");
    assertThat(second.get(2).toolName()).hasValue("refundStatus");
    assertThat(second.get(2).content()).contains("A-1042").contains("sent");
  }

  private final RecordingHandle handle = new RecordingHandle();
  private final ChatModel chatModel = SpringAiModels.chatModel(handle);

  @Test
  void aPromptsMessagesAndOptionsBecomeOneCallThroughTheHandle() {
    Prompt prompt = new Prompt(List.of(new SystemMessage("You answer refund questions."),
        new UserMessage("How long?"), new AssistantMessage("For what?"), new UserMessage("A jacket.")),
        ChatOptions.builder().model("ignored-model").temperature(0.0).topP(0.5).maxTokens(64).build());

    ChatResponse response = chatModel.call(prompt);

    assertThat(handle.messages).containsExactly(List.of(Message.system("You answer refund questions."),
        Message.user("How long?"), Message.assistant("For what?"), Message.user("A jacket.")));
    ModelParams sent = handle.params.get(0);
    assertThat(sent.temperature()).hasValue(0.0);
    assertThat(sent.topP()).hasValue(0.5);
    assertThat(sent.maxTokens()).hasValue(64);
    assertThat(response.getResult().getOutput().getText()).isEqualTo("Refunds take 30 days.");
    assertThat(response.getResult().getMetadata().getFinishReason()).isEqualTo("LENGTH");
    assertThat(response.getMetadata().getModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(response.getMetadata().getUsage().getPromptTokens()).isEqualTo(21);
    assertThat(response.getMetadata().getUsage().getCompletionTokens()).isEqualTo(7);
    assertThat(response.getMetadata().getUsage().getTotalTokens()).isEqualTo(28);
  }

  @Test
  void withoutOptionsTheTrialModelsOwnParametersApply() {
    chatModel.call(new Prompt("How long?"));

    assertThat(handle.params).containsExactly(ModelParams.defaults().withTemperature(0.7));
    assertThat(chatModel.getOptions().getModel()).isEqualTo("gpt-4o-mini");
    assertThat(chatModel.getOptions().getTemperature()).isEqualTo(0.7);
  }

  @Test
  void aChatClientOverTheHandleSendsItsSystemUserAndOptions() {
    ChatClient client = ChatClient.builder(chatModel).defaultSystem("You answer refund questions.").build();

    String answer = client.prompt().user("How long do refunds take?")
        .options(ChatOptions.builder().maxTokens(32)).call().content();

    assertThat(answer).isEqualTo("Refunds take 30 days.");
    assertThat(handle.messages).containsExactly(
        List.of(Message.system("You answer refund questions."), Message.user("How long do refunds take?")));
    assertThat(handle.params.get(0).maxTokens()).hasValue(32);
    assertThat(handle.params.get(0).temperature()).hasValue(0.7);
  }

  @Test
  void toolCallsInTheAnswerBecomeTheAssistantMessagesToolCalls() {
    handle.answer = new Completion("", FinishReason.TOOL_CALLS, Duration.ZERO, Usage.of(5, 9), null,
        CompletionOrigin.REPLAY, List.of(ToolCall.of("call_1", "get_refund_status", "{\"order_id\":\"A-1042\"}")));

    ChatResponse response = chatModel.call(new Prompt("Where is my refund for A-1042?"));

    assertThat(response.hasToolCalls()).isTrue();
    assertThat(response.getResult().getOutput().getToolCalls()).containsExactly(
        new AssistantMessage.ToolCall("call_1", "function", "get_refund_status", "{\"order_id\":\"A-1042\"}"));
    assertThat(response.getResult().getMetadata().getFinishReason()).isEqualTo("TOOL_CALLS");
  }

  @Test
  void streamingAnswersWithTheWholeAnswerAsOneChunk() {
    List<ChatResponse> chunks = chatModel.stream(new Prompt("How long?")).collectList().block();

    assertThat(chunks).singleElement()
        .satisfies(r -> assertThat(r.getResult().getOutput().getText()).isEqualTo("Refunds take 30 days."));
  }

  @Test
  void aProviderErrorIsTheCauseOfTheExceptionTheApplicationSees() {
    handle.failure = new ProviderException(ProviderException.Kind.RATE_LIMITED, 429,
        "openai: HTTP 429 rate limited", Duration.ofSeconds(20), null);
    ChatClient client = ChatClient.create(chatModel);

    assertThatThrownBy(() -> client.prompt().user("How long?").call().content())
        .isInstanceOf(ModelCallException.class)
        .hasMessage("openai: HTTP 429 rate limited")
        .hasCause(handle.failure)
        .satisfies(e -> assertThat(((ModelCallException) e).kind()).isEqualTo(ProviderException.Kind.RATE_LIMITED));
  }

  @Test
  void whatTheHandleCannotCarryFailsTheCallNamingIt() {
    assertThatThrownBy(() -> chatModel.call(new Prompt("Stop at a full stop.",
        ChatOptions.builder().stopSequences(List.of(".")).topK(5).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stopSequences, topK")
        .hasMessageContaining("ModelParams.withExtra");
    assertThat(handle.messages).as("nothing was sent").isEmpty();
  }
}
