package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ProviderFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every built-in provider shares, run against WireMock on loopback: how each failure
 * is classified, that the key never leaks, that the base URL and timeouts are honoured. Each
 * provider's test extends this with its own wire shapes and its own request and response tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderContract {
  /** The key used unless a test says otherwise. */
  static final String KEY = "sk-test-key-0001";
  /** A key no message, cause or log line may contain. */
  static final String SENTINEL = "sk-SENTINEL-0123456789abcdef";
  /** A judge's answer schema, valid in OpenAI's strict subset. */
  static final Map<String, Object> SCHEMA = Map.of("type", "object",
      "properties", Map.of("score", Map.of("type", "integer"), "reason", Map.of("type", "string")),
      "required", List.of("score", "reason"), "additionalProperties", false);
  /** {@link #SCHEMA} as JSON. */
  static final String SCHEMA_JSON = """
      {"type": "object", "properties": {"score": {"type": "integer"}, "reason": {"type": "string"}},
       "required": ["score", "reason"], "additionalProperties": false}""";

  WireMockServer wm;

  @BeforeAll
  void startServer() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterAll
  void stopServer() {
    wm.stop();
  }

  @BeforeEach
  void resetServer() {
    wm.resetAll();
  }

  // ---- what each provider supplies ----

  /** {@return the factory under test} */
  abstract ProviderFactory factory();

  /** {@return the variable holding the key, or null when the provider takes none} */
  abstract String keyVariable();

  /** {@return whether the provider refuses to start without its key} */
  boolean keyRequired() {
    return keyVariable() != null;
  }

  /** {@return what follows WireMock's root in the base-url setting, e.g. "/v1" or ""} */
  abstract String basePath();

  /** {@return the model the tests ask for} */
  abstract String model();

  /** {@return the path requests for {@link #model()} go to} */
  abstract String requestPath();

  /** {@return a real successful response body answering {@code text}} */
  abstract String okBody(String text);

  /** {@return a 2xx body with no answer in it (e.g. empty choices)} */
  abstract String noAnswerBody();

  /** {@return the problem the message states for {@link #noAnswerBody()}, e.g. "returned no choices"} */
  abstract String noAnswerProblem();

  /** {@return the provider's error body for this status and message} */
  abstract String errorBody(int status, String message);

  /** {@return a 429 body saying a quota or spend limit is used up, or null when the provider has none} */
  abstract String quotaBody();

  // ---- helpers ----

  TestContext context() {
    TestContext context = TestContext.of(factory().id()).setting("base-url", wm.baseUrl() + basePath());
    return keyVariable() == null ? context : context.secret(keyVariable(), KEY);
  }

  Provider provider() {
    return factory().create(context());
  }

  ChatRequest request() {
    return new ChatRequest(model(), List.of(Message.user("What is the capital of France?")), ModelParams.defaults());
  }

  /** {@return a one-message request asking for JSON, with these params} */
  ChatRequest jsonRequest(ModelParams params) {
    return new ChatRequest(model(), List.of(Message.user("Grade it. Answer in JSON.")), params);
  }

  void stub(ResponseDefinitionBuilder response) {
    wm.stubFor(post(urlPathEqualTo(requestPath())).willReturn(response));
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ProviderException failure(Provider provider, ChatRequest request) {
    try {
      Completion c = provider.complete(request);
      return fail("expected a ProviderException, got " + c);
    } catch (ProviderException e) {
      return e;
    }
  }

  ProviderException failure() {
    return failure(provider(), request());
  }

  ProviderException failureFor(int status, String body) {
    stub(json(status, body));
    return failure();
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  // ---- the contract ----

  @Test
  void answersThroughTheBaseUrlSetting() throws Exception {
    stub(json(200, okBody("Paris")));
    Completion completion = provider().complete(request());
    assertThat(completion.text()).isEqualTo("Paris");
    assertThat(completion.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(completion.latency()).isPositive();
    wm.verify(1, postRequestedFor(urlPathEqualTo(requestPath())));
  }

  @Test
  void trailingSlashesOnTheBaseUrlAreTolerated() throws Exception {
    stub(json(200, okBody("Paris")));
    Provider provider = factory().create(context().setting("base-url", wm.baseUrl() + basePath() + "//"));
    assertThat(provider.complete(request()).text()).isEqualTo("Paris");
    wm.verify(1, postRequestedFor(urlPathEqualTo(requestPath())));
  }

  @Test
  void unauthorizedNamesTheKeyVariableNotTheKey() {
    boolean keyed = keyVariable() != null;
    ProviderException e = failureFor(401, errorBody(401, "invalid key " + (keyed ? KEY : "none")));
    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.getMessage()).contains(factory().id(), "HTTP 401", "invalid key");
    if (keyed) {
      assertThat(e.getMessage()).contains(keyVariable(), "invalid key ***").doesNotContain(KEY);
    }
  }

  @Test
  void forbiddenIsAnAuthenticationErrorNamingTheKeyVariable() {
    ProviderException e = failureFor(403, errorBody(403, "this key has no access to the model"));
    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.kind().retryable()).isFalse();
    assertThat(e.getMessage()).contains("HTTP 403", "this key has no access to the model");
    if (keyVariable() != null) {
      assertThat(e.getMessage()).contains(keyVariable());
    }
  }

  @Test
  void unknownModelIsNotFoundNamingTheModel() {
    ProviderException e = failureFor(404, errorBody(404, "no such model here"));
    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(e.getMessage()).contains(factory().id(), "HTTP 404", "model '" + model() + "' not found",
        "check the model name", "no such model here");
  }

  @Test
  void badRequestSurfacesTheProvidersErrorText() {
    ProviderException e = failureFor(400, errorBody(400, "temperature: must be at most 2"));
    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.getMessage()).contains(factory().id(), "HTTP 400", "temperature: must be at most 2");
  }

  @Test
  void unprocessableEntityIsABadRequest() {
    ProviderException e = failureFor(422, errorBody(422, "messages: field required"));
    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.getMessage()).contains("HTTP 422", "messages: field required");
  }

  @Test
  void longErrorTextIsCutToFiveHundredCharacters() {
    String longText = "x".repeat(5_000);
    ProviderException e = failureFor(400, errorBody(400, longText));
    assertThat(e.getMessage()).contains("x".repeat(400)).doesNotContain("x".repeat(501));
  }

  @Test
  void rateLimitCarriesRetryAfterSeconds() {
    stub(json(429, errorBody(429, "too many requests per minute")).withHeader("Retry-After", "17"));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.kind().retryable()).isTrue();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
    assertThat(e.getMessage()).contains("HTTP 429", "too many requests per minute");
  }

  @Test
  void rateLimitCarriesRetryAfterGivenAsAnHttpDate() {
    String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
    stub(json(429, errorBody(429, "slow down")).withHeader("Retry-After", inTwoMinutes));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).hasValueSatisfying(wait ->
        assertThat(wait).isGreaterThan(Duration.ofSeconds(60)).isLessThanOrEqualTo(Duration.ofSeconds(120)));
  }

  @Test
  void spentQuotaIsQuotaExhaustedNotRateLimited() {
    assumeTrue(quotaBody() != null, "the provider has no quota");
    ProviderException e = failureFor(429, quotaBody());
    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
    assertThat(e.kind().retryable()).isFalse();
    assertThat(e.getMessage()).contains("HTTP 429", "quota or spend limit exhausted");
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 502, 503, 504, 529})
  void serverErrorsAndOverloadAreRetryableServerErrors(int status) {
    ProviderException e = failureFor(status, errorBody(status, "the server had an error"));
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.kind().retryable()).isTrue();
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.getMessage()).contains("HTTP " + status, "the server had an error");
  }

  @Test
  void serviceUnavailableCarriesRetryAfter() {
    stub(json(503, errorBody(503, "overloaded")).withHeader("Retry-After", "5"));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
  }

  @Test
  void htmlErrorPageIsQuotedAsText() {
    stub(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.getMessage()).contains("502 Bad Gateway");
  }

  @Test
  void invalidJsonIsAMalformedResponse() {
    ProviderException e = failureFor(200, "{\"id\": \"abc\", \"choices\": [tru");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains(factory().id(), "HTTP 200", "not valid JSON");
  }

  @Test
  void emptyBodyIsAMalformedResponse() {
    ProviderException e = failureFor(200, "");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("empty");
  }

  @Test
  void answerWithoutContentIsAMalformedResponse() {
    ProviderException e = failureFor(200, noAnswerBody());
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.kind().retryable()).isTrue();
    assertThat(e.getMessage()).contains(factory().id(), noAnswerProblem());
  }

  @Test
  void connectionRefusedIsAConnectionError() throws IOException {
    Provider provider = factory().create(context().setting("base-url", "http://127.0.0.1:" + closedPort()));
    ProviderException e = failure(provider, request());
    assertThat(e.kind()).isEqualTo(Kind.CONNECTION);
    assertThat(e.kind().retryable()).isTrue();
    assertThat(e.httpStatus()).isZero();
    assertThat(e.getMessage()).contains(factory().id(), "cannot connect to http://127.0.0.1:");
  }

  @Test
  void connectionResetIsAConnectionError() {
    stub(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.CONNECTION);
    assertThat(e.getMessage()).contains(factory().id());
  }

  @Test
  void garbledChunkIsAConnectionError() {
    stub(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.CONNECTION);
  }

  @Test
  void bodyEndingBeforeItsContentLengthIsAConnectionError() throws IOException {
    try (CutShortServer server = new CutShortServer(okBody("Paris"))) {
      Provider provider = factory().create(context().setting("base-url", server.baseUrl() + basePath()));
      ProviderException e = failure(provider, request());
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.CONNECTION);
      assertThat(e.getMessage()).contains(factory().id(), "unexpected end of stream");
    }
  }

  @Test
  void responseSlowerThanTheRequestTimeoutIsATimeout() {
    stub(json(200, okBody("late")).withFixedDelay(3_000));
    Provider provider = factory().create(context().timeout(Duration.ofMillis(300)));
    ProviderException e = failure(provider, request());
    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.kind().retryable()).isTrue();
    assertThat(e.getMessage()).contains(factory().id(), "300 ms");
  }

  @Test
  void missingKeyFailsAtCreationNamingTheVariableBeforeAnyRequest() {
    assumeTrue(keyRequired(), "the provider needs no key");
    TestContext noKey = TestContext.of(factory().id()).setting("base-url", wm.baseUrl() + basePath());
    assertThatThrownBy(() -> factory().create(noKey))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining(keyVariable());
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void echoedKeyAppearsInNoMessageCauseOrLogLine() throws Exception {
    assumeTrue(keyVariable() != null, "the provider sends no key");
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    List<ProviderException> failures = new ArrayList<>();
    System.setOut(capture);
    System.setErr(capture);
    try {
      Provider provider = factory().create(context().secret(keyVariable(), SENTINEL));
      assertThat(provider.toString()).doesNotContain(SENTINEL);
      failures.add(failureOf(provider, json(401, errorBody(401, "Incorrect API key provided: " + SENTINEL))));
      failures.add(failureOf(provider, json(400, errorBody(400, "bad value near " + SENTINEL + " in request"))));
      failures.add(failureOf(provider, json(429, errorBody(429, "slow down, " + SENTINEL)).withHeader("request-id", SENTINEL)));
      failures.add(failureOf(provider, json(200, "{\"echo\": " + SENTINEL + "}")));
      failures.add(failureOf(provider, json(200, "{\"error\": {\"message\": \"key " + SENTINEL + "\"}}")));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    wm.verify(postRequestedFor(urlPathEqualTo(requestPath())).withHeader(keyHeader(), equalTo(keyHeaderValue(SENTINEL))));
    assertThat(failures).hasSize(5);
    assertThat(failures.subList(0, 3)).allSatisfy(e -> assertThat(e.getMessage()).contains(Redactor.MASK));
    assertThat(failures.get(4).getMessage()).contains(Redactor.MASK);
    assertThat(failures).allSatisfy(e -> {
      assertThat(e.getMessage()).doesNotContain(SENTINEL);
      assertThat(e.toString()).doesNotContain(SENTINEL);
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(SENTINEL);
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        assertThat(t.getMessage()).doesNotContain(SENTINEL);
        assertThat(t.toString()).doesNotContain(SENTINEL);
      }
    });
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(SENTINEL);
  }

  /** {@return the header the key travels in} */
  String keyHeader() {
    return "Authorization";
  }

  /** {@return the value of {@link #keyHeader()} for this key} */
  String keyHeaderValue(String key) {
    return "Bearer " + key;
  }

  private ProviderException failureOf(Provider provider, ResponseDefinitionBuilder response) {
    wm.resetAll();
    stub(response);
    return failure(provider, request());
  }
}
