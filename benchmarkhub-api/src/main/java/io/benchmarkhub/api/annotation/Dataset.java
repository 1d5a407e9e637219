package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a {@link Benchmark}'s cases come from: {@code "classpath:support-intent.jsonl"} or a file
 * path (relative to the working directory), in JSONL, CSV or JSON by extension. See
 * {@link io.benchmarkhub.api.Dataset#from(String)}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Dataset {

  /** {@return the location of the dataset} */
  String value();
}
