package io.benchmarkhub.library;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.author.spec.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a package offline: every trial answered from its cassette (mode replay, no key), no reports. */
final class Replays {
  private Replays() {}

  /** {@return the summary of a replay of the package} as run {@code runId} under {@code runDir} */
  static RunSummary replay(BenchmarkPackage pkg, Path runDir, String runId) {
    return pkg.loadBenchmarkFile().builder(new RunOptions(List.of(), 0, Map.of("mode", "replay", "cache", "false",
        "reports", "false", "run-dir", runDir.toString(), "run-id", runId))).quiet().build().run();
  }
}
