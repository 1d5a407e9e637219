package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The models a {@link Benchmark} runs on, addressed {@code provider:model}, e.g.
 * {@code @Models({"openai:gpt-4o-mini", "ollama:llama3.2"})}.
 *
 * <p>The configuration parameter {@code benchmarkhub.models} (a comma-separated list) replaces them
 * for a run without editing code.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Models {

  /** {@return the models, {@code provider:model}} */
  String[] value();
}
