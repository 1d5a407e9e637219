package io.benchmarkhub.author.generate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.benchmarkhub.author.generate.OpenAiGenerationBodies.caseList;
import static io.benchmarkhub.author.generate.OpenAiGenerationBodies.completion;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generation end to end through the real {@code openai} provider against WireMock on loopback: one
 * request is rate limited once (429 with Retry-After), one answer is prose instead of JSON, one is a
 * fenced JSON list, and one case repeats another almost word for word.
 */
class GenerationOverHttpTest {
  private static final String PATH = "/v1/chat/completions";
  private WireMockServer wm;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private void answer(String concept, int request, ResponseDefinitionBuilder response) {
    wm.stubFor(post(urlPathEqualTo(PATH)).atPriority(5).withRequestBody(containing("Concept: " + concept))
        .withRequestBody(containing("This is request " + request + " ")).willReturn(response));
  }

  private static ResponseDefinitionBuilder ok(String content) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(completion(content));
  }

  @Test
  void generatesThroughTheRunnerRetryingA429CountingTheBadAnswerAndToppingUp() {
    answer("billing", 1, ok(caseList(
        "My invoice for March shows two charges for the same plan; which one will be refunded?", "the later charge",
        "Can I switch from monthly to yearly billing in the middle of a cycle?", "yes, prorated",
        "Why was I charged a currency conversion fee on a card payment in euros?", "the card issuer charges it")));
    wm.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).withRequestBody(containing("Concept: billing"))
        .withRequestBody(containing("This is request 1 ")).inScenario("rate").whenScenarioStateIs(STARTED)
        .willSetStateTo("served").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
            .withHeader("Content-Type", "application/json").withBody(OpenAiGenerationBodies.rateLimited())));
    answer("billing", 2, ok("I'm sorry, I can only describe the cases: first, a question about invoices."));
    answer("billing", 3, ok(caseList(
        "Does the annual discount still apply after I add a second user seat?", "yes",
        "Which payment methods can be used for a business account paid by invoice?", "bank transfer or card")));
    answer("shipping", 1, ok(caseList(
        "My invoice for March shows two charges for the same plan; which one will be refunded first?", "the later",
        "How long does standard delivery to the Scottish Highlands take?", "3 to 5 working days",
        "Can a parcel be redirected after it has left the warehouse?", "yes, via the courier link")));
    answer("shipping", 2, ok("```json\n" + caseList(
        "Is express shipping available for orders containing furniture?", "no",
        "What happens if nobody is home when the courier arrives with my sofa?", "a second attempt is booked")
        + "\n```"));
    answer("shipping", 3, ok(caseList(
        "Do you ship replacement parts to addresses outside the EU?", "yes, to the UK and Norway")));

    GenerationResult r = LlmCaseGenerator.builder().name("support").domain("customer support of an online shop")
        .design(new BenchmarkDesign(TaskType.QUESTION_ANSWERING, List.of("billing", "shipping"), List.of("easy"),
            List.of()))
        .count(10).perRequest(3).edgeShare(0).model("openai:gpt-4o-mini").seed(7).temperature(0.9)
        .secrets(SecretSource.of(Map.of("OPENAI_API_KEY", "sk-test-gen-0123")))
        .setting("openai.base-url", wm.baseUrl() + "/v1").setting("cache", "false")
        .setting("retry.initial-backoff", "5").setting("run-dir", dir.toString()).quiet().build().generate();

    GenerationReport report = r.report();
    assertThat(r.cases()).hasSize(10);
    assertThat(report.accepted()).isEqualTo(10);
    assertThat(report.unparseableAnswers()).isEqualTo(1);
    assertThat(report.nearDuplicates()).isEqualTo(1);
    assertThat(report.failedRequests()).isEmpty();
    assertThat(report.requests()).isEqualTo(6);
    assertThat(report.rounds()).isEqualTo(2);
    assertThat(report.inputTokens()).isEqualTo(6 * 412);
    assertThat(report.costUsd()).isPositive(); // gpt-4o-mini has a list price
    assertThat(wm.countRequestsMatching(postRequestedFor(urlPathEqualTo(PATH)).build()).getCount()).isEqualTo(7);
    wm.verify(7, postRequestedFor(urlPathEqualTo(PATH))
        .withRequestBody(WireMock.matchingJsonPath("$.response_format.type", WireMock.equalTo("json_object")))
        .withRequestBody(WireMock.matchingJsonPath("$.seed", WireMock.equalTo("7"))));
    assertThat(r.cases()).extracting(TestCase::input)
        .contains("Is express shipping available for orders containing furniture?")
        .doesNotContain("My invoice for March shows two charges for the same plan; which one will be refunded first?");
    assertThat(r.cases()).extracting(TestCase::id).containsExactly("support-0001", "support-0002", "support-0003",
        "support-0004", "support-0005", "support-0006", "support-0007", "support-0008", "support-0009", "support-0010");
    assertThat(r.cases()).allSatisfy(c -> assertThat(c.metadata()).containsEntry("generator", "openai:gpt-4o-mini"));
    assertThat(report.toText()).doesNotContain("sk-test-gen-0123");
  }
}
