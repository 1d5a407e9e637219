package io.benchmarkhub.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LangChain4j failures as {@link ProviderException} kinds, the original always kept as the cause. */
class ErrorsTest {

  @ParameterizedTest
  @CsvSource({"400, BAD_REQUEST", "401, AUTHENTICATION", "403, AUTHENTICATION", "404, NOT_FOUND", "408, TIMEOUT",
      "422, BAD_REQUEST", "429, RATE_LIMITED", "500, SERVER_ERROR", "503, SERVER_ERROR", "529, SERVER_ERROR"})
  void anHttpErrorIsClassifiedByItsStatus(int status, Kind kind) {
    HttpException http = new HttpException(status, "{\"error\": {\"message\": \"nope\"}}");

    ProviderException e = Errors.toBenchmarkHub(new LangChain4jException(http), "m");

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.getCause().getCause()).isSameAs(http);
  }

  @Test
  void theJdksTimeoutsAndConnectionFailuresAreFoundInTheCauseChain() {
    assertThat(Errors.toBenchmarkHub(new RuntimeException(new HttpTimeoutException("request timed out")), "m").kind())
        .isEqualTo(Kind.TIMEOUT);
    assertThat(Errors.toBenchmarkHub(new LangChain4jException(new ConnectException("Connection refused")), "m").kind())
        .isEqualTo(Kind.CONNECTION);
    assertThat(Errors.toBenchmarkHub(new UnresolvedModelServerException("no such host"), "m").kind())
        .isEqualTo(Kind.CONNECTION);
  }

  @Test
  void ourOwnExceptionInsideIsReturnedAsItIs() {
    ProviderException ours = new ProviderException(Kind.QUOTA_EXHAUSTED, "openai: quota");

    assertThat(Errors.toBenchmarkHub(new NonRetriableException("wrapped", ours), "m")).isSameAs(ours);
  }

  @Test
  void theRestIsAServerErrorUnlessLangChain4jCallsItNonRetriable() {
    ProviderException other = Errors.toBenchmarkHub(new IllegalStateException("boom"), "rag-bot");
    assertThat(other.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(other).hasMessage("langchain4j model 'rag-bot' failed: IllegalStateException: boom");
    assertThat(other.httpStatus()).isZero();

    assertThat(Errors.toBenchmarkHub(new NonRetriableException("no"), "m").kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(Errors.toBenchmarkHub(new InvalidRequestException("bad"), "m").kind()).isEqualTo(Kind.BAD_REQUEST);
  }
}
