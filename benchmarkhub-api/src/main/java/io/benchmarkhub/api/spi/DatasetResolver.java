package io.benchmarkhub.api.spi;

import io.benchmarkhub.api.Dataset;

/**
 * Resolves dataset locations of one scheme, such as {@code library:legal-clause-risk@1.2.0}, for
 * {@link Dataset#from(String)} and so for {@code @Dataset}. Implementations are found with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/io.benchmarkhub.api.spi.DatasetResolver}
 * line naming the class, which needs a public no-argument constructor), looked up with the thread
 * context class loader, then with the loader of the api. {@code benchmarkhub-library} registers the
 * resolver of {@code library:}.
 *
 * <p>The schemes {@code classpath} and one-letter schemes (Windows drive letters) are the api's own
 * and never reach a resolver.
 */
public interface DatasetResolver {

  /** {@return the scheme this resolver handles, without its colon, e.g. {@code library}} */
  String scheme();

  /**
   * {@return the dataset at {@code reference}}, the location after {@code <scheme>:}
   *
   * @param reference e.g. {@code legal-clause-risk@1.2.0} for {@code library:legal-clause-risk@1.2.0}
   * @throws io.benchmarkhub.api.DatasetException naming the location and saying how to get the
   *     dataset when it cannot be resolved
   */
  Dataset resolve(String reference);
}
