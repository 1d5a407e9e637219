package io.benchmarkhub.runner;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.judge.Calibration;
import io.benchmarkhub.judge.CalibrationReport;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calibrates the run's judge against human labels at the end of every run, when the setting
 * {@code calibration.labels} names a labels file ({@code classpath:...} or a path; see
 * {@link Calibration} for the format). {@code calibration.judge} picks one judge by name (default: the
 * trials' overall verdict) and {@code calibration.threshold} the kappa below which the judge is not
 * trusted (default 0.7). A judge below it is warned about in the log and under the summary table.
 */
final class RunCalibration {
  private static final Logger log = LoggerFactory.getLogger(RunCalibration.class);

  private RunCalibration() {}

  /**
   * {@return the calibration report of the run, when the settings ask for one}
   *
   * @throws BenchmarkException naming the setting when the labels cannot be read or a setting is invalid
   */
  static Optional<CalibrationReport> of(RunSummary summary, Settings settings) {
    Optional<String> labels = settings.get("calibration.labels");
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    Calibration calibration;
    try {
      calibration = Calibration.against(labels.get());
      Optional<String> judge = settings.get("calibration.judge");
      if (judge.isPresent()) {
        calibration = calibration.judge(judge.get());
      }
      Optional<String> threshold = settings.get("calibration.threshold");
      if (threshold.isPresent()) {
        calibration = calibration.threshold(Double.parseDouble(threshold.get()));
      }
    } catch (NumberFormatException e) {
      throw Settings.invalid("calibration.threshold", settings.get("calibration.threshold").orElse(""),
          "a kappa between -1 and 1, e.g. 0.7");
    } catch (IllegalArgumentException e) {
      throw new BenchmarkException("setting benchmarkhub.calibration.*: " + e.getMessage(), e);
    }
    CalibrationReport report;
    try {
      report = calibration.report(summary);
    } catch (IllegalArgumentException e) {
      throw new BenchmarkException("cannot calibrate run " + summary.runId() + " against " + labels.get() + ": "
          + e.getMessage(), e);
    }
    report.warning().ifPresent(log::warn);
    return Optional.of(report);
  }
}
