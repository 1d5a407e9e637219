/**
 * The {@code benchmarkhub} command line: {@code init} scaffolds a benchmark in a Maven project, {@code run}
 * runs a benchmark file and checks its gates, {@code report} rebuilds a finished run's reports from its run
 * log, {@code compare} compares two runs and can fail a CI build on a regression. Sits above the runner
 * (it reads run logs with {@link io.benchmarkhub.runner.RunLogs}); knows nothing of JUnit.
 */
package io.benchmarkhub.cli;
