package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference results: a replayed run of the package's own cases is added; a run on other data is refused. */
class ReferenceResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void aRunOfThePackagesCasesIsAddedAsItsSummaryWithoutMachinePaths() throws Exception {
    BenchmarkPackage pkg = Fixtures.packSeed(tmp, "legal-clause-risk", "1.0.0");
    RunSummary run = Replays.replay(pkg, tmp.resolve("runs"), "ref-1");

    List<ReferenceResult> added = ReferenceResults.add(pkg, List.of(run.runLog()));

    assertThat(added).singleElement().satisfies(r -> {
      assertThat(r.runId()).isEqualTo("ref-1");
      assertThat(r.file()).isEqualTo(pkg.dir().resolve("results/ref-1.summary.json"));
      assertThat(r.warningText()).isEmpty();
    });
    JsonNode summary = JSON.readTree(added.get(0).file().toFile());
    assertThat(summary.path("schema").asText()).isEqualTo("benchmarkhub.summary/1");
    assertThat(summary.path("info").path("datasetSha256").asText()).isEqualTo(pkg.manifest().dataset().sha256());
    assertThat(summary.path("info").path("dataset").asText()).isEqualTo("cases.jsonl");
    assertThat(summary.path("runLog").asText()).isEqualTo("legal-clause-risk.jsonl");
    assertThat(summary.path("models").get(0).path("trials").asLong()).isEqualTo(run.models().get(0).trials());
    assertThat(BenchmarkPackage.load(pkg.dir()).results()).containsExactly(added.get(0).file());
  }

  @Test
  void addingTheSameRunToAPackedPackageAgainGivesTheSameBytes() throws Exception {
    BenchmarkPackage pkg = Fixtures.packSeed(tmp, "legal-clause-risk", "1.0.0");
    Path log = Replays.replay(pkg, tmp.resolve("runs"), "ref-1").runLog();
    byte[] first = Files.readAllBytes(ReferenceResults.add(pkg, List.of(log)).get(0).file());

    BenchmarkPackage again = Fixtures.packSeed(tmp.resolve("again"), "legal-clause-risk", "1.0.0");
    byte[] second = Files.readAllBytes(ReferenceResults.add(again, List.of(log)).get(0).file());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void aRunOnOtherDataIsRefusedNamingBothChecksumsAndNothingIsWritten() {
    BenchmarkPackage pkg = Fixtures.packSeed(tmp, "legal-clause-risk", "1.0.0");
    BenchmarkPackage other = Fixtures.packSeed(tmp, "finance-ratio-math", "1.0.0");
    Path otherLog = Replays.replay(other, tmp.resolve("runs"), "other-1").runLog();
    String otherSha = other.manifest().dataset().sha256();

    assertThatThrownBy(() -> ReferenceResults.add(pkg, List.of(otherLog)))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("run other-1")
        .hasMessageContaining("sha256 " + otherSha)
        .hasMessageContaining("cases.jsonl has sha256 " + pkg.manifest().dataset().sha256());
    assertThat(pkg.dir().resolve("results")).doesNotExist();
  }

  @Test
  void loadRefusesAResultWhoseChecksumIsNotThePackages() throws Exception {
    BenchmarkPackage pkg = Fixtures.packSeed(tmp, "legal-clause-risk", "1.0.0");
    Path log = Replays.replay(pkg, tmp.resolve("runs"), "ref-1").runLog();
    Path file = ReferenceResults.add(pkg, List.of(log)).get(0).file();
    String sha = pkg.manifest().dataset().sha256();
    String other = "0".repeat(64);
    Fixtures.rewrite(file, sha, other);

    assertThatThrownBy(() -> BenchmarkPackage.load(pkg.dir()))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("results/ref-1.summary.json: $.info.datasetSha256: is " + other)
        .hasMessageContaining("cases.jsonl has sha256 " + sha);
  }

  @Test
  void aRunThatRecordedNoChecksumIsAddedWithAWarning() throws Exception {
    BenchmarkPackage pkg = Fixtures.packSeed(tmp, "legal-clause-risk", "1.0.0");
    Path log = Replays.replay(pkg, tmp.resolve("runs"), "old-1").runLog();
    Path plan = Files.list(log.getParent()).filter(f -> f.toString().endsWith(".run.json")).findFirst().orElseThrow();
    Fixtures.write(plan, Fixtures.read(plan).replaceAll("\"datasetSha256\" *: *\"[0-9a-f]*\"",
        "\"datasetSha256\": \"\""));

    List<ReferenceResult> added = ReferenceResults.add(pkg, List.of(log));

    assertThat(added.get(0).warningText()).hasValueSatisfying(w -> assertThat(w)
        .contains("run old-1").contains("recorded no dataset checksum"));
    assertThat(BenchmarkPackage.load(pkg.dir()).results()).hasSize(1);
  }
}
