package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One model of a {@link Benchmark} with its request parameters; repeat it for several models. Models
 * of {@link Models} (default parameters) come first, then these, in declaration order.
 *
 * <pre>{@code
 * @Model(value = "openai:gpt-4o-mini", temperature = 0, seed = 7)
 * @Model(value = "anthropic:claude-3-5-haiku-latest", temperature = 0, maxTokens = 256)
 * }</pre>
 *
 * <p>Unset parameters (the defaults below) are left out of the request, so the provider's default
 * applies. When {@code benchmarkhub.models} replaces the models of a run, a model it names that is
 * declared here keeps these parameters.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Model.List.class)
public @interface Model {

  /** {@return the model, {@code provider:model}} */
  String value();

  /** {@return the name in results instead of {@code provider:model}, to run one model twice; unset when empty} */
  String label() default "";

  /** {@return the sampling temperature within [0, 2]; unset when negative} */
  double temperature() default -1;

  /** {@return the nucleus-sampling top-p within (0, 1]; unset when not positive} */
  double topP() default -1;

  /** {@return the limit on output tokens; unset when not positive} */
  int maxTokens() default -1;

  /** {@return the sampling seed; unset when {@link Long#MIN_VALUE}} */
  long seed() default Long.MIN_VALUE;

  /** {@return a system prompt sent before each case's messages; unset when empty} */
  String systemPrompt() default "";

  /** Holds repeated {@link Model} annotations; Java writes it for you. */
  @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Inherited
  @interface List {
    /** {@return the models} */
    Model[] value();
  }
}
