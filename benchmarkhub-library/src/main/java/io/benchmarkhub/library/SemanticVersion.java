package io.benchmarkhub.library;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version, {@code MAJOR.MINOR.PATCH} with an optional pre-release ({@code 1.2.0-rc.1}), ordered as
 * semver orders them: numerically, a pre-release before its release, pre-release identifiers compared numerically
 * when both are numbers and as text otherwise. Build metadata ({@code +...}) is not allowed: two versions that
 * differ only in it would name the same published folder.
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 * @param preRelease the pre-release, empty for a release
 */
public record SemanticVersion(int major, int minor, int patch, String preRelease)
    implements Comparable<SemanticVersion> {
  /** The pattern of a version a package may have. */
  public static final String PATTERN =
      "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
          + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$";
  private static final Pattern REGEX = Pattern.compile(PATTERN);

  /** The first version of a new or forked package. */
  public static final SemanticVersion FIRST = new SemanticVersion(1, 0, 0, "");

  /** Checks the values. */
  public SemanticVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must be >= 0");
    }
    Objects.requireNonNull(preRelease, "preRelease");
  }

  /**
   * {@return the version written as {@code text}}
   *
   * @throws IllegalArgumentException saying what a semantic version looks like
   */
  public static SemanticVersion parse(String text) {
    Matcher m = REGEX.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a semantic version; e.g. 1.0.0 or 1.2.0-rc.1");
    }
    try {
      return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' has a version number too large", e);
    }
  }

  /** {@return whether {@code text} is a semantic version this class accepts} */
  public static boolean isValid(String text) {
    return text != null && REGEX.matcher(text).matches();
  }

  @Override
  public int compareTo(SemanticVersion o) {
    int c = Integer.compare(major, o.major);
    c = c != 0 ? c : Integer.compare(minor, o.minor);
    c = c != 0 ? c : Integer.compare(patch, o.patch);
    if (c != 0 || preRelease.equals(o.preRelease)) {
      return c;
    }
    if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
      return preRelease.isEmpty() ? 1 : -1;
    }
    String[] a = preRelease.split("\\.");
    String[] b = o.preRelease.split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      boolean an = a[i].chars().allMatch(Character::isDigit);
      boolean bn = b[i].chars().allMatch(Character::isDigit);
      int d = an && bn ? Long.compare(Long.parseLong(a[i]), Long.parseLong(b[i]))
          : an != bn ? (an ? -1 : 1) : a[i].compareTo(b[i]);
      if (d != 0) {
        return d;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
