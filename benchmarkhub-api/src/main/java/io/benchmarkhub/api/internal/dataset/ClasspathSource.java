package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A dataset on the classpath, looked up with the thread context class loader current when the
 * source was created, then with the loader of {@link Dataset}. Named {@code classpath:<resource>}.
 */
public final class ClasspathSource implements DatasetSource {
  /** The prefix that marks a classpath location. */
  public static final String PREFIX = "classpath:";

  private final String resource;
  private final ClassLoader contextLoader;

  /** A source reading {@code resource} (a leading slash is ignored). */
  public ClasspathSource(String resource) {
    Objects.requireNonNull(resource, "resource");
    this.resource = resource.startsWith("/") ? resource.substring(1) : resource;
    this.contextLoader = Thread.currentThread().getContextClassLoader();
  }

  /** {@return the resource path, without the {@code classpath:} prefix or a leading slash} */
  public String resource() {
    return resource;
  }

  @Override
  public String name() {
    return PREFIX + resource;
  }

  @Override
  public InputStream open() {
    InputStream in = contextLoader == null ? null : contextLoader.getResourceAsStream(resource);
    ClassLoader own = Dataset.class.getClassLoader();
    if (in == null && own != null && own != contextLoader) {
      in = own.getResourceAsStream(resource);
    }
    if (in == null) {
      throw new DatasetException(name(), 0, 0, "classpath resource not found. Put the file under"
          + " src/test/resources (or src/main/resources) and give its path relative to that"
          + " folder, e.g. classpath:datasets/cases.jsonl; or check the spelling.");
    }
    return in;
  }

  @Override
  public String toString() {
    return name();
  }
}
