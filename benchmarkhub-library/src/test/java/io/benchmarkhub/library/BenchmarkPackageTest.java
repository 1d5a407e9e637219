package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.author.spec.BenchmarkFile;
import io.benchmarkhub.library.PackageManifest.Author;
import io.benchmarkhub.library.PackageManifest.JudgeSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkPackageTest {
  @TempDir
  Path tmp;

  @Test
  void packWritesThePackageLayoutWithDerivedFields() {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");

    assertThat(p.files()).containsExactly("benchmark.json", "benchmark.yaml", "cases.jsonl",
        "cassettes/contract-risk.cassette.jsonl", "validation.json");
    PackageManifest m = p.manifest();
    assertThat(m.ref()).hasToString("contract-risk@1.0.0");
    assertThat(m.domain()).isEqualTo("legal");
    assertThat(m.taskType()).isEqualTo("classification");
    assertThat(m.authors()).containsExactly(new Author("Ada Lovelace", "ada@example.org", "Analytical Engines"),
        new Author("Grace Hopper", "grace@example.org", null));
    assertThat(m.license()).isEqualTo("CC-BY-4.0");
    assertThat(m.openData()).isTrue();
    assertThat(m.citation()).isEqualTo("Lovelace, A. (2026). Contract risk clauses.");
    assertThat(m.tags()).containsExactly("contracts", "risk");
    assertThat(m.concepts()).containsExactly("liability", "termination");
    assertThat(m.difficultyDistribution()).containsExactly(Map.entry("easy", 8), Map.entry("hard", 8));
    assertThat(m.conceptCounts()).containsExactly(Map.entry("liability", 8), Map.entry("termination", 8));
    assertThat(m.metrics()).containsExactly("pass-rate", "mean-score");
    assertThat(m.judges()).containsExactly(new JudgeSummary("oneOf", null, List.of()),
        new JudgeSummary("llmRubric", "openai:gpt-4.1-mini", List.of()));
    assertThat(m.dataset().file()).isEqualTo("cases.jsonl");
    assertThat(m.dataset().cases()).isEqualTo(16);
    assertThat(m.dataset().sha256()).isEqualTo(CaseFacts.sha256(tmp.resolve("src-contract-risk-1.0.0/contract-risk.jsonl")));
    assertThat(m.forkedFrom()).isNull();
    assertThat(m.review()).isEqualTo(ReviewState.DRAFT);
    assertThat(m.qualityScore()).isEqualTo(ValidationFile.score(p.dir())).isBetween(50.0, 100.0);
  }

  @Test
  void thePackagedRunDefinitionReadsTheCasesAndCassettesOfThePackage() {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");

    String yaml = Fixtures.read(p.benchmarkFile());
    assertThat(yaml).contains("name: contract-risk", "version: 1.0.0", "dataset: cases.jsonl",
        "cassette-dir: cassettes").doesNotContain("0.9.0");
    BenchmarkFile file = p.loadBenchmarkFile();
    assertThat(file.version()).isEqualTo("1.0.0");
    assertThat(file.dataset().toList()).hasSize(16);
    assertThat(file.benchmark().setting("cassette-dir")).hasValue(p.dir().resolve("cassettes").toString());
  }

  @Test
  void packingTheSameInputTwiceGivesTheSameBytes() throws IOException {
    BenchmarkPackage first = Fixtures.pack(tmp.resolve("a"), "contract-risk", "1.0.0");
    BenchmarkPackage second = Fixtures.pack(tmp.resolve("b"), "contract-risk", "1.0.0");
    BenchmarkPackage again = BenchmarkPackage.pack(tmp.resolve("a/src-contract-risk-1.0.0/benchmark.yaml"),
        tmp.resolve("a/src-contract-risk-1.0.0/package.yaml"), first.dir());

    for (String f : first.files()) {
      assertThat(Files.readAllBytes(second.dir().resolve(f))).as(f).isEqualTo(Files.readAllBytes(first.dir().resolve(f)));
      assertThat(Files.readAllBytes(again.dir().resolve(f))).as(f).isEqualTo(Files.readAllBytes(first.dir().resolve(f)));
    }
    assertThat(Fixtures.read(first.validationFile().orElseThrow())).contains("\"createdAt\" : \"1970-01-01T00:00:00Z\"")
        .doesNotContain(tmp.toString());
  }

  @Test
  void loadRefusesCasesChangedAfterPacking() throws IOException {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Files.writeString(p.casesFile(), Fixtures.read(p.casesFile()).replace("ninety days", "nine days"));

    assertThatThrownBy(() -> BenchmarkPackage.load(p.dir())).isInstanceOf(PackageException.class)
        .hasMessageStartingWith("pkg-contract-risk-1.0.0/benchmark.json: $.dataset.sha256: is ")
        .hasMessageContaining("the cases changed after packing");
  }

  @Test
  void loadNamesTheFileAndFieldOfAnUnknownLicence() {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Path manifest = p.dir().resolve("benchmark.json");
    Fixtures.rewrite(manifest, "\"CC-BY-4.0\"", "\"CC-BY\"");

    assertThatThrownBy(() -> BenchmarkPackage.load(p.dir())).isInstanceOf(PackageException.class)
        .hasMessage("pkg-contract-risk-1.0.0/benchmark.json: $.license: 'CC-BY' is not an SPDX licence id; "
            + "e.g. CC-BY-4.0 (or LicenseRef-<name> for a licence of your own)");
  }

  @Test
  void loadValidatesTheManifestAgainstItsSchema() {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Path manifest = p.dir().resolve("benchmark.json");
    Fixtures.rewrite(manifest, "\"version\" : \"1.0.0\"", "\"version\" : \"1.0\"");
    Fixtures.rewrite(manifest, "\"state\" : \"draft\"", "\"state\" : \"done\"");

    assertThatThrownBy(() -> BenchmarkPackage.load(p.dir())).isInstanceOf(PackageException.class)
        .satisfies(e -> assertThat(((PackageException) e).problems()).hasSize(2)
            .anySatisfy(m -> assertThat(m).startsWith("pkg-contract-risk-1.0.0/benchmark.json: $.version: "))
            .anySatisfy(m -> assertThat(m).startsWith("pkg-contract-risk-1.0.0/benchmark.json: $.review.state: ")));
  }

  @Test
  void loadRefusesAManifestThatDisagreesWithTheRunDefinition() {
    BenchmarkPackage p = Fixtures.pack(tmp, "contract-risk", "1.0.0");
    Fixtures.rewrite(p.benchmarkFile(), "version: 1.0.0", "version: 1.0.1");

    assertThatThrownBy(() -> BenchmarkPackage.load(p.dir())).isInstanceOf(PackageException.class)
        .hasMessage("pkg-contract-risk-1.0.0/benchmark.json: $.version: is 1.0.0 but "
            + "pkg-contract-risk-1.0.0/benchmark.yaml: version is 1.0.1");
  }

  @Test
  void loadRefusesAFolderWithoutManifest() {
    assertThatThrownBy(() -> BenchmarkPackage.load(tmp)).isInstanceOf(PackageException.class)
        .hasMessageContaining("benchmark.json: missing");
  }

  @Test
  void packageYamlProblemsNameTheField() {
    Path src = Fixtures.contractRisk(tmp.resolve("src"));
    Fixtures.rewrite(src.resolve("package.yaml"), "name: contract-risk", "name: Contract Risk");
    Fixtures.rewrite(src.resolve("package.yaml"), "license: CC-BY-4.0", "licence: CC-BY-4.0");

    assertThatThrownBy(() -> BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"),
        tmp.resolve("out"))).isInstanceOf(PackageException.class)
        .satisfies(e -> assertThat(((PackageException) e).problems()).containsExactlyInAnyOrder(
            src.resolve("package.yaml") + ": $.licence: unknown field; known fields: name, version, domain, "
                + "description, authors, license, citation, tags",
            src.resolve("package.yaml") + ": $.name: 'Contract Risk' is not a package name: lower-case letters "
                + "and digits in words joined by dashes, e.g. legal-clause-risk",
            src.resolve("package.yaml") + ": $.license: missing; an SPDX licence id, e.g. license: CC-BY-4.0"));
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void packRefusesAFolderThatIsNotAPackage() throws IOException {
    Path src = Fixtures.contractRisk(tmp.resolve("src"));
    Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out/notes.txt"), "mine");

    assertThatThrownBy(() -> BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"),
        tmp.resolve("out"))).isInstanceOf(PackageException.class).hasMessageContaining("is neither empty nor a package");
    assertThat(tmp.resolve("out/notes.txt")).hasContent("mine");
  }

  @Test
  void aCsvDatasetIsPackedAsJsonl() throws IOException {
    Path src = Fixtures.contractRisk(tmp.resolve("src"));
    StringBuilder csv = new StringBuilder("id,input,expected,difficulty\n");
    for (String line : Fixtures.lines(src.resolve("contract-risk.jsonl"))) {
      var node = ManifestJson.MAPPER.readTree(line);
      csv.append(node.get("id").asText()).append(",\"").append(node.get("input").asText()).append("\",")
          .append(node.get("expected").asText()).append(',').append(node.get("difficulty").asText()).append('\n');
    }
    Files.writeString(src.resolve("cases.csv"), csv);
    Fixtures.rewrite(src.resolve("benchmark.yaml"), "dataset: contract-risk.jsonl", "dataset: cases.csv");

    BenchmarkPackage p = BenchmarkPackage.pack(src.resolve("benchmark.yaml"), src.resolve("package.yaml"),
        tmp.resolve("out"));

    assertThat(Fixtures.lines(p.casesFile())).hasSize(16).first().asString().startsWith("{\"id\":\"l-e-1\"");
    assertThat(p.manifest().conceptCounts()).containsExactly(Map.entry(PackageManifest.UNSPECIFIED, 16));
  }
}
