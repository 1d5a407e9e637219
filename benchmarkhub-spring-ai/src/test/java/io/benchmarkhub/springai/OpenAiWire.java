package io.benchmarkhub.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Responses as OpenAI's Chat Completions API sends them, from the bodies in {@code src/test/resources/openai}. */
public final class OpenAiWire {
  private OpenAiWire() {}

  /** {@return a 200 completion of this text, stopped normally} */
  public static ResponseDefinitionBuilder completion(String text, int promptTokens, int completionTokens) {
    return completion(text, promptTokens, completionTokens, "stop");
  }

  /** {@return a 200 completion of this text with this finish reason} */
  public static ResponseDefinitionBuilder completion(String text, int promptTokens, int completionTokens, String finish) {
    String body = resource("chat-completion.json").replace("${text}", text)
        .replace("${finish_reason}", finish)
        .replace("${prompt_tokens}", Integer.toString(promptTokens))
        .replace("${completion_tokens}", Integer.toString(completionTokens))
        .replace("${total_tokens}", Integer.toString(promptTokens + completionTokens));
    return json(200, body);
  }

  /** {@return a 200 answer calling get_refund_status for order A-1042, finish reason tool_calls} */
  public static ResponseDefinitionBuilder toolCall() {
    return json(200, resource("tool-call.json"));
  }

  /** {@return an error response with one of the stored error bodies, e.g. "rate-limited"} */
  public static ResponseDefinitionBuilder error(int status, String name) {
    return json(status, resource(name + ".json"));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String resource(String name) {
    try (InputStream in = OpenAiWire.class.getResourceAsStream("/openai/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource openai/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
