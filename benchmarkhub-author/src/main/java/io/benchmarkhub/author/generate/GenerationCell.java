package io.benchmarkhub.author.generate;

/**
 * One cell of the concept x difficulty grid that generation stratifies over.
 *
 * @param concept the concept, or null when the design declares none
 * @param difficulty the difficulty level, or null when the design declares none
 */
public record GenerationCell(String concept, String difficulty) {

  /** {@return the cell as messages and reports show it, e.g. {@code refunds/hard}, {@code -} for none} */
  public String label() {
    return (concept == null ? "-" : concept) + "/" + (difficulty == null ? "-" : difficulty);
  }

  /** {@return a name usable in ids: letters, digits and dashes only} */
  String slug() {
    String slug = label().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "all" : slug;
  }
}
