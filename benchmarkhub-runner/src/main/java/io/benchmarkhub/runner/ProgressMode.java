package io.benchmarkhub.runner;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** How a run shows its progress: a bar on a terminal, a periodic log line elsewhere, or not at all. */
enum ProgressMode {
  /** A progress bar redrawn in place on the terminal. */
  BAR,
  /** A log line at most every {@code progress.interval} seconds, and a final line. */
  LOG,
  /** Nothing. */
  OFF;

  /**
   * {@return the mode for a run}: {@link #OFF} when the setting {@code progress} is {@code off} or the
   * benchmark is quiet; {@link #LOG} when the setting is {@code log}, output is not a terminal or the
   * environment variable {@code CI} is set (to anything but {@code false}); {@link #BAR} otherwise
   *
   * @param settings the run's settings, read for {@code progress}: {@code auto} (the default), {@code log} or
   *     {@code off}
   * @param printSummary false when the benchmark is quiet
   * @param terminal whether output goes to a terminal
   * @param environment looks up an environment variable, null when unset
   * @throws io.benchmarkhub.api.BenchmarkException naming the setting when its value is none of these
   */
  static ProgressMode of(Settings settings, boolean printSummary, BooleanSupplier terminal,
      Function<String, String> environment) {
    String setting = settings.get("progress").orElse("auto").toLowerCase(Locale.ROOT);
    switch (setting) {
      case "off":
        return OFF;
      case "log":
        return printSummary ? LOG : OFF;
      case "auto":
        break;
      default:
        throw Settings.invalid("progress", setting, "auto, log or off");
    }
    if (!printSummary) {
      return OFF;
    }
    String ci = environment.apply("CI");
    boolean inCi = ci != null && !ci.isBlank() && !ci.strip().equalsIgnoreCase("false");
    return inCi || !terminal.getAsBoolean() ? LOG : BAR;
  }

  /**
   * {@return whether this JVM writes to a terminal}: {@link System#console()} is null when input or
   * output is redirected; from Java 22 it may exist anyway, so its {@code isTerminal()} decides there.
   */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
