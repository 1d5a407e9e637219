package io.benchmarkhub.samples;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import java.util.Map;

/**
 * Runs a sample offline by replaying provider responses, or live with {@code -Dsamples.live=true}.
 *
 * <p>Offline, a WireMock server on loopback serves the files under
 * {@code src/test/resources/recordings/mappings}: one response per provider, model and case, in
 * each provider's real wire format, so the real provider code (request building, response mapping,
 * usage and cost) runs end to end. The responses are hand-written fixtures in that format, not
 * captures of the real models: the figures in the summaries illustrate the report, they do not rank
 * the models. Only the base URLs and placeholder keys are changed; the benchmark definitions are
 * exactly what runs live.
 */
final class Recordings {
  private static WireMockServer server;

  private Recordings() {}

  /** {@return the summary of running the benchmark, replayed or live} */
  static RunSummary run(Benchmark.Builder benchmark) {
    if (Boolean.getBoolean("samples.live")) {
      return benchmark.run();
    }
    String base = server().baseUrl();
    return benchmark
        .baseUrl("openai", base + "/openai/v1")
        .baseUrl("openrouter", base + "/openrouter/v1")
        .baseUrl("anthropic", base + "/anthropic")
        .baseUrl("gemini", base + "/gemini")
        .baseUrl("ollama", base + "/ollama")
        .secrets(SecretSource.of(Map.of(
            "OPENAI_API_KEY", "replayed-no-key-needed",
            "OPENROUTER_API_KEY", "replayed-no-key-needed",
            "ANTHROPIC_API_KEY", "replayed-no-key-needed",
            "GEMINI_API_KEY", "replayed-no-key-needed")))
        .run();
  }

  private static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
          .usingFilesUnderClasspath("recordings").containerThreads(32));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "recordings-stop"));
    }
    return server;
  }
}
