package io.benchmarkhub.runner;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import java.util.List;
import java.util.Locale;

/**
 * Counts, or estimates, the input tokens of a request before it is sent, for the {@link DryRun}.
 *
 * <p>OpenAI-family models (provider {@code openai}, or a model named {@code gpt-*}, {@code o1*},
 * {@code o3*}, {@code o4*}, {@code chatgpt-*}, also as {@code openai/...} on OpenRouter) are counted
 * exactly with JTokkit: {@code o200k_base} for gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and the o-series,
 * {@code cl100k_base} for older GPT models. Every other model is estimated at one token per four
 * characters, rounded up, which is close for English text and may be off by 30% or more for code or
 * other languages. A request adds {@value #PER_MESSAGE} tokens per message and {@value #PER_REPLY} for
 * the reply, as OpenAI's chat format does. Thread-safe.
 */
final class TokenCounter {
  /** Tokens the chat format adds around each message. */
  static final int PER_MESSAGE = 3;
  /** Tokens the chat format adds to prime the reply. */
  static final int PER_REPLY = 3;
  /** Characters per token when no tokenizer is known. */
  static final int CHARS_PER_TOKEN = 4;

  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

  private TokenCounter() {}

  /** {@return the input tokens of a request of these messages, with the model's system prompt, if any} */
  static long count(ModelRef model, List<Message> messages) {
    long tokens = PER_REPLY;
    if (model.params().systemPrompt().isPresent()) {
      tokens += PER_MESSAGE + countText(model, model.params().systemPrompt().get());
    }
    for (Message m : messages) {
      tokens += PER_MESSAGE + countText(model, m.content());
    }
    return tokens;
  }

  /** {@return the tokens of this text for this model: exact for OpenAI-family models, else an estimate} */
  static long countText(ModelRef model, String text) {
    EncodingType encoding = encoding(model);
    if (encoding == null) {
      return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
    Encoding e = REGISTRY.getEncoding(encoding);
    return e.countTokensOrdinary(text);
  }

  /** {@return how this model's tokens are counted: "o200k_base", "cl100k_base" or "chars/4"} */
  static String method(ModelRef model) {
    EncodingType encoding = encoding(model);
    return encoding == null ? "chars/" + CHARS_PER_TOKEN : encoding.getName();
  }

  /** {@return the JTokkit encoding of an OpenAI-family model, or null for any other model} */
  static EncodingType encoding(ModelRef model) {
    String name = model.model().toLowerCase(Locale.ROOT);
    boolean viaOpenRouter = name.startsWith("openai/");
    name = viaOpenRouter ? name.substring("openai/".length()) : name;
    name = name.startsWith("ft:") ? name.substring(3) : name;
    boolean gpt = name.startsWith("gpt-") || name.startsWith("chatgpt-") || name.matches("o\\d.*");
    if (!gpt && !viaOpenRouter && !model.provider().equals("openai")) {
      return null;
    }
    boolean older = name.startsWith("gpt-3") || name.startsWith("gpt-4") && !name.startsWith("gpt-4o")
        && !name.startsWith("gpt-4.");
    return older ? EncodingType.CL100K_BASE : EncodingType.O200K_BASE;
  }
}
