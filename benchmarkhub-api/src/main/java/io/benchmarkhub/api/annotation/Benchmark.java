package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a class as a benchmark that the {@code benchmarkhub} JUnit engine runs: every case of its
 * {@link Dataset} on every model of its {@link Models}, with its {@link Prompt} and {@link Judge}s,
 * checked by its {@link Gate}s.
 *
 * <pre>{@code
 * @Benchmark(name = "support-intent", version = "1.0.0")
 * @Models({"openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest"})
 * @Dataset("classpath:support-intent.jsonl")
 * @Gate(passRate = 0.85)
 * class SupportIntentBenchmark {
 *   @Prompt String prompt(TestCase c) { return "Classify the intent: " + c.input(); }
 *   @Judge ExactMatchJudge intent() { return Judges.exactMatch().ignoreCase().trim(); }
 * }
 * }</pre>
 *
 * <p>May be used as a meta-annotation, and is inherited by subclasses. Surefire runs classes named
 * like {@code *Test} only: add {@code <include>**}{@code /*Benchmark.java</include>} to its includes.
 * The {@code @Testable} marker gives IDEs their run button; it drives nothing, and the JVM ignores it
 * when JUnit is not on the classpath.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Testable
public @interface Benchmark {

  /** {@return the benchmark's name}; the simple class name when empty */
  String name() default "";

  /** {@return the benchmark's version}, semantic versioning recommended */
  String version() default "dev";
}
