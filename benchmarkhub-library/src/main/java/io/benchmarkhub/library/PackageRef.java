package io.benchmarkhub.library;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a package in a library: {@code name@version}, or {@code name} alone for its latest version.
 *
 * @param name the package name, lower case words joined by dashes
 * @param version the version, or {@code null} for the latest
 */
public record PackageRef(String name, SemanticVersion version) {
  /** The pattern of a package name: lower-case letters and digits, in words joined by single dashes. */
  public static final String NAME_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

  /** Checks the name. */
  public PackageRef {
    checkName(name);
  }

  /**
   * {@return the reference written as {@code name@version} or {@code name}}
   *
   * @throws IllegalArgumentException naming what is wrong with the name or the version
   */
  public static PackageRef parse(String text) {
    String t = text == null ? "" : text.strip();
    int at = t.indexOf('@');
    if (at < 0) {
      return new PackageRef(t, null);
    }
    return new PackageRef(t.substring(0, at), SemanticVersion.parse(t.substring(at + 1)));
  }

  /** {@return a reference to one version of a package} */
  public static PackageRef of(String name, SemanticVersion version) {
    return new PackageRef(name, version);
  }

  /** {@return the version, empty for the latest} */
  public Optional<SemanticVersion> pinned() {
    return Optional.ofNullable(version);
  }

  /**
   * Checks a package name.
   *
   * @throws IllegalArgumentException saying what a name looks like
   */
  public static void checkName(String name) {
    if (!isName(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a package name: lower-case letters and digits in "
          + "words joined by dashes, e.g. legal-clause-risk");
    }
  }

  /** {@return whether {@code name} is a package name} */
  public static boolean isName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  @Override
  public String toString() {
    return version == null ? name : name + "@" + version;
  }
}
