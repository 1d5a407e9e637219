package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Thresholds every model of a {@link Benchmark} must meet; each set threshold becomes one test per
 * model, and a failed one fails the build.
 *
 * <p>The pass rate is judged on the lower bound of its 95% Wilson interval, and the mean score on the
 * lower bound of its 95% t interval, unless {@link #pointEstimate()} is set, so that "pass rate ≥ 0.85"
 * means "we are confident it is at least 0.85", not "we were lucky on 20 cases". Cost and latency are
 * judged as measured.
 *
 * <pre>{@code
 * @Gate(passRate = 0.85, maxP95LatencyMs = 3000, knownFailing = "ollama:llama3.2")
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Gate {

  /** {@return the lowest acceptable pass rate, within [0, 1]; unset when negative} */
  double passRate() default -1;

  /** {@return the lowest acceptable mean score, within [0, 1]; unset when negative} */
  double meanScore() default -1;

  /** {@return the most a model's run may cost in US dollars; unset when negative} */
  double maxCost() default -1;

  /** {@return the highest acceptable 95th-percentile latency in milliseconds; unset when not positive} */
  long maxP95LatencyMs() default -1;

  /** {@return whether the pass rate and mean score are judged on the point estimate instead of the lower confidence bound} */
  boolean pointEstimate() default false;

  /**
   * {@return models known to fail the gate}: for them a failed gate is reported as skipped with its
   * numbers instead of failing the build, and a gate that starts to pass fails, asking to remove the
   * model from this list
   */
  String[] knownFailing() default {};
}
