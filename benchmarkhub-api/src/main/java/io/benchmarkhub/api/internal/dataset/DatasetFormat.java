package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.DatasetException;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/** The file formats a dataset can have, each recognised by its file extension. */
public enum DatasetFormat {
  /** One JSON case object per line. */
  JSONL(".jsonl"),
  /** A header row, then one case per row. */
  CSV(".csv"),
  /** One JSON array of case objects. */
  JSON(".json");

  private final String extension;

  DatasetFormat(String extension) {
    this.extension = extension;
  }

  /**
   * {@return the format that {@code location}'s extension names, ignoring case}
   *
   * @throws DatasetException when the extension is none of .jsonl, .csv and .json
   */
  public static DatasetFormat byExtension(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    for (DatasetFormat f : values()) {
      if (lower.endsWith(f.extension)) {
        return f;
      }
    }
    int slash = Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\'));
    int dot = lower.lastIndexOf('.');
    String found = dot > slash ? "the extension '" + location.substring(dot) + "'"
        : "no file extension";
    throw new DatasetException(location, 0, 0, "cannot tell the dataset format: the name has "
        + found + ". Supported extensions are .jsonl (one JSON object per line), .csv (a header"
        + " row, then one row per case) and .json (one array of case objects); rename the file,"
        + " or use Dataset.jsonl, Dataset.csv or Dataset.json to name the format.");
  }

  /** {@return a lazy reader of the cases in {@code text}}; closing it closes {@code text} */
  CaseIterator cases(String resource, Reader text) throws IOException {
    return switch (this) {
      case JSONL -> new JsonLinesCaseIterator(resource, text);
      case CSV -> new CsvCaseIterator(resource, text);
      case JSON -> new JsonArrayCaseIterator(resource, text);
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
