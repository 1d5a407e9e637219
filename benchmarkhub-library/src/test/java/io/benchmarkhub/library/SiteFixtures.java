package io.benchmarkhub.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;

/**
 * A library for the catalog site's tests, cloned from a bare repository: the seed legal-clause-risk 1.0.0 and 1.1.0
 * (legal, the newer with a replayed reference result), and the test benchmark contract-risk as hostile-risk
 * (medical, its description an HTML payload) and ledger-risk (finance, MIT). The index marks
 * legal-clause-risk@1.1.0 verified, as the review workflow does.
 */
final class SiteFixtures {
  static final String HOSTILE = "</script><img src=x onerror=alert(1)>";

  private SiteFixtures() {}

  /** {@return the work tree of the library built under {@code tmp}} */
  static Path library(Path tmp) throws Exception {
    Path bare = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    try (Library lib = Library.cloneFrom(bare.toUri().toString(), tmp.resolve("library"))) {
      lib.publish(Fixtures.packSeed(tmp, "legal-clause-risk", "1.0.0"), PublishOptions.DEFAULTS);
      BenchmarkPackage newer = Fixtures.packSeed(tmp, "legal-clause-risk", "1.1.0");
      ReferenceResults.add(newer, List.of(Replays.replay(newer, tmp.resolve("runs"), "ref-2026").runLog()));
      lib.publish(newer, PublishOptions.DEFAULTS);
      lib.publish(variant(tmp, "hostile-risk", "medical", "CC-BY-4.0", "\"" + HOSTILE + "\""), PublishOptions.DEFAULTS);
      lib.publish(variant(tmp, "ledger-risk", "finance", "MIT", "Flags risky clauses in loan agreements."),
          PublishOptions.DEFAULTS);
      markVerified(lib.workTree().resolve(LibraryIndex.FILE), "legal-clause-risk", "1.1.0");
      return lib.workTree();
    }
  }

  /** Sets {@code verified: true} on a version's entry of the index, as the review workflow records it. */
  static void markVerified(Path index, String name, String version) throws Exception {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    JsonNode tree = json.readTree(index.toFile());
    for (JsonNode p : tree.path("packages")) {
      if (p.path("name").asText().equals(name) && p.path("version").asText().equals(version)) {
        ((ObjectNode) p).put("verified", true);
      }
    }
    Fixtures.write(index, json.writeValueAsString(tree));
  }

  private static BenchmarkPackage variant(Path tmp, String name, String domain, String licence, String description) {
    Path src = Fixtures.contractRisk(tmp.resolve("src-" + name));
    Path meta = src.resolve("package.yaml");
    Fixtures.rewrite(meta, "name: contract-risk", "name: " + name);
    Fixtures.rewrite(meta, "domain: legal", "domain: " + domain);
    Fixtures.rewrite(meta, "license: CC-BY-4.0", "license: " + licence);
    Fixtures.rewrite(meta, "description: Flags risky clauses in commercial contracts.", "description: " + description);
    return BenchmarkPackage.pack(src.resolve("benchmark.yaml"), meta, tmp.resolve("pkg-" + name));
  }
}
