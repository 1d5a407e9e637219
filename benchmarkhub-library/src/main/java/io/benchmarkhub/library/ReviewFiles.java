package io.benchmarkhub.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the review of a package version in a library, outside its immutable version folder:
 *
 * <pre>
 * reviews/&lt;name&gt;/&lt;version&gt;/review.json    the current state (schema benchmarkhub.review/1): package, state,
 *                                         requestedBy, reviewers
 * reviews/&lt;name&gt;/&lt;version&gt;/events.jsonl   every action, one JSON object a line, oldest first:
 *                                         at, by, action, from, to, message
 * </pre>
 *
 * Each review action rewrites {@code review.json} and adds one line to {@code events.jsonl}, in one commit, so
 * git's history and the events tell the same story.
 */
final class ReviewFiles {
  /** The folder of reviews at the root of a library; no package may be named so. */
  static final String ROOT = "reviews";
  /** The review's current state. */
  static final String STATE = "review.json";
  /** The review's events. */
  static final String EVENTS = "events.jsonl";
  /** The schema id in review.json. */
  static final String SCHEMA = "benchmarkhub.review/1";

  private ReviewFiles() {}

  /** {@return the folder of a version's review, relative to the library root, with {@code /} separators} */
  static String folder(PackageRef ref) {
    return ROOT + "/" + ref.name() + "/" + ref.version();
  }

  /**
   * {@return the review of {@code ref} in the library {@code root}}; {@link Review#none} without one
   *
   * @throws LibraryException naming the file, line and field of a review file that cannot be read
   */
  static Review read(Path root, PackageRef ref) {
    Path dir = root.resolve(folder(ref));
    Path state = dir.resolve(STATE);
    if (!Files.isRegularFile(state)) {
      return Review.none(ref);
    }
    String where = folder(ref) + "/" + STATE;
    JsonNode o = json(state, where);
    if (!SCHEMA.equals(o.path("schema").asText())) {
      throw new LibraryException(where + ": $.schema: is not " + SCHEMA);
    }
    if (!ref.toString().equals(o.path("package").asText())) {
      throw new LibraryException(where + ": $.package: is '" + o.path("package").asText() + "', not " + ref);
    }
    return new Review(ref, state(o, "state", where), text(o.path("requestedBy")),
        ManifestJson.strings(o.path("reviewers")), events(dir.resolve(EVENTS), folder(ref) + "/" + EVENTS));
  }

  /** Writes {@code review}: review.json rewritten, events.jsonl with every event. */
  static void write(Path root, Review review) {
    Path dir = root.resolve(folder(review.ref()));
    ObjectNode o = ManifestJson.MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("package", review.ref().toString());
    o.put("state", review.state().wireName());
    o.put("requestedBy", review.requestedBy());
    ArrayNode reviewers = o.putArray("reviewers");
    review.reviewers().forEach(reviewers::add);
    StringBuilder events = new StringBuilder();
    for (ReviewEvent e : review.events()) {
      ObjectNode line = ManifestJson.MAPPER.createObjectNode();
      line.put("at", e.at().toString());
      line.put("by", e.by());
      line.put("action", e.action().wireName());
      line.put("from", e.from().wireName());
      line.put("to", e.to().wireName());
      line.put("message", e.message());
      try {
        events.append(ManifestJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(line)).append('\n');
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(STATE), ManifestJson.MAPPER.writeValueAsString(o).replace("\r\n", "\n") + "\n",
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(EVENTS), events.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LibraryException(dir + ": cannot write the review of " + review.ref() + ": " + e.getMessage(), e);
    }
  }

  private static List<ReviewEvent> events(Path file, String where) {
    List<ReviewEvent> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LibraryException(where + ": cannot read: " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String at = where + ":" + (i + 1);
      JsonNode e;
      try {
        e = ManifestJson.MAPPER.readTree(lines.get(i));
      } catch (JsonProcessingException ex) {
        throw new LibraryException(at + ": not JSON: " + ex.getOriginalMessage(), ex);
      }
      ReviewAction action;
      try {
        action = ReviewAction.parse(e.path("action").asText());
      } catch (IllegalArgumentException ex) {
        throw new LibraryException(at + ": $.action: " + ex.getMessage(), ex);
      }
      Instant when;
      try {
        when = Instant.parse(e.path("at").asText());
      } catch (DateTimeParseException ex) {
        throw new LibraryException(at + ": $.at: '" + e.path("at").asText() + "' is not an ISO-8601 instant", ex);
      }
      if (!e.path("by").isTextual()) {
        throw new LibraryException(at + ": $.by: missing; name who acted, e.g. \"Ada Lovelace <ada@example.org>\"");
      }
      out.add(new ReviewEvent(when, e.path("by").asText(), action, state(e, "from", at), state(e, "to", at),
          text(e.path("message"))));
    }
    return out;
  }

  private static ReviewState state(JsonNode o, String field, String where) {
    try {
      return ReviewState.parse(o.path(field).asText());
    } catch (IllegalArgumentException e) {
      throw new LibraryException(where + ": $." + field + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode json(Path file, String where) {
    try {
      return ManifestJson.MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new LibraryException(where + ":" + e.getLocation().getLineNr() + ": not JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new LibraryException(where + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.asText() : null;
  }
}
