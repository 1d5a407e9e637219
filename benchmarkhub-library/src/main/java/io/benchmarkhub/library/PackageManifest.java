package io.benchmarkhub.library;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The manifest of a benchmark package, {@value #FILE} (schema {@value #SCHEMA}, JSON Schema
 * {@value #SCHEMA_RESOURCE}): what the benchmark is, who made it, under which licence, and the facts computed
 * from its files.
 *
 * <p>Written by hand (in {@code package.yaml}): name, version, domain, description, authors, license, citation,
 * tags. Taken from {@code benchmark.yaml}: task type, concepts, difficulties, judges (as {@link JudgeSummary}s)
 * and the metrics they give. Computed from the cases: the difficulty distribution, the concept counts, and the
 * dataset's file, SHA-256 and case count. Set by the library: {@code forkedFrom} and the review state. Taken from
 * {@code validation.json} when there is one: the quality score.
 *
 * @param name the package name, lower-case words joined by dashes
 * @param version the semantic version
 * @param domain the field the cases come from, e.g. legal, medical, finance
 * @param taskType the task type, as benchmark files write it (e.g. classification)
 * @param description what the benchmark measures
 * @param authors who made it, at least one
 * @param license the SPDX licence id of the package (cases included)
 * @param citation how to cite it, or {@code null}
 * @param tags free keywords, for search
 * @param concepts the declared concepts
 * @param difficulties the declared difficulty levels, easiest first
 * @param difficultyDistribution the number of cases per difficulty level (levels in declared order, then others;
 *     cases without a level under {@code unspecified})
 * @param conceptCounts the number of cases per concept, sorted by concept (without one under {@code unspecified})
 * @param metrics what a run of it reports, e.g. pass-rate, mean-score
 * @param judges how answers are graded
 * @param dataset the cases file, its SHA-256 and its case count
 * @param forkedFrom the package this one was forked from, or {@code null}
 * @param review the review state
 * @param qualityScore the validation report's overall score (0-100), or {@code null} without one
 */
public record PackageManifest(String name, SemanticVersion version, String domain, String taskType,
    String description, List<Author> authors, String license, String citation, List<String> tags,
    List<String> concepts, List<String> difficulties, Map<String, Integer> difficultyDistribution,
    SortedMap<String, Integer> conceptCounts, List<String> metrics, List<JudgeSummary> judges, DatasetInfo dataset,
    Lineage forkedFrom, ReviewState review, Double qualityScore) {
  /** The manifest's file name in a package. */
  public static final String FILE = "benchmark.json";
  /** The schema id written in the manifest's {@code schema} field. */
  public static final String SCHEMA = "benchmarkhub.package/1";
  /** The classpath resource of the manifest's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "io/benchmarkhub/library/package-1.schema.json";
  /** The key under which cases without a difficulty level or concept are counted. */
  public static final String UNSPECIFIED = "unspecified";

  /** Checks and copies the values. */
  public PackageManifest {
    PackageRef.checkName(name);
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(taskType, "taskType");
    Objects.requireNonNull(description, "description");
    authors = List.copyOf(authors);
    Objects.requireNonNull(license, "license");
    tags = List.copyOf(tags);
    concepts = List.copyOf(concepts);
    difficulties = List.copyOf(difficulties);
    difficultyDistribution = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
        difficultyDistribution));
    conceptCounts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(conceptCounts));
    metrics = List.copyOf(metrics);
    judges = List.copyOf(judges);
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(review, "review");
  }

  /** {@return {@code name@version}} */
  public PackageRef ref() {
    return PackageRef.of(name, version);
  }

  /** {@return the citation, empty without one} */
  public Optional<String> citationText() {
    return Optional.ofNullable(citation);
  }

  /** {@return the package it was forked from, empty for an original} */
  public Optional<Lineage> lineage() {
    return Optional.ofNullable(forkedFrom);
  }

  /** {@return the quality score of its validation report, empty without one} */
  public OptionalDouble quality() {
    return qualityScore == null ? OptionalDouble.empty() : OptionalDouble.of(qualityScore);
  }

  /** {@return whether its licence is an open-data licence (see {@link Licences#isOpen})} */
  public boolean openData() {
    return Licences.isOpen(license);
  }

  /** {@return a copy with another review state}, for the review workflow */
  public PackageManifest withReview(ReviewState state) {
    return new PackageManifest(name, version, domain, taskType, description, authors, license, citation, tags,
        concepts, difficulties, difficultyDistribution, conceptCounts, metrics, judges, dataset, forkedFrom, state,
        qualityScore);
  }

  /** {@return a copy as a fork: another name and authors, version 1.0.0, lineage to this one, review draft} */
  PackageManifest forkAs(String newName, List<Author> newAuthors) {
    return new PackageManifest(newName, SemanticVersion.FIRST, domain, taskType, description, newAuthors, license,
        citation, tags, concepts, difficulties, difficultyDistribution, conceptCounts, metrics, judges, dataset,
        new Lineage(name, version), ReviewState.DRAFT, qualityScore);
  }

  /**
   * One author of a package.
   *
   * @param name the author's name
   * @param email an e-mail address, or {@code null}
   * @param affiliation an organisation, or {@code null}
   */
  public record Author(String name, String email, String affiliation) {
    /** Checks the name. */
    public Author {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an author needs a name");
      }
    }

    /**
     * {@return an author written as {@code Name <email>} or {@code Name}}
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public static Author parse(String text) {
      String t = text == null ? "" : text.strip();
      int lt = t.indexOf('<');
      if (lt > 0 && t.endsWith(">")) {
        return new Author(t.substring(0, lt).strip(), t.substring(lt + 1, t.length() - 1).strip(), null);
      }
      return new Author(t, null, null);
    }
  }

  /**
   * One judge of the package, as a summary: its type and, for an LLM judge, its judge model; a composite judge
   * (panel, allOf, anyOf, weighted) lists its members.
   *
   * @param type the judge's type as benchmark files name it, e.g. exact, llmRubric, panel, pairwise
   * @param model the judge model of an LLM judge ({@code provider:model}), or {@code null}
   * @param members the member judges of a composite judge, empty otherwise
   */
  public record JudgeSummary(String type, String model, List<JudgeSummary> members) {
    /** Checks and copies the values. */
    public JudgeSummary {
      Objects.requireNonNull(type, "type");
      members = List.copyOf(members);
    }
  }

  /**
   * The cases file of a package.
   *
   * @param file its name in the package, {@code cases.jsonl}
   * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
   * @param cases how many cases it holds
   */
  public record DatasetInfo(String file, String sha256, int cases) {
    /** Checks the values. */
    public DatasetInfo {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * The package a fork was made from.
   *
   * @param name its name
   * @param version its version
   */
  public record Lineage(String name, SemanticVersion version) {
    /** Checks the values. */
    public Lineage {
      PackageRef.checkName(name);
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
      return name + "@" + version;
    }
  }
}
