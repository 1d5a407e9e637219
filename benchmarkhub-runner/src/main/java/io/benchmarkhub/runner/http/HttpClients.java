package io.benchmarkhub.runner.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one {@link OkHttpClient} every provider in this JVM shares, so connections and threads are
 * pooled once.
 *
 * <p>Providers derive their own client with {@link #withTimeout(Duration)}; the derived clients
 * share this client's connection pool and dispatcher. The pool and the dispatcher are sized for
 * many concurrent calls to one host, because the runner bounds concurrency itself.
 */
public final class HttpClients {
  /** Calls in flight allowed overall and per host; the runner's scheduler sets the real bound. */
  public static final int MAX_CONCURRENT_CALLS = 256;

  /** How long a provider may take to open a connection, whatever the request timeout. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private HttpClients() {}

  /** Holds the client; the JVM creates it on first use, once. */
  private static final class Holder {
    static final OkHttpClient SHARED = create();

    private static OkHttpClient create() {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
      dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
      return new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .connectionPool(new ConnectionPool(MAX_CONCURRENT_CALLS, 5, TimeUnit.MINUTES))
          .connectTimeout(CONNECT_TIMEOUT)
          .build();
    }
  }

  /** {@return the shared client, with OkHttp's default timeouts} */
  public static OkHttpClient shared() {
    return Holder.SHARED;
  }

  /**
   * {@return a client sharing the pool of {@link #shared()} whose calls end after
   * {@code requestTimeout}}: the whole call, and also each read and write, is bounded by it; the
   * connect timeout is {@link #CONNECT_TIMEOUT}
   *
   * @param requestTimeout the longest one call may take, from connect to the last byte; positive
   */
  public static OkHttpClient withTimeout(Duration requestTimeout) {
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
    }
    return shared().newBuilder()
        .callTimeout(requestTimeout)
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(requestTimeout)
        .writeTimeout(requestTimeout)
        .build();
  }
}
