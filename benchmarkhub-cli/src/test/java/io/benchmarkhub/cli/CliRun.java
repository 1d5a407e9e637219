package io.benchmarkhub.cli;

import io.benchmarkhub.api.SecretSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One execution of the command line in a test: its exit code, and what it wrote on stdout and stderr, the
 * runner's own console output (summary table, report address) included.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {

  /** {@return the outcome of running the command with these API keys and arguments} */
  static CliRun of(SecretSource secrets, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ByteArrayOutputStream consoleErr = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int exit;
    try (PrintStream o = new PrintStream(console, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(consoleErr, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      CommandLine cl = BenchmarkHubCli.commandLine(secrets);
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      exit = cl.execute(args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    return new CliRun(exit, console.toString(StandardCharsets.UTF_8) + out,
        consoleErr.toString(StandardCharsets.UTF_8) + err);
  }

  /** {@return everything written}, for checks that something appears nowhere */
  String all() {
    return out + err;
  }
}
