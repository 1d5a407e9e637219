package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.text.NearDuplicates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the trials of generation runs into accepted cases, cell by cell, and counts everything:
 * each answer is read ({@link CaseListParser}), each case checked ({@link CaseChecker}), compared with
 * every case accepted so far and every existing case ({@link NearDuplicates}), and either accepted,
 * rejected with its reason, or counted as surplus when its cell is already full. Accepted cases get
 * their id ({@code <prefix>-0001}, … skipping ids the existing cases use), difficulty, tags
 * ({@code generated}, plus {@code edge}) and metadata ({@code concept}, {@code generator},
 * {@code promptVersion}, {@code generatedAt}; edge cases also {@code edgeKind} when the model named one
 * and {@code derivedFrom}, the ids of the request's source cases). Not thread-safe: one generation
 * feeds it the trials in order.
 */
final class CaseCollector {
  /** Tag of every generated case. */
  static final String GENERATED_TAG = "generated";
  /** Tag of a generated edge case. */
  static final String EDGE_TAG = "edge";
  /** Metadata key: when the case was generated (ISO-8601). */
  static final String GENERATED_AT = "generatedAt";
  /** Metadata key: the kind of edge case, as the model named it. */
  static final String EDGE_KIND = "edgeKind";
  /** Metadata key: the ids of the cases an edge case was derived from. */
  static final String DERIVED_FROM = "derivedFrom";

  private final CaseChecker checker;
  private final NearDuplicates.Index seen;
  private final String idPrefix;
  private final int idWidth;
  private final Set<String> usedIds = new HashSet<>();
  private final String generator;
  private final String promptVersion;
  private final String generatedAt;
  private final Map<GenerationCell, Cell> cells = new LinkedHashMap<>();
  private final List<TestCase> accepted = new ArrayList<>();
  private int nextId = 1;

  final Map<String, Integer> failedRequests = new LinkedHashMap<>();
  final Map<String, Integer> invalid = new LinkedHashMap<>();
  int requests;
  int unparseable;
  int nearDuplicates;
  int surplus;
  long inputTokens;
  long outputTokens;
  double costUsd;
  int unpriced;

  /** One cell's targets, its accepted cases and its requests. */
  static final class Cell {
    final int target;
    final int edgeTarget;
    final List<TestCase> normal = new ArrayList<>();
    final List<TestCase> edge = new ArrayList<>();
    int requests;
    int normalAsks;
    int edgeAsks;
    int normalIndex;
    int edgeIndex;

    Cell(int target, int edgeTarget) {
      this.target = target;
      this.edgeTarget = edgeTarget;
    }

    int missing(boolean isEdge) {
      return isEdge ? edgeTarget - edge.size() : target - normal.size();
    }
  }

  CaseCollector(CaseChecker checker, NearDuplicates dedupe, List<TestCase> existing, String idPrefix, int count,
      String generator, String promptVersion, Instant generatedAt) {
    this.checker = checker;
    this.seen = dedupe.index();
    this.idPrefix = idPrefix;
    this.idWidth = Math.max(4, String.valueOf(count).length());
    this.generator = generator;
    this.promptVersion = promptVersion;
    this.generatedAt = generatedAt.toString();
    for (TestCase c : existing) {
      seen.add(c.input());
      usedIds.add(c.id());
    }
  }

  void plan(GenerationCell cell, int target, int edgeTarget) {
    cells.put(cell, new Cell(target, edgeTarget));
  }

  Map<GenerationCell, Cell> cells() {
    return cells;
  }

  List<TestCase> accepted() {
    return accepted;
  }

  /** Takes in one trial: the answer to {@code request}. */
  void collect(GenerationRequest request, TrialResult trial) {
    Cell cell = cells.get(request.cell());
    requests++;
    cell.requests++;
    Completion answer = trial.completion();
    if (answer == null) {
      String kind = trial.error() == null ? "NO_ANSWER" : trial.error().kind();
      failedRequests.merge(kind, 1, Integer::sum);
      return;
    }
    inputTokens += answer.usage().inputTokens();
    outputTokens += answer.usage().outputTokens();
    if (answer.usage().costUsd().isPresent()) {
      costUsd += answer.usage().costUsd().getAsDouble();
    } else {
      unpriced++;
    }
    CaseListParser.Parsed parsed = CaseListParser.parse(answer.text());
    if (!parsed.ok()) {
      unparseable++;
      return;
    }
    for (CandidateCase candidate : parsed.cases()) {
      offer(request, cell, candidate);
    }
  }

  private void offer(GenerationRequest request, Cell cell, CandidateCase candidate) {
    String problem = checker.problem(candidate);
    if (problem != null) {
      invalid.merge(problem, 1, Integer::sum);
      return;
    }
    CandidateCase c = checker.normalize(candidate);
    if (seen.nearest(c.input()).isPresent()) {
      nearDuplicates++;
      return;
    }
    if (cell.missing(request.edge()) <= 0) {
      surplus++;
      return;
    }
    seen.add(c.input());
    TestCase tc = toCase(request, c);
    (request.edge() ? cell.edge : cell.normal).add(tc);
    accepted.add(tc);
  }

  private TestCase toCase(GenerationRequest request, CandidateCase c) {
    TestCase.Builder b = TestCase.builder().id(nextId()).input(c.input()).expected(c.expected())
        .difficulty(request.cell().difficulty());
    if (!c.choices().isEmpty()) {
      b.variable(CaseFields.CHOICES, c.choices());
    }
    b.tags(request.edge() ? List.of(GENERATED_TAG, EDGE_TAG) : List.of(GENERATED_TAG));
    if (request.cell().concept() != null) {
      b.metadata(CaseFields.CONCEPT, request.cell().concept());
    }
    b.metadata(CaseFields.GENERATOR, generator).metadata(CaseFields.PROMPT_VERSION, promptVersion)
        .metadata(GENERATED_AT, generatedAt);
    if (request.edge()) {
      if (c.edgeKind() != null && !c.edgeKind().isBlank()) {
        b.metadata(EDGE_KIND, c.edgeKind().strip());
      }
      b.metadata(DERIVED_FROM, request.seeds().stream().map(TestCase::id).toList());
    }
    return b.build();
  }

  private String nextId() {
    String id;
    do {
      id = idPrefix + "-" + String.format("%0" + idWidth + "d", nextId++);
    } while (!usedIds.add(id));
    return id;
  }
}
