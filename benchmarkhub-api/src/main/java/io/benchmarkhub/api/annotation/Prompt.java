package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that turns a case into what each model is asked. A benchmark has either one
 * {@code @Prompt} or one {@link Subject} method (its own code asking the model).
 *
 * <p>It takes one {@link io.benchmarkhub.api.TestCase} and returns a {@code String} (sent as one
 * user message) or a {@code List<Message>} (a conversation). It is called from several threads at
 * once, so it must not mutate shared state.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Prompt {}
