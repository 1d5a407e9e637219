package io.benchmarkhub.author.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.generate.GenerationReport.CellReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation through the real runner with a fake generator model handed to the builder. */
class LlmCaseGeneratorTest {
  private static final BenchmarkDesign DESIGN = new BenchmarkDesign(TaskType.QUESTION_ANSWERING,
      List.of("refunds", "shipping"), List.of("easy", "hard"), List.of());
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir
  Path dir;

  private LlmCaseGenerator.Builder generator(FakeCaseWriter fake, int count) {
    return LlmCaseGenerator.builder().domain("support questions to a home-goods shop").design(DESIGN).count(count)
        .model("fake:writer").provider("fake", fake).perRequest(10).edgeShare(0.25)
        .setting("run-dir", dir.toString()).quiet().clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void stratifiesAcrossConceptAndDifficultyAndTagsEveryCase() {
    GenerationResult r = generator(new FakeCaseWriter(), 40).build().generate();

    GenerationReport report = r.report();
    assertThat(report.accepted()).isEqualTo(40);
    assertThat(report.cells()).containsExactly(
        new CellReport("refunds", "easy", 8, 8, 3, 3, 2), new CellReport("refunds", "hard", 7, 7, 2, 2, 2),
        new CellReport("shipping", "easy", 7, 7, 2, 2, 2), new CellReport("shipping", "hard", 8, 8, 3, 3, 2));
    assertThat(report.rounds()).isEqualTo(2); // normal cases, then the edge cases derived from them
    assertThat(report.requests()).isEqualTo(8);
    assertThat(report.rejected()).isZero();
    assertThat(report.inputTokens()).isEqualTo(8 * 300);

    assertThat(r.cases()).extracting(TestCase::id).startsWith("cases-0001", "cases-0002").doesNotHaveDuplicates();
    TestCase first = r.cases().get(0);
    assertThat(first.difficulty()).contains("easy");
    assertThat(first.tags()).containsExactly("generated");
    assertThat(first.metadata()).containsEntry(CaseFields.CONCEPT, "refunds")
        .containsEntry(CaseFields.GENERATOR, "fake:writer").containsEntry(CaseFields.PROMPT_VERSION, "gen-1")
        .containsEntry("generatedAt", "2026-11-30T12:00:00Z");
    List<TestCase> edges = r.cases().stream().filter(c -> c.tags().contains("edge")).toList();
    assertThat(edges).hasSize(10).allSatisfy(c -> assertThat(c.metadata()).containsEntry("edgeKind", "boundary"));
    TestCase edge = edges.get(0);
    assertThat(edge.metadata()).containsEntry(CaseFields.CONCEPT, "refunds");
    @SuppressWarnings("unchecked")
    List<String> sources = (List<String>) edge.metadata().get("derivedFrom");
    assertThat(sources).hasSize(3).allSatisfy(id -> assertThat(r.cases().stream().filter(c -> c.id().equals(id))
        .findFirst().orElseThrow().metadata()).containsEntry(CaseFields.CONCEPT, "refunds"));
  }

  @Test
  void rejectionsAreCountedByReasonAndShortCellsAreToppedUpWithNewRequests() {
    FakeCaseWriter fake = new FakeCaseWriter()
        .malformedWhen(p -> p.contains("Concept: refunds\nDifficulty: easy") && p.contains("This is request 1 "))
        .duplicateWhen(p -> p.contains("Concept: shipping\nDifficulty: hard") && p.contains("This is request 2 "))
        .missingExpectedWhen(p -> p.contains("Concept: refunds\nDifficulty: hard") && p.contains("This is request 1 "));

    GenerationResult r = generator(fake, 60).perRequest(5).build().generate();

    GenerationReport report = r.report();
    assertThat(report.accepted()).isEqualTo(60);
    assertThat(report.shortCells()).isEmpty();
    assertThat(report.unparseableAnswers()).isEqualTo(1);
    assertThat(report.invalid()).containsExactly(Map.entry(CaseChecker.NO_EXPECTED, 1));
    assertThat(report.nearDuplicates()).isEqualTo(1);
    // refunds/easy lost a whole request of 5, so round 2 asks it again, with new request numbers (new prompts),
    // for the 5 plus a margin of 2: 5 + 2 in requests of at most 5
    assertThat(fake.prompts).filteredOn(p -> p.contains("Concept: refunds\nDifficulty: easy")
        && p.contains("This is request 4 ") && p.contains("Write 5 ")).hasSize(1);
    assertThat(fake.prompts).filteredOn(p -> p.contains("Concept: refunds\nDifficulty: easy")
        && p.contains("This is request 5 ") && p.contains("Write 2 ")).hasSize(1);
    assertThat(fake.prompts).filteredOn(p -> p.contains("Concept: shipping\nDifficulty: hard")
        && p.contains("This is request 4 ") && p.contains("Write 2 ")).hasSize(1);
    assertThat(report.surplus()).isEqualTo(4); // the margins of the three top-ups: 2 + 1 + 1
    assertThat(report.toText()).contains("1 unparseable answers").contains("1 near duplicates")
        .contains("refunds/easy").contains("12/12");
  }

  @Test
  void aCellThatNeverAnswersIsAskedABoundedNumberOfTimesAndReportedShort() {
    FakeCaseWriter fake = new FakeCaseWriter().malformedWhen(p -> p.contains("Concept: refunds\nDifficulty: easy"));

    GenerationResult r = generator(fake, 40).topUps(1).build().generate();

    GenerationReport report = r.report();
    assertThat(fake.prompts).filteredOn(p -> p.contains("Concept: refunds\nDifficulty: easy")).hasSize(2);
    assertThat(report.cells().get(0)).isEqualTo(new CellReport("refunds", "easy", 8, 0, 3, 0, 2));
    assertThat(report.shortfall()).isEqualTo(11);
    assertThat(report.accepted()).isEqualTo(29);
    assertThat(report.unparseableAnswers()).isEqualTo(2);
    assertThat(report.rounds()).isLessThanOrEqualTo(3);
    assertThat(report.toText()).contains("short by 11 cases in 1 cells");
  }

  @Test
  void newCasesNearDuplicatingAnExistingOneAreRejectedAndItsIdIsNotReused() {
    TestCase existing = TestCase.builder().id("cases-0001")
        .input(FakeCaseWriter.input("refunds", "easy", false, 1, 0) + " please").expected("x").build();

    GenerationResult r = generator(new FakeCaseWriter(), 8).edgeShare(0).existing(List.of(existing)).build().generate();

    assertThat(r.report().nearDuplicates()).isEqualTo(1);
    assertThat(r.cases()).hasSize(8).extracting(TestCase::id).doesNotContain("cases-0001").contains("cases-0002");
    assertThat(r.cases()).extracting(TestCase::input).doesNotContain(FakeCaseWriter.input("refunds", "easy", false, 1, 0));
  }

  @Test
  void theWrittenJsonlReadsBackAsTheSameCases() {
    GenerationResult r = generator(new FakeCaseWriter(), 12).build().generate();
    Path out = dir.resolve("out/cases.jsonl");

    CaseJsonlWriter.write(r.cases(), out);
    List<TestCase> back = Dataset.jsonl(out).toList();

    assertThat(back).hasSize(12);
    for (int i = 0; i < back.size(); i++) {
      TestCase a = r.cases().get(i);
      TestCase b = back.get(i);
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(b.input()).isEqualTo(a.input());
      assertThat(b.expected()).isEqualTo(a.expected());
      assertThat(b.tags()).isEqualTo(a.tags());
      assertThat(b.difficulty()).isEqualTo(a.difficulty());
      assertThat(b.metadata()).isEqualTo(a.metadata());
    }
    GenerationResult more = generator(new FakeCaseWriter(), 4).edgeShare(0).existing(back).build().generate();
    CaseJsonlWriter.append(more.cases(), out);

    assertThat(more.report().nearDuplicates()).isEqualTo(4); // request 1 of each cell repeats the first run's
    assertThat(more.cases()).extracting(TestCase::id).containsExactly("cases-0013", "cases-0014", "cases-0015",
        "cases-0016");
    assertThat(Dataset.jsonl(out).toList()).hasSize(16);
  }
}
