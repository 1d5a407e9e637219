package io.benchmarkhub.runner.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

  @Test
  void sharedClientIsOneInstanceAllowingManyCallsPerHost() {
    assertThat(HttpClients.shared()).isSameAs(HttpClients.shared());
    assertThat(HttpClients.shared().dispatcher().getMaxRequestsPerHost()).isEqualTo(HttpClients.MAX_CONCURRENT_CALLS);
    assertThat(HttpClients.shared().dispatcher().getMaxRequests()).isEqualTo(HttpClients.MAX_CONCURRENT_CALLS);
  }

  @Test
  void derivedClientSharesThePoolAndTakesTheRequestTimeout() {
    OkHttpClient client = HttpClients.withTimeout(Duration.ofSeconds(42));
    assertThat(client.connectionPool()).isSameAs(HttpClients.shared().connectionPool());
    assertThat(client.dispatcher()).isSameAs(HttpClients.shared().dispatcher());
    assertThat(client.callTimeoutMillis()).isEqualTo(42_000);
    assertThat(client.readTimeoutMillis()).isEqualTo(42_000);
    assertThat(client.connectTimeoutMillis()).isEqualTo(10_000);
  }

  @Test
  void nonPositiveTimeoutIsRejected() {
    assertThatThrownBy(() -> HttpClients.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestTimeout");
  }
}
