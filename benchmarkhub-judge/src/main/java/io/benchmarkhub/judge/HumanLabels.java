package io.benchmarkhub.judge;

import io.benchmarkhub.api.DatasetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * People's verdicts on some trials of a run, to {@linkplain Calibration calibrate} a judge against.
 *
 * <p>A labels file is JSONL (one object per line) or CSV (a header row, then one label per row),
 * UTF-8. Fields (CSV columns):
 *
 * <ul>
 *   <li>{@code case} (required): the id of the case the person judged;
 *   <li>{@code model} (optional): the model's id as the run names it, e.g. {@code
 *       openai:gpt-4o-mini}; without it the label applies to that case's trial on every model;
 *   <li>{@code repeat} (optional): the 1-based repeat; without it, repeat 1 (each repeat is a
 *       different answer, and a person judged one); {@code "all"} for every repeat;
 *   <li>{@code pass} (required): {@code true} or {@code false}, or {@code "pass"} or {@code "fail"}
 *       (any letter case);
 *   <li>{@code score} (optional): a number in [0, 1];
 *   <li>{@code judge} (optional): the name of the judge whose verdict the label is for; without it,
 *       the trial's overall verdict ({@code TrialResult.status()} and {@code score()});
 *   <li>{@code note} (optional): free text for people, ignored.
 * </ul>
 *
 * <pre>
 * {"case": "refund-7", "pass": true, "score": 0.9}
 * {"case": "refund-8", "model": "openai:gpt-4o-mini", "pass": "fail", "note": "wrong amount"}
 *
 * case,model,repeat,pass,score,judge
 * refund-7,,,true,0.9,
 * refund-8,openai:gpt-4o-mini,1,fail,,
 * </pre>
 *
 * <p>In JSON a null means "absent", in CSV an empty cell; blank lines are skipped. Each line is
 * checked as it is read, and the first problem stops the read with a {@link DatasetException}
 * reading {@code file:line: what is wrong. What to do.}: an unknown field, a verdict that is not a
 * boolean, a score outside [0, 1], a missing case or verdict, or two labels for one trial (a label
 * without a model and one with a model overlap when case, repeat and judge agree). The labels are
 * kept in memory: a file holds what people had time to judge, not a whole run.
 */
public final class HumanLabels implements Iterable<HumanLabel> {
  static final String CLASSPATH = "classpath:";

  private final String source;
  private final List<HumanLabel> labels;

  private HumanLabels(String source, List<HumanLabel> labels) {
    this.source = source;
    this.labels = Collections.unmodifiableList(labels);
  }

  /**
   * {@return labels read from a file now}, JSONL or CSV by its extension ({@code .jsonl}, {@code .csv})
   *
   * @throws DatasetException naming the file and line of the first problem
   */
  public static HumanLabels read(Path file) {
    Objects.requireNonNull(file, "file");
    return HumanLabelReader.read(LabelSource.file(file), format(file.toString()));
  }

  /**
   * {@return labels read now from a JSONL file}, whatever its extension
   *
   * @throws DatasetException naming the file and line of the first problem
   */
  public static HumanLabels jsonl(Path file) {
    return HumanLabelReader.read(LabelSource.file(Objects.requireNonNull(file, "file")), Format.JSONL);
  }

  /**
   * {@return labels read now from a CSV file}, whatever its extension
   *
   * @throws DatasetException naming the file and line of the first problem
   */
  public static HumanLabels csv(Path file) {
    return HumanLabelReader.read(LabelSource.file(Objects.requireNonNull(file, "file")), Format.CSV);
  }

  /**
   * {@return labels read now from a classpath resource}, named {@code classpath:<resource>}, JSONL or
   * CSV by its extension
   *
   * @param resource the path relative to the classpath root, e.g. {@code "labels/human.jsonl"}; a
   *     leading slash is ignored
   * @throws DatasetException naming the resource and line of the first problem
   */
  public static HumanLabels classpath(String resource) {
    LabelSource source = LabelSource.classpath(Objects.requireNonNull(resource, "resource"));
    return HumanLabelReader.read(source, format(source.name()));
  }

  /**
   * {@return labels read now from {@code location}}: {@code "classpath:labels/human.jsonl"} for a
   * classpath resource, anything else a file path; JSONL or CSV by the extension
   *
   * @throws DatasetException naming the location and line of the first problem
   */
  public static HumanLabels from(String location) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith(CLASSPATH)) {
      return classpath(location.substring(CLASSPATH.length()));
    }
    try {
      return read(Path.of(location));
    } catch (InvalidPathException e) {
      throw new DatasetException(location, 0, 0, "is not a valid file path (" + e.getReason()
          + "). Give a file path, or classpath:<resource> for a classpath resource.", e);
    }
  }

  /**
   * {@return labels made in code}, named {@code name} in reports
   *
   * @throws IllegalArgumentException when two labels apply to the same trial
   */
  public static HumanLabels of(String name, List<HumanLabel> labels) {
    Objects.requireNonNull(name, "name");
    Collector collector = new Collector();
    for (HumanLabel label : labels) {
      String problem = collector.add(Objects.requireNonNull(label, "label"));
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    return collector.finish(name);
  }

  /** {@return the file or {@code classpath:} resource the labels came from, or the name given} */
  public String source() {
    return source;
  }

  /** {@return the labels, in file order} */
  public List<HumanLabel> labels() {
    return labels;
  }

  /** {@return how many labels there are} */
  public int size() {
    return labels.size();
  }

  @Override
  public Iterator<HumanLabel> iterator() {
    return labels.iterator();
  }

  @Override
  public String toString() {
    return "HumanLabels[" + source + ", " + labels.size() + " labels]";
  }

  private static Format format(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      return Format.JSONL;
    }
    if (lower.endsWith(".csv")) {
      return Format.CSV;
    }
    throw new DatasetException(name, 0, 0, "cannot tell the format of the labels: the name ends in"
        + " neither .jsonl nor .csv. Rename the file, or read it with HumanLabels.jsonl(path) or"
        + " HumanLabels.csv(path).");
  }

  /** The two file formats. */
  enum Format {
    JSONL,
    CSV
  }

  /** Collects labels, refusing a second label for a trial that one already covers. */
  static final class Collector {
    private final List<HumanLabel> labels = new ArrayList<>();
    private final Map<String, List<HumanLabel>> byCase = new HashMap<>();

    /** Adds the label; returns null, or what is wrong and what to do when it overlaps an earlier one. */
    String add(HumanLabel label) {
      List<HumanLabel> sameCase = byCase.computeIfAbsent(label.caseId(), id -> new ArrayList<>(1));
      for (HumanLabel earlier : sameCase) {
        if (earlier.overlaps(label)) {
          return overlap(earlier, label);
        }
      }
      sameCase.add(label);
      labels.add(label);
      return null;
    }

    private static String overlap(HumanLabel earlier, HumanLabel label) {
      String where = earlier.source() == null ? "earlier" : "on line " + earlier.source().line();
      if (earlier.describe().equals(label.describe())) {
        return label.describe() + " is labelled twice: " + where + " and here. Keep one label per trial.";
      }
      return "this label (" + label.describe() + ") and the one " + where + " (" + earlier.describe()
          + ") apply to the same trial. Keep one label per trial; a label without 'model' applies to"
          + " every model's trial of its case, and one with repeat \"all\" to every repeat.";
    }

    boolean isEmpty() {
      return labels.isEmpty();
    }

    HumanLabels finish(String source) {
      return new HumanLabels(source, labels);
    }
  }
}
