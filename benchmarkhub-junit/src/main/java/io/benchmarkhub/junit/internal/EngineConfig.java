package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.BenchmarkException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration: keys {@code benchmarkhub.*} from JUnit's configuration parameters
 * (explicit ones such as Surefire's {@code configurationParameters}, then system properties, then
 * {@code junit-platform.properties}), then {@code benchmarkhub.properties} at the root of the test
 * classpath, then the environment ({@code BENCHMARKHUB_MODELS} for {@code benchmarkhub.models}).
 *
 * <p>Keys the engine reads itself: {@code benchmarkhub.models} (comma-separated, replaces
 * {@code @Models}), {@code benchmarkhub.limit} (first N cases), {@code benchmarkhub.tags} (cases with
 * any of these tags), {@code benchmarkhub.cases} (these case ids), {@code benchmarkhub.missing-key}
 * ({@code skip}, the default, aborts a model's tests when its key is missing; {@code fail} fails
 * them, for CI). Every other {@code benchmarkhub.*} key is handed to the run as a setting (for
 * example {@code benchmarkhub.openai.base-url} or {@code benchmarkhub.mode}).
 */
public final class EngineConfig {
  static final String PREFIX = "benchmarkhub.";
  private static final String FILE = "benchmarkhub.properties";

  private final ConfigurationParameters parameters;
  private final Properties file;

  EngineConfig(ConfigurationParameters parameters, Properties file) {
    this.parameters = parameters;
    this.file = file;
  }

  /** {@return the configuration of one discovery or execution} */
  public static EngineConfig from(ConfigurationParameters parameters) {
    return new EngineConfig(parameters, loadFile());
  }

  /** {@return a value, when set anywhere} */
  public Optional<String> get(String key) {
    Optional<String> v = parameters.get(key).filter(s -> !s.isBlank());
    if (v.isEmpty()) {
      v = Optional.ofNullable(file.getProperty(key)).filter(s -> !s.isBlank());
    }
    if (v.isEmpty()) {
      v = Optional.ofNullable(System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')))
          .filter(s -> !s.isBlank());
    }
    return v.map(String::strip);
  }

  /** {@return a comma-separated value as a list; empty when unset} */
  public List<String> list(String key) {
    return get(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  /**
   * {@return a positive integer value, when set}
   *
   * @throws BenchmarkException naming the key when the value is not a positive integer
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
      throw new BenchmarkException("configuration " + key + " must be a positive integer, was '" + v + "'.");
    });
  }

  /** {@return whether a model whose key is missing fails (true) or is skipped (false)} */
  public boolean failOnMissingKey() {
    return get(PREFIX + "missing-key").map(v -> v.equalsIgnoreCase("fail")).orElse(false);
  }

  /**
   * {@return the {@code benchmarkhub.*} values given explicitly or in {@code benchmarkhub.properties},
   * without the prefix}, to hand to the run as settings (system properties and the environment the
   * runner reads itself)
   */
  public Map<String, String> runSettings() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : file.stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        out.put(key.substring(PREFIX.length()), file.getProperty(key).strip());
      }
    }
    for (String key : parameters.keySet()) {
      if (key.startsWith(PREFIX)) {
        parameters.get(key).ifPresent(v -> out.put(key.substring(PREFIX.length()), v.strip()));
      }
    }
    return out;
  }

  private static Properties loadFile() {
    Properties p = new Properties();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = (loader != null ? loader : EngineConfig.class.getClassLoader()).getResourceAsStream(FILE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new BenchmarkException("cannot read " + FILE + " from the classpath: " + e.getMessage(), e);
    }
    return p;
  }
}
