package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.DatasetException;
import io.benchmarkhub.api.spi.DatasetResolver;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link DatasetResolver} of a location's scheme ({@code <scheme>:<reference>}) with
 * {@link ServiceLoader}: first through the thread context class loader, then through the api's own.
 */
public final class DatasetResolvers {
  /** The scheme resolved by {@code benchmarkhub-library}, named in the message when it is missing. */
  public static final String LIBRARY = "library";
  /** A scheme of two or more characters: one letter before a colon is a Windows drive. */
  private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]+):(.*)", Pattern.DOTALL);

  private DatasetResolvers() {}

  /**
   * {@return the dataset a resolver gives for {@code location}}; empty when the location has no
   * scheme, or a scheme that no resolver handles (other than {@value #LIBRARY}), so that it is
   * read as a file path
   *
   * @throws DatasetException for a {@code library:} location without the library module on the
   *     class path, or as the resolver throws it
   */
  public static Optional<Dataset> resolve(String location) {
    Matcher m = SCHEME.matcher(location);
    if (!m.matches() || m.group(1).equals("classpath")) {
      return Optional.empty();
    }
    String scheme = m.group(1);
    Optional<DatasetResolver> resolver = find(scheme, Thread.currentThread().getContextClassLoader())
        .or(() -> find(scheme, Dataset.class.getClassLoader()));
    if (resolver.isPresent()) {
      return Optional.of(resolver.get().resolve(m.group(2)));
    }
    if (scheme.equals(LIBRARY)) {
      throw new DatasetException(location, 0, 0, "library: datasets are resolved by "
          + "benchmarkhub-library, which is not on the class path. Add the dependency "
          + "io.benchmarkhub:benchmarkhub-library (test scope).");
    }
    return Optional.empty();
  }

  private static Optional<DatasetResolver> find(String scheme, ClassLoader loader) {
    if (loader == null) {
      return Optional.empty();
    }
    for (DatasetResolver r : ServiceLoader.load(DatasetResolver.class, loader)) {
      if (scheme.equals(r.scheme())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
