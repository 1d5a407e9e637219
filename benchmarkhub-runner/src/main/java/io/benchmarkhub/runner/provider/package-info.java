/**
 * The built-in providers: {@code openai}, {@code openrouter}, {@code openai-compatible},
 * {@code anthropic}, {@code gemini} and {@code ollama}, each a {@link io.benchmarkhub.api.ProviderFactory}
 * registered with {@link java.util.ServiceLoader}, plus {@link
 * io.benchmarkhub.runner.provider.OpenAiCompatibleProvider} to add more OpenAI-compatible services.
 *
 * <p>Every provider sends one synchronous JSON request per call over the shared client of
 * {@link io.benchmarkhub.runner.http.HttpClients}, measures latency to the last byte, and classifies
 * failures the same way (see the package's {@code HttpErrors}). Keys are read when a provider is
 * created and never appear in messages: error text quoted from a provider has the key masked.
 */
package io.benchmarkhub.runner.provider;
