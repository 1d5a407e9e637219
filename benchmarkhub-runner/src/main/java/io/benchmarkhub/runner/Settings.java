package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks up run settings such as {@code openai.base-url} or {@code openai.concurrency}.
 *
 * <p>First match wins: a value set on the benchmark builder, the system property
 * {@code benchmarkhub.<key>}, the environment variable {@code BENCHMARKHUB_<KEY>} (upper case, with
 * {@code .} and {@code -} as {@code _}).
 */
public final class Settings {
  private final Function<String, Optional<String>> builder;
  private final Function<String, String> properties;
  private final Function<String, String> environment;

  Settings(Function<String, Optional<String>> builder, Function<String, String> properties,
      Function<String, String> environment) {
    this.builder = builder;
    this.properties = properties;
    this.environment = environment;
  }

  /** {@return the settings of a benchmark, backed by system properties and the environment} */
  public static Settings of(Benchmark benchmark) {
    return new Settings(benchmark::setting, System::getProperty, System::getenv);
  }

  /** {@return the value of a setting, when set anywhere} */
  public Optional<String> get(String key) {
    Optional<String> v = builder.apply(key);
    if (v.isPresent()) {
      return v;
    }
    String p = properties.apply("benchmarkhub." + key);
    if (p != null && !p.isBlank()) {
      return Optional.of(p.strip());
    }
    String e = environment.apply(environmentName(key));
    return e == null || e.isBlank() ? Optional.empty() : Optional.of(e.strip());
  }

  /**
   * {@return a positive integer setting, when set}
   *
   * @throws BenchmarkException naming the property when the value is not a positive integer
   */
  public Optional<Integer> positiveInt(String key) {
    return get(key).map(v -> {
      try {
        int n = Integer.parseInt(v);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw invalid(key, v, "a positive integer");
    });
  }

  /**
   * {@return a true/false setting, when set}; case is ignored
   *
   * @throws BenchmarkException naming the property when the value is neither true nor false
   */
  public Optional<Boolean> flag(String key) {
    return get(key).map(v -> {
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(v);
      }
      throw invalid(key, v, "true or false");
    });
  }

  /**
   * {@return a positive duration setting, when set}: milliseconds ({@code 250}) or ISO-8601
   * ({@code PT1S}, {@code PT5M})
   *
   * @throws BenchmarkException naming the property when the value is neither, or not positive
   */
  public Optional<Duration> duration(String key) {
    return get(key).map(v -> {
      try {
        Duration d = v.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(v))
            : Duration.parse(v.toUpperCase(Locale.ROOT));
        if (d.compareTo(Duration.ZERO) > 0) {
          return d;
        }
      } catch (NumberFormatException | DateTimeParseException ignored) {
        // reported below
      }
      throw invalid(key, v, "a positive duration in milliseconds (250) or ISO-8601 (PT1S)");
    });
  }

  /** {@return the error for a setting whose value is not what its key needs} */
  static BenchmarkException invalid(String key, String value, String rule) {
    return new BenchmarkException("setting benchmarkhub." + key + " must be " + rule + ", was '" + value
        + "'. Fix the system property benchmarkhub." + key + " or the variable " + environmentName(key) + ".");
  }

  /** {@return the environment variable that holds a setting, e.g. BENCHMARKHUB_OPENAI_BASE_URL} */
  public static String environmentName(String key) {
    return "BENCHMARKHUB_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
