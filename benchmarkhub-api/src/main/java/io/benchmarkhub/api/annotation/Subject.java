package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that is the benchmark's subject, the user's own code under test, instead of a
 * {@link Prompt}: {@code @Subject String answer(TestCase c, ModelHandle model)}. A benchmark has either
 * one {@code @Prompt} or one {@code @Subject} method.
 *
 * <p>It is called once per trial with the case and a {@link io.benchmarkhub.api.ModelHandle} bound to
 * the trial's model, from several threads at once, so it must not mutate shared state; see
 * {@link io.benchmarkhub.api.Subject} for what the runner measures and how exceptions are reported.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Subject {}
