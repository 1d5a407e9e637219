package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  static final Map<String, Object> SCHEMA = Map.of("type", "object",
      "properties", Map.of("score", Map.of("type", "integer")), "required", List.of("score"));
  static final ModelParams PARAMS = ModelParams.defaults().withTemperature(0).withTopP(0.9).withMaxTokens(64)
      .withSeed(7).withSystemPrompt("Be brief.").withExtra("reasoning_effort", "low");
  static final ChatRequest REQUEST = new ChatRequest("gpt-4o-mini",
      List.of(Message.user("Capital of France?"), Message.assistant("Paris"), Message.user("And Italy?")), PARAMS);

  /**
   * The SHA-256 of {@code {"messages":[{"content":"Capital of France?","role":"user"},{"content":"Paris",
   * "role":"assistant"},{"content":"And Italy?","role":"user"}],"model":"gpt-4o-mini","params":{"extra":
   * {"reasoning_effort":"low"},"maxTokens":64,"seed":7,"systemPrompt":"Be brief.","temperature":0.0,
   * "topP":0.9},"provider":"openai","repeat":1}} (without the line breaks), checked independently with
   * Python's {@code json.dumps(sort_keys=True, separators=(",", ":"))} and {@code hashlib.sha256}.
   */
  @Test
  void isTheSha256OfTheCanonicalRequestAndTheSameInEveryJvm() {
    assertThat(Fingerprint.of("openai", REQUEST, 1).hex())
        .isEqualTo("a263db75232064737074b9bc22812a2f1c2e710c1ce2fbece15c20f0e1980e44");
  }

  /**
   * Parameters with nothing set fingerprint as {@code "params":{}}: the SHA-256 of
   * {@code {"messages":[{"content":"Capital of France?","role":"user"}],"model":"gpt-4o-mini","params":{},
   * "provider":"openai","repeat":1}}, computed with Python as above and by this class before the JSON output
   * option existed, so recordings made before it still match.
   */
  @Test
  void defaultParamsFingerprintAsBefore() {
    assertThat(Fingerprint.of("openai", new ChatRequest("gpt-4o-mini", List.of(Message.user("Capital of France?")),
        ModelParams.defaults()), 1).hex())
        .isEqualTo("5fe116a63b5369dc40569ab21ed3dceaabb86c90732909638f55e4ba59174a1f");
  }

  /**
   * JSON output adds {@code "jsonOutput":true} to the params, and a schema {@code "jsonSchema":{...}} too:
   * the SHA-256 of the request above with {@code "params":{"jsonOutput":true}}, and with
   * {@code "params":{"jsonOutput":true,"jsonSchema":{"properties":{"score":{"type":"integer"}},
   * "required":["score"],"type":"object"}}}, computed with Python.
   */
  @Test
  void jsonOutputAndItsSchemaAreInTheParamsAndTheFingerprint() {
    ChatRequest json = new ChatRequest("gpt-4o-mini", List.of(Message.user("Capital of France?")),
        ModelParams.defaults().withJsonOutput());
    ChatRequest schema = new ChatRequest("gpt-4o-mini", json.messages(), ModelParams.defaults().withJsonOutput(SCHEMA));

    assertThat(RecordingJson.request(json).path("params").toString()).isEqualTo("{\"jsonOutput\":true}");
    assertThat(RecordingJson.request(schema).path("params").toString()).isEqualTo("{\"jsonOutput\":true,"
        + "\"jsonSchema\":{\"properties\":{\"score\":{\"type\":\"integer\"}},\"required\":[\"score\"],"
        + "\"type\":\"object\"}}");
    assertThat(Fingerprint.of("openai", json, 1).hex())
        .isEqualTo("cdfac777120d1457935fc76d099580fee460731cf0b6a4df86ca65fc423f7bfb");
    assertThat(Fingerprint.of("openai", schema, 1).hex())
        .isEqualTo("78732e7cb2593e812c5d8d2c812326cfe78e6c2939bf8164e5eef6309dcce187");
  }

  /**
   * A subject's second send of the same request within a trial adds {@code "occurrence":2} to the canonical
   * JSON: the SHA-256 of the default-params request above with it, computed with Python; a first occurrence
   * adds nothing, so it matches a prompt's request.
   */
  @Test
  void aRepeatedSendWithinATrialIsItsOwnFingerprintAndAFirstSendMatchesAPromptsRequest() {
    ChatRequest request = new ChatRequest("gpt-4o-mini", List.of(Message.user("Capital of France?")),
        ModelParams.defaults());
    com.fasterxml.jackson.databind.node.ObjectNode second = RecordingJson.request(request);
    second.put(Fingerprint.OCCURRENCE, 2);
    com.fasterxml.jackson.databind.node.ObjectNode first = RecordingJson.request(request);
    first.put(Fingerprint.OCCURRENCE, 1);

    assertThat(Fingerprint.of("openai", "gpt-4o-mini", 1, second).hex())
        .isEqualTo("1d2a027d2c0b5aaf6eedbc47c6c556db1b431e2a4c553b3303ffb8c0ac129897");
    assertThat(Fingerprint.of("openai", "gpt-4o-mini", 1, first)).isEqualTo(Fingerprint.of("openai", request, 1));

    Recording r = new Recording(Fingerprint.of("openai", "gpt-4o-mini", 1, second), "openai", "gpt-4o-mini", 1, second,
        io.benchmarkhub.api.Completion.of("Paris"));
    String line = r.toJsonLine();
    assertThat(line).contains("\"occurrence\":2");
    assertThat(Recording.parse(line, CompletionOrigin.REPLAY).fingerprint()).isEqualTo(r.fingerprint());
    assertThatThrownBy(() -> Recording.parse(line.replace("\"occurrence\":2", "\"occurrence\":1"),
        CompletionOrigin.REPLAY)).hasMessage("field 'request.occurrence' must be a whole number >= 2");
  }

  @Test
  void aRecordingWithJsonOutputRoundTripsThroughItsLine() {
    ModelParams params = PARAMS.withJsonOutput(SCHEMA);
    Recording r = TestRecordings.recording("openai", "gpt-4o-mini", "Grade this.", params, 2, "{\"score\": 3}");
    String line = r.toJsonLine();
    assertThat(line).contains("\"jsonOutput\":true", "\"jsonSchema\":{\"properties\"");

    Recording back = Recording.parse(line, CompletionOrigin.REPLAY);
    assertThat(back.fingerprint()).isEqualTo(r.fingerprint())
        .isEqualTo(Fingerprint.of("openai", new ChatRequest("gpt-4o-mini", List.of(Message.user("Grade this.")),
            params), 2));
    assertThat(back.request().toString()).isEqualTo(r.request().toString());
    assertThat(back.toJsonLine()).isEqualTo(line);

    String reordered = line.replace("\"required\":[\"score\"],\"type\":\"object\"",
        "\"type\":\"object\",\"required\":[\"score\"]");
    assertThat(reordered).isNotEqualTo(line);
    assertThat(Recording.parse(reordered, CompletionOrigin.REPLAY).fingerprint()).isEqualTo(r.fingerprint());

    String edited = line.replace("\"type\":\"integer\"", "\"type\":\"number\"");
    assertThat(edited).isNotEqualTo(line);
    assertThatThrownBy(() -> Recording.parse(edited, CompletionOrigin.REPLAY))
        .hasMessageContaining("does not match the request");
  }

  @Test
  void extraFieldsCountWhateverOrderTheyWereSetIn() {
    ModelParams ab = ModelParams.defaults().withExtra("a", Map.of("y", 1, "x", 2)).withExtra("b", true);
    ModelParams ba = ModelParams.defaults().withExtra("b", true).withExtra("a", Map.of("x", 2, "y", 1));
    assertThat(Fingerprint.of("openai", request(ab), 1)).isEqualTo(Fingerprint.of("openai", request(ba), 1));
  }

  @Test
  void changesWithEachPartOfTheRequest() {
    List<UnaryOperator<ModelParams>> paramChanges = List.of(p -> p.withTemperature(1), p -> p.withTopP(0.5),
        p -> p.withMaxTokens(65), p -> p.withSeed(8), p -> p.withSystemPrompt("Be long."),
        p -> p.withExtra("reasoning_effort", "high"), p -> p.withExtra("store", false), p -> p.withJsonOutput(),
        p -> p.withJsonOutput(SCHEMA), p -> p.withJsonOutput(Map.of("type", "object")));
    Stream<Fingerprint> variants = Stream.concat(Stream.of(
            Fingerprint.of("openai", REQUEST, 1),
            Fingerprint.of("openrouter", REQUEST, 1),
            Fingerprint.of("openai", REQUEST, 2),
            Fingerprint.of("openai", new ChatRequest("gpt-4o", REQUEST.messages(), PARAMS), 1),
            Fingerprint.of("openai", new ChatRequest("gpt-4o-mini",
                List.of(Message.user("Capital of France?"), Message.assistant("Paris"), Message.user("And Spain?")),
                PARAMS), 1),
            Fingerprint.of("openai", new ChatRequest("gpt-4o-mini",
                List.of(Message.user("Capital of France?"), Message.user("Paris"), Message.user("And Italy?")),
                PARAMS), 1),
            Fingerprint.of("openai", new ChatRequest("gpt-4o-mini", REQUEST.messages().subList(0, 2), PARAMS), 1),
            Fingerprint.of("openai", new ChatRequest("gpt-4o-mini", REQUEST.messages(), ModelParams.defaults()), 1)),
        paramChanges.stream().map(change -> Fingerprint.of("openai",
            new ChatRequest("gpt-4o-mini", REQUEST.messages(), change.apply(PARAMS)), 1)));
    List<Fingerprint> all = variants.toList();
    Set<Fingerprint> distinct = all.stream().collect(Collectors.toSet());
    assertThat(distinct).hasSize(all.size());
    assertThat(all).allMatch(f -> f.hex().matches("[0-9a-f]{64}"));
  }

  private static ChatRequest request(ModelParams params) {
    return new ChatRequest("m", List.of(Message.user("hi")), params);
  }

  /**
   * The turns of a tool loop add their fields to their message only: the SHA-256 of
   * {@code {"messages":[{"content":"Weather in Paris?","role":"user"},{"content":"","role":"assistant",
   * "toolCalls":[{"arguments":"{\"city\":\"Paris\"}","id":"call_1","name":"get_weather"}]},{"content":"18 C",
   * "role":"tool","toolCallId":"call_1","toolName":"get_weather"}],"model":"gpt-4o-mini","params":{},
   * "provider":"openai","repeat":1,"tools":[{"description":"Current weather","name":"get_weather","parameters":
   * {"properties":{"city":{"type":"string"}},"type":"object"}}]}}, computed with Python as above.
   */
  @Test
  void toolCallsAndToolResultsJoinTheirMessagesAndTheFingerprint() {
    io.benchmarkhub.api.ToolCall call = io.benchmarkhub.api.ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}");
    ChatRequest loop = new ChatRequest("gpt-4o-mini", List.of(Message.user("Weather in Paris?"),
        Message.assistant("", List.of(call)), Message.toolResult("call_1", "get_weather", "18 C")),
        ModelParams.defaults()).withTools(List.of(io.benchmarkhub.api.ToolDefinition.of("get_weather",
            "Current weather", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))))), null);

    assertThat(Fingerprint.of("openai", loop, 1).hex())
        .isEqualTo("ec89f2921bd397d71715ba32185466906445c20f74868289dcff9fd6262273cf");
    assertThat(RecordingJson.request(loop).path("messages").get(0).size()).as("a plain message is as before")
        .isEqualTo(2);
  }
}
