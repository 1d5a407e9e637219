package io.benchmarkhub.library;

import java.util.Locale;

/**
 * What {@link Library#search} looks for. Every criterion left {@code null} matches everything; {@link #ALL} is
 * the query with none. Build one with the {@code with...} methods:
 *
 * <pre>{@code
 * LibraryQuery.ALL.withText("contract").withDomain("legal").withMinQuality(80).withVerified(true)
 * }</pre>
 *
 * @param text words that must all appear (ignoring case) in the name, description, tags or domain
 * @param domain the domain, ignoring case
 * @param taskType the task type as benchmark files write it (e.g. classification)
 * @param difficulty a difficulty level the package has at least one case of, ignoring case
 * @param license the SPDX licence id, ignoring case; {@code open} for any open-data licence
 * @param minQuality the lowest quality score (0-100) of a match; a package without a score never matches it
 * @param review the current review state
 * @param verified whether the version carries the verified mark (approved, open data, a passing validation
 *     report), or {@code null} for either
 * @param allVersions every matching version, not only the latest matching version of each package
 */
public record LibraryQuery(String text, String domain, String taskType, String difficulty, String license,
    Double minQuality, ReviewState review, Boolean verified, boolean allVersions) {
  /** The query that matches the latest version of every package. */
  public static final LibraryQuery ALL = new LibraryQuery(null, null, null, null, null, null, null, null, false);
  /** The {@link #license} that matches any open-data licence. */
  public static final String OPEN_LICENCES = "open";

  /** {@return this query with the free text} */
  public LibraryQuery withText(String words) {
    return new LibraryQuery(words, domain, taskType, difficulty, license, minQuality, review, verified, allVersions);
  }

  /** {@return this query with the domain} */
  public LibraryQuery withDomain(String d) {
    return new LibraryQuery(text, d, taskType, difficulty, license, minQuality, review, verified, allVersions);
  }

  /** {@return this query with the task type} */
  public LibraryQuery withTaskType(String t) {
    return new LibraryQuery(text, domain, t, difficulty, license, minQuality, review, verified, allVersions);
  }

  /** {@return this query with a difficulty level the cases must include} */
  public LibraryQuery withDifficulty(String level) {
    return new LibraryQuery(text, domain, taskType, level, license, minQuality, review, verified, allVersions);
  }

  /** {@return this query with the licence, or {@value #OPEN_LICENCES}} */
  public LibraryQuery withLicense(String id) {
    return new LibraryQuery(text, domain, taskType, difficulty, id, minQuality, review, verified, allVersions);
  }

  /** {@return this query with the lowest quality score} */
  public LibraryQuery withMinQuality(double score) {
    return new LibraryQuery(text, domain, taskType, difficulty, license, score, review, verified, allVersions);
  }

  /** {@return this query with the review state} */
  public LibraryQuery withReview(ReviewState state) {
    return new LibraryQuery(text, domain, taskType, difficulty, license, minQuality, state, verified, allVersions);
  }

  /** {@return this query keeping only versions with the verified mark ({@code true}) or without it} */
  public LibraryQuery withVerified(Boolean mark) {
    return new LibraryQuery(text, domain, taskType, difficulty, license, minQuality, review, mark, allVersions);
  }

  /** {@return this query returning every matching version, or only the latest of each package} */
  public LibraryQuery withAllVersions(boolean all) {
    return new LibraryQuery(text, domain, taskType, difficulty, license, minQuality, review, verified, all);
  }

  /** {@return whether the index entry matches every criterion} */
  public boolean matches(LibraryEntry e) {
    return matches(e.manifest()) && (verified == null || verified == e.verified());
  }

  /**
   * {@return whether the manifest matches every criterion but {@link #verified}}, which only an index entry
   * knows ({@link #matches(LibraryEntry)})
   */
  public boolean matches(PackageManifest m) {
    return textMatches(m)
        && (domain == null || domain.equalsIgnoreCase(m.domain()))
        && (taskType == null || taskType.equalsIgnoreCase(m.taskType()))
        && (difficulty == null || m.difficultyDistribution().entrySet().stream()
            .anyMatch(e -> e.getKey().equalsIgnoreCase(difficulty) && e.getValue() > 0))
        && (license == null || (OPEN_LICENCES.equalsIgnoreCase(license) ? m.openData()
            : license.equalsIgnoreCase(m.license())))
        && (minQuality == null || m.qualityScore() != null && m.qualityScore() >= minQuality)
        && (review == null || review == m.review());
  }

  private boolean textMatches(PackageManifest m) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String haystack = (m.name() + " " + m.description() + " " + String.join(" ", m.tags()) + " " + m.domain())
        .toLowerCase(Locale.ROOT);
    for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
