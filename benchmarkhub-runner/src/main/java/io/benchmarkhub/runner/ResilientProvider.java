package io.benchmarkhub.runner;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.ModelRef;
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
 * A {@link Provider} that retries, fails fast while its provider is down and keeps to a request and
 * token rate, with Resilience4j, as its {@link ResiliencePolicy} says. One instance serves one provider
 * id for a whole run; the runner wraps every live provider with it, replays never reach it. Thread-safe.
 *
 * <p>Each request goes through three guards, outermost first:
 * <ol>
 *   <li><b>Retry.</b> Only {@linkplain Kind#retryable() retryable} kinds are retried (RATE_LIMITED,
 *       SERVER_ERROR including Anthropic's 529, TIMEOUT, CONNECTION, MALFORMED_RESPONSE);
 *       AUTHENTICATION, BAD_REQUEST, NOT_FOUND and QUOTA_EXHAUSTED end the trial at once. The wait
 *       before attempt n+1 is {@code max(Retry-After, initial × 2^(n-1) ± 50%)}, never above the max
 *       backoff. Retrying stops after the max attempts, or when the next wait would pass the trial's
 *       time budget; the last error is then thrown, its message starting "after N attempts: ".</li>
 *   <li><b>Rate limits</b> per model, each a Resilience4j {@link RateLimiter} on the injected clock.
 *       Every attempt, retries too, takes its share before it is sent:
 *       <ul>
 *         <li>{@code rpm}: one permit per request, one permit every {@code 60 s / rpm}, so requests are
 *             evenly spaced.</li>
 *         <li>{@code tpm}: the request's estimated tokens, from a budget of {@code tpm} renewed every
 *             minute (one-minute windows from the model's first request). The estimate is the input as
 *             the {@link DryRun} counts it ({@link TokenCounter}: exact for OpenAI-family models,
 *             characters / 4 elsewhere) plus the output: {@code maxTokens} when set, else
 *             {@value CostEstimate#DEFAULT_OUTPUT_TOKENS}. When the answer reports more tokens than the
 *             attempt took, the excess (at most a minute's budget) is taken too, without waiting, so that
 *             later requests wait for it; fewer are not given back (Resilience4j cannot return permits),
 *             so an overestimate only slows the run. A request estimated above the whole budget takes just
 *             the budget, so it waits at most for the next window rather than forever. A whole minute's
 *             budget per window, rather than finer windows, lets a model start at full speed: windows of
 *             {@code w} seconds hold {@code tpm × w / 60} tokens, and every request larger than that
 *             would wait even when nothing else is running. The price is that up to twice the budget may
 *             go out around a window's end; a provider counting a sliding minute answers that with 429,
 *             which is retried as below.</li>
 *       </ul>
 *       A wait that would pass what is left of the trial's time budget ends the trial with RATE_LIMITED,
 *       naming {@code provider:model} and the limit. It is not retried: the wait for a slot shrinks no
 *       faster than the budget does.</li>
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
  private static final Duration MINUTE = Duration.ofMinutes(1);
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
  private final Map<String, RateLimiter> requestLimiters = new ConcurrentHashMap<>();
  private final Map<String, RateLimiter> tokenLimiters = new ConcurrentHashMap<>();
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
   * every guard off ({@code retry.max-attempts=1}, {@code circuit-breaker=false}, no {@code rpm} or
   * {@code tpm})
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
    return new Call(request, policy.totalTimeout()).run();
  }

  /**
   * Sends a request with less time than a trial's whole time budget: what is left of it, when a trial
   * makes several requests (a subject's calls) that share one budget.
   *
   * @param timeBudget the most time its attempts and waits may take; capped at the policy's total timeout
   */
  Completion complete(ChatRequest request, Duration timeBudget) throws ProviderException {
    return new Call(request, timeBudget.compareTo(policy.totalTimeout()) < 0 ? timeBudget : policy.totalTimeout())
        .run();
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

  private RateLimiter requestLimiter(String model) {
    return limiter(model, Duration.ofNanos(MINUTE.toNanos() / policy.requestsPerMinute()), 1);
  }

  private RateLimiter tokenLimiter(String model) {
    return limiter(model, MINUTE, policy.tokensPerMinute());
  }

  private RateLimiter limiter(String model, Duration period, int permits) {
    return RateLimiter.of(providerId + ":" + model, RateLimiterConfig.custom()
        .limitForPeriod(permits)
        .limitRefreshPeriod(period)
        .timeoutDuration(policy.totalTimeout())
        .build(), nanoClock::getAsLong);
  }

  /** {@return the tokens a request is expected to use: its input, counted, plus its maxTokens or the default} */
  private long estimate(ChatRequest request) {
    ModelRef model = ModelRef.of(providerId, request.model()).withParams(request.params());
    return TokenCounter.count(model, request.messages())
        + request.params().maxTokens().orElse(CostEstimate.DEFAULT_OUTPUT_TOKENS);
  }

  private static boolean retryable(Throwable e) {
    return e instanceof ProviderException p && p.kind().retryable() && !(p instanceof Rejected);
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The error of an attempt the open circuit breaker or a rate limit rejected before sending; never retried. */
  private static final class Rejected extends ProviderException {
    private static final long serialVersionUID = 1L;

    Rejected(Kind kind, String message) {
      super(kind, message);
    }
  }

  /** One request with its attempts and its time budget; Resilience4j asks it how long to wait. */
  private final class Call implements IntervalBiFunction<Completion> {
    private final ChatRequest request;
    private final long deadlineNanos;
    /** The tokens each attempt takes: the estimate, at most the whole budget; 0 without {@code tpm}. */
    private final int tokens;
    private int attempts;
    /** Why retrying stopped before the max attempts, or null. */
    private String stoppedBecause;

    Call(ChatRequest request, Duration timeBudget) {
      this.request = request;
      this.deadlineNanos = nanoClock.getAsLong() + timeBudget.toNanos();
      this.tokens = policy.tokensPerMinute() == 0 ? 0 : (int) Math.min(estimate(request), policy.tokensPerMinute());
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
      if (policy.requestsPerMinute() > 0) {
        await(requestLimiters.computeIfAbsent(request.model(), ResilientProvider.this::requestLimiter), 1,
            policy.requestsPerMinute() + " requests per minute", "a request");
      }
      if (tokens > 0) {
        await(tokenLimiters.computeIfAbsent(request.model(), ResilientProvider.this::tokenLimiter), tokens,
            policy.tokensPerMinute() + " tokens per minute", tokens + " tokens");
      }
      Completion answer = send();
      // a provider returning null is a bug the runner reports; it has no usage to correct for
      long excess = tokens == 0 || answer == null ? 0 : answer.usage().totalTokens() - tokens;
      if (excess > 0) {
        // taken now, so later requests wait for it; the wait this returns is theirs, not this request's
        tokenLimiters.get(request.model()).reservePermission((int) Math.min(excess, policy.tokensPerMinute()));
      }
      return answer;
    }

    private Completion send() throws ProviderException {
      if (breaker == null) {
        return delegate.complete(request);
      }
      try {
        return breaker.executeCheckedSupplier(() -> delegate.complete(request));
      } catch (CallNotPermittedException e) {
        long closedInNanos = openedAtNanos + OPEN_FOR.toNanos() - nanoClock.getAsLong();
        throw new Rejected(Kind.SERVER_ERROR, "circuit open for " + providerId + ": "
            + breaker.getMetrics().getNumberOfFailedCalls() + " recent failures; not calling it for "
            + Math.max(1, (closedInNanos + 999_999_999) / 1_000_000_000) + "s");
      } catch (ProviderException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new UndeclaredThrowableException(e);
      }
    }

    /**
     * Takes permits from a limiter and waits for them, or fails when the wait would pass what is left of
     * the trial's time budget; the permits of such a wait stay taken, as Resilience4j cannot return them.
     */
    private void await(RateLimiter limiter, int permits, String limit, String what) throws ProviderException {
      long waitNanos = limiter.reservePermission(permits);
      if (waitNanos < 0 || waitNanos > deadlineNanos - nanoClock.getAsLong()) {
        throw new Rejected(Kind.RATE_LIMITED, "client rate limit for " + providerId + ":" + request.model() + " ("
            + limit + ") has no room for " + what + " within the trial's time budget of "
            + describe(policy.totalTimeout()));
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
