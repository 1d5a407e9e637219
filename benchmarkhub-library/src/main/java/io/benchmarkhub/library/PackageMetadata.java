package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.benchmarkhub.library.PackageManifest.Author;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What the author of a package writes by hand, in {@code package.yaml} beside the benchmark file:
 *
 * <pre>{@code
 * name: legal-clause-risk
 * version: 1.2.0
 * domain: legal
 * description: Flags risky clauses in commercial contracts.
 * authors:
 *   - { name: Ada Lovelace, email: ada@example.org, affiliation: Analytical Engines }
 *   - Grace Hopper <grace@example.org>
 * license: CC-BY-4.0
 * citation: "Lovelace, A. (2026). Legal clause risk."   # optional
 * tags: [contracts, risk]                                # optional
 * }</pre>
 *
 * @param name the package name
 * @param version the version
 * @param domain the domain
 * @param description what it measures
 * @param authors who made it
 * @param license the SPDX licence id
 * @param citation how to cite it, or {@code null}
 * @param tags search keywords
 */
public record PackageMetadata(String name, SemanticVersion version, String domain, String description,
    List<Author> authors, String license, String citation, List<String> tags) {
  /** The metadata file's usual name. */
  public static final String FILE = "package.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> FIELDS = Set.of("name", "version", "domain", "description", "authors", "license",
      "citation", "tags");

  /** Copies the lists. */
  public PackageMetadata {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }

  /**
   * {@return the metadata in {@code file}} (YAML or JSON)
   *
   * @throws PackageException naming the file and field of every problem
   */
  public static PackageMetadata load(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new PackageException(file + ": cannot read the package metadata: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new PackageException(file + ": a package.yaml is an object of name, version, domain, description, "
          + "authors, license, citation and tags");
    }
    List<String> problems = new ArrayList<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        problems.add(file + ": $." + f + ": unknown field; known fields: name, version, domain, description, "
            + "authors, license, citation, tags");
      }
    }
    String name = required(root, "name", file, problems);
    if (name != null && !PackageRef.isName(name)) {
      problems.add(file + ": $.name: '" + name + "' is not a package name: lower-case letters and digits in words "
          + "joined by dashes, e.g. legal-clause-risk");
    }
    String versionText = required(root, "version", file, problems);
    SemanticVersion version = null;
    if (versionText != null) {
      try {
        version = SemanticVersion.parse(versionText);
      } catch (IllegalArgumentException e) {
        problems.add(file + ": $.version: " + e.getMessage());
      }
    }
    String domain = required(root, "domain", file, problems);
    String description = required(root, "description", file, problems);
    String license = required(root, "license", file, problems);
    if (license != null) {
      Licences.problem(license).ifPresent(p -> problems.add(file + ": $.license: " + p));
    }
    List<Author> authors = authors(root.path("authors"), file, problems);
    JsonNode citation = root.path("citation");
    List<String> tags = new ArrayList<>();
    JsonNode tagList = root.path("tags");
    if (!tagList.isMissingNode() && !tagList.isArray()) {
      problems.add(file + ": $.tags: must be a list of keywords, e.g. [contracts, risk]");
    }
    tagList.forEach(t -> tags.add(t.asText().strip()));
    if (!problems.isEmpty()) {
      throw new PackageException(problems);
    }
    return new PackageMetadata(name, version, domain, description, authors, license,
        citation.isMissingNode() || citation.isNull() ? null : citation.asText().strip(), tags);
  }

  private static String required(JsonNode root, String field, Path file, List<String> problems) {
    JsonNode v = root.path(field);
    if (!v.isValueNode() || v.isNull() || v.asText().isBlank()) {
      problems.add(file + ": $." + field + ": missing; " + hint(field));
      return null;
    }
    return v.asText().strip();
  }

  private static List<Author> authors(JsonNode list, Path file, List<String> problems) {
    List<Author> out = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      problems.add(file + ": $.authors: missing; " + hint("authors"));
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      String where = file + ": $.authors[" + i + "]";
      if (a.isTextual() && !a.asText().isBlank()) {
        out.add(Author.parse(a.asText()));
      } else if (a.isObject() && a.path("name").isTextual() && !a.path("name").asText().isBlank()) {
        out.add(new Author(a.path("name").asText().strip(), optional(a, "email"), optional(a, "affiliation")));
      } else {
        problems.add(where + ".name: missing; " + hint("authors"));
      }
    }
    return out;
  }

  private static String optional(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  private static String hint(String field) {
    return switch (field) {
      case "name" -> "the package name, e.g. name: legal-clause-risk";
      case "version" -> "a semantic version, e.g. version: 1.0.0";
      case "domain" -> "the field the cases come from, e.g. domain: legal";
      case "description" -> "what the benchmark measures, in a sentence";
      case "license" -> "an SPDX licence id, e.g. license: CC-BY-4.0";
      default -> "who made it, e.g. authors: [\"Ada Lovelace <ada@example.org>\"]";
    };
  }
}
