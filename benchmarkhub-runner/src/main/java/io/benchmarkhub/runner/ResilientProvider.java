package io.benchmarkhub.runner;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Provider} that retries, fails fast while its provider is down and keeps to a request rate,
 * with Resilience4j, as its {@link ResiliencePolicy} says. One instance serves one provider id for a
 * whole run; the runner wraps every live provider with it, replays never reach it. Thread-safe.
 *
 * <p>Each request goes through three guards, outermost first:
 * <ol>
 *   <li><b>Retry.</b> Only {@linkplain Kind#retryable() retryable} kinds are retried (RATE_LIMITED,
 *       SERVER_ERROR including Anthropic's 529, TIMEOUT, CONNECTION, MALFORMED_RESPONSE);
 *       AUTHENTICATION, BAD_REQUEST, NOT_FOUND and QUOTA_EXHAUSTED end the trial at once. The wait
 *       before attempt n+1 is {@code max(Retry-After, initial × 2^(n-1) ± 50%)}, never above the max
 *       backoff. Retrying stops after the max attempts, or when the next wait would pass the trial's
 *       time budget; the last error is then thrown, its message starting "after N attempts: ".</li>
 *   <li><b>Rate limit</b> per model: {@code rpm} requests per minute, evenly spaced; every attempt
 *       takes a permit.</li>
 *   <li><b>Circuit breaker</b> per provider: it opens when at least half of the attempts of the last 60 s
 *       (once 20 were made) found the provider failing: SERVER_ERROR, TIMEOUT, CONNECTION,
 *       MALFORMED_RESPONSE, and also AUTHENTICATION and QUOTA_EXHAUSTED, which hold for every request
 *       with that key. BAD_REQUEST and NOT_FOUND are the request's fault and RATE_LIMITED means "slower",
 *       not "down", so they are not counted. A window of time rather than of the last N
 *       attempts keeps a burst of timeouts, which all end together, from opening it while most
 *       requests succeed. Open, it rejects every attempt for 30 s, then lets 3
 *       through to probe. A rejected attempt ends the trial at once with a SERVER_ERROR saying so: it
 *       neither waits for the breaker nor retries, so a dead provider costs no time.</li>
 * </ol>
 */
final class ResilientProvider implements Provider {
  private static final Logger log = LoggerFactory.getLogger(ResilientProvider.class);
  private static final double JITTER = 0.5;
  private static final Duration OPEN_FOR = Duration.ofSeconds(30);
  private static final Set<Kind> NOT_COUNTED_BY_BREAKER = EnumSet.of(Kind.BAD_REQUEST, Kind.NOT_FOUND,
      Kind.RATE_LIMITED);

  private final String providerId;
  private final Provider delegate;
  private final ResiliencePolicy policy;
  private final Sleeper sleeper;
  private final LongSupplier nanoClock;
  private final IntervalFunction backoff;
  /** Null when the policy turns it off. */
  private final CircuitBreaker breaker;
  private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
  private volatile long openedAtNanos;

  ResilientProvider(String providerId, Provider delegate, ResiliencePolicy policy, Sleeper sleeper,
      LongSupplier nanoClock) {
    this.providerId = providerId;
    this.delegate = delegate;
    this.policy = policy;
    this.sleeper = sleeper;
    this.nanoClock = nanoClock;
    this.backoff = IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(), 2, JITTER,
        policy.maxBackoff());
    this.breaker = policy.circuitBreaker() ? breaker() : null;
  }

  /**
   * {@return the provider guarded as the settings say for its id}, or the provider itself when they turn
   * every guard off ({@code retry.max-attempts=1}, {@code circuit-breaker=false}, no {@code rpm})
   *
   * @throws io.benchmarkhub.api.BenchmarkException naming a setting whose value is invalid
   */
  static Provider of(String providerId, Provider delegate, Settings settings) {
    ResiliencePolicy policy = ResiliencePolicy.of(settings, providerId);
    return policy.passThrough() ? delegate
        : new ResilientProvider(providerId, delegate, policy, Sleeper.THREAD, System::nanoTime);
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    return new Call(request).run();
  }

  private CircuitBreaker breaker() {
    CircuitBreaker b = CircuitBreaker.of(providerId, CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
        .slidingWindowSize(60)
        .minimumNumberOfCalls(20)
        .failureRateThreshold(50)
        .waitDurationInOpenState(OPEN_FOR)
        .permittedNumberOfCallsInHalfOpenState(3)
        // slow answers are normal for reasoning models: only failures open the breaker
        .slowCallDurationThreshold(Duration.ofDays(1))
        .ignoreException(e -> !(e instanceof ProviderException p) || NOT_COUNTED_BY_BREAKER.contains(p.kind()))
        .build());
    b.getEventPublisher().onStateTransition(e -> {
      if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
        openedAtNanos = nanoClock.getAsLong();
        log.warn("provider '{}' is failing ({} of the last {} requests); not calling it for {}", providerId,
            b.getMetrics().getNumberOfFailedCalls(), b.getMetrics().getNumberOfBufferedCalls(), describe(OPEN_FOR));
      }
    });
    return b;
  }

  private RateLimiter limiter(String model) {
    return RateLimiter.of(providerId + ":" + model, RateLimiterConfig.custom()
        .limitForPeriod(1)
        .limitRefreshPeriod(Duration.ofNanos(Duration.ofMinutes(1).toNanos() / policy.requestsPerMinute()))
        .timeoutDuration(policy.totalTimeout())
        .build());
  }

  private static boolean retryable(Throwable e) {
    return e instanceof ProviderException p && p.kind().retryable() && !(p instanceof CircuitOpen);
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The error of an attempt the open circuit breaker rejected; never retried. */
  private static final class CircuitOpen extends ProviderException {
    private static final long serialVersionUID = 1L;

    CircuitOpen(String message) {
      super(Kind.SERVER_ERROR, message);
    }
  }

  /** One request with its attempts and its time budget; Resilience4j asks it how long to wait. */
  private final class Call implements IntervalBiFunction<Completion> {
    private final ChatRequest request;
    private final long deadlineNanos;
    private int attempts;
    /** Why retrying stopped before the max attempts, or null. */
    private String stoppedBecause;

    Call(ChatRequest request) {
      this.request = request;
      this.deadlineNanos = nanoClock.getAsLong() + policy.totalTimeout().toNanos();
    }

    Completion run() throws ProviderException {
      Retry retry = Retry.of(providerId, RetryConfig.<Completion>custom()
          .maxAttempts(policy.maxAttempts())
          .retryOnException(ResilientProvider::retryable)
          .intervalBiFunction(this)
          .build());
      try {
        return retry.executeCheckedSupplier(this::attempt);
      } catch (ProviderException e) {
        if (attempts == 1 && stoppedBecause == null) {
          throw e;
        }
        String prefix = "after " + attempts + (attempts == 1 ? " attempt" : " attempts")
            + (stoppedBecause == null ? "" : " (" + stoppedBecause + ")") + ": ";
        throw new ProviderException(e.kind(), e.httpStatus(), prefix + e.getMessage(), e.retryAfter().orElse(null), e);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new UndeclaredThrowableException(e);
      }
    }

    private Completion attempt() throws ProviderException {
      attempts++;
      awaitRateLimit();
      if (breaker == null) {
        return delegate.complete(request);
      }
      try {
        return breaker.executeCheckedSupplier(() -> delegate.complete(request));
      } catch (CallNotPermittedException e) {
        long closedInNanos = openedAtNanos + OPEN_FOR.toNanos() - nanoClock.getAsLong();
        throw new CircuitOpen("circuit open for " + providerId + ": " + breaker.getMetrics().getNumberOfFailedCalls()
            + " recent failures; not calling it for " + Math.max(1, (closedInNanos + 999_999_999) / 1_000_000_000)
            + "s");
      } catch (ProviderException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new UndeclaredThrowableException(e);
      }
    }

    private void awaitRateLimit() throws ProviderException {
      if (policy.requestsPerMinute() == 0) {
        return;
      }
      long waitNanos = limiters.computeIfAbsent(request.model(), ResilientProvider.this::limiter).reservePermission();
      if (waitNanos < 0) {
        throw new ProviderException(Kind.RATE_LIMITED, "client rate limit for " + providerId + ":" + request.model()
            + " (" + policy.requestsPerMinute() + " requests per minute) has no slot within " + describe(
            policy.totalTimeout()));
      }
      if (waitNanos > 0) {
        try {
          sleeper.sleep(Duration.ofNanos(waitNanos));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ProviderException(Kind.TIMEOUT, "interrupted while waiting for the rate limit of " + providerId);
        }
      }
    }

    /** {@return the milliseconds to wait before the next attempt, after waiting them; -1 to stop} */
    @Override
    public Long apply(Integer failedAttempts, Either<Throwable, Completion> outcome) {
      Duration retryAfter = outcome.isLeft() && outcome.getLeft() instanceof ProviderException p
          ? p.retryAfter().orElse(Duration.ZERO) : Duration.ZERO;
      Duration wait = Duration.ofMillis(Math.min(policy.maxBackoff().toMillis(),
          Math.max(retryAfter.toMillis(), backoff.apply(failedAttempts))));
      if (wait.toNanos() > deadlineNanos - nanoClock.getAsLong()) {
        stoppedBecause = "the next wait of " + describe(wait) + " would pass the trial's time budget of "
            + describe(policy.totalTimeout());
        return -1L;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stoppedBecause = "interrupted";
        return -1L;
      }
      // Resilience4j's own sleep is global and cannot be injected; it waits 0 ms after the sleeper waited
      return 0L;
    }
  }
}
