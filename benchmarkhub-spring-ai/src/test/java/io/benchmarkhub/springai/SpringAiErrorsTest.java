package io.benchmarkhub.springai;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;

/** Spring AI's retry exceptions, which carry the status only in their message, and the types without one. */
class SpringAiErrorsTest {

  private static Kind kind(Throwable t) {
    ProviderException e = SpringAiErrors.classify("spring-ai", "m", t);
    return e == null ? null : e.kind();
  }

  @Test
  void springAisDefaultErrorHandlerMessagesAreClassifiedByTheirStatus() {
    assertThat(kind(new NonTransientAiException("429 - {\"error\": {\"code\": \"rate_limit_exceeded\"}}")))
        .isEqualTo(Kind.RATE_LIMITED);
    assertThat(kind(new NonTransientAiException("429 - {\"error\": {\"code\": \"insufficient_quota\"}}")))
        .isEqualTo(Kind.QUOTA_EXHAUSTED);
    assertThat(kind(new NonTransientAiException("401 - Incorrect API key provided"))).isEqualTo(Kind.AUTHENTICATION);
    assertThat(kind(new TransientAiException("503 - upstream connect error"))).isEqualTo(Kind.SERVER_ERROR);
  }

  @Test
  void withoutAStatusTheTypeDecides() {
    assertThat(kind(new TransientAiException("overloaded"))).isEqualTo(Kind.SERVER_ERROR);
    assertThat(kind(new NonTransientAiException("bad prompt"))).isEqualTo(Kind.BAD_REQUEST);
    assertThat(kind(new RuntimeException("call failed", new SocketTimeoutException("read timed out"))))
        .isEqualTo(Kind.TIMEOUT);
    assertThat(kind(new IllegalStateException("a bug in the application"))).as("not a provider error").isNull();
  }

  @Test
  void aProviderExceptionInTheChainIsKeptAsItIs() {
    ProviderException inner = new ProviderException(Kind.QUOTA_EXHAUSTED, "openai: quota");
    assertThat(SpringAiErrors.classify("spring-ai", "m", new ModelCallException(inner))).isSameAs(inner);
  }
}
