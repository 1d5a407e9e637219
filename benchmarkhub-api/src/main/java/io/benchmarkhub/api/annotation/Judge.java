package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that returns a judge of the benchmark: no parameters, returning an
 * {@link io.benchmarkhub.api.Judge} (for example {@code Judges.exactMatch()}, whose type
 * {@code ExactMatchJudge} needs no import of the interface). It is called once per run.
 *
 * <p>A benchmark needs at least one; when it has several, a trial passes only when every judge
 * passes it, as with several {@code .judge(...)} calls on the fluent builder.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Judge {}
