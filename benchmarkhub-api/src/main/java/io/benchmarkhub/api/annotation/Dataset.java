package io.benchmarkhub.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a {@link Benchmark}'s cases come from: {@code "classpath:support-intent.jsonl"} or a file
 * path (relative to the working directory), in JSONL, CSV or JSON by extension; or
 * {@code "library:legal-clause-risk@1.2.0"} for the cases of a benchmark package (with
 * {@code benchmarkhub-library} on the test class path). See
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
