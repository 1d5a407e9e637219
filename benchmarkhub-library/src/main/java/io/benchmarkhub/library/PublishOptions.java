package io.benchmarkhub.library;

/**
 * How {@link Library#publish} publishes a package.
 *
 * @param force publish even when the package's validation report has failing checks (a manifest that does not
 *     load, or a version that is already published, is refused all the same)
 * @param authorName the commit's author name, or {@code null} for git's configuration ({@code user.name})
 * @param authorEmail the commit's author e-mail, or {@code null} for git's configuration ({@code user.email})
 */
public record PublishOptions(boolean force, String authorName, String authorEmail) {
  /** Not forced; the commit's author from git's configuration. */
  public static final PublishOptions DEFAULTS = new PublishOptions(false, null, null);

  /** {@return these options, forced or not} */
  public PublishOptions withForce(boolean forced) {
    return new PublishOptions(forced, authorName, authorEmail);
  }

  /** {@return these options with the commit's author} */
  public PublishOptions withAuthor(String name, String email) {
    return new PublishOptions(force, name, email);
  }
}
