package io.benchmarkhub.author.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code README.md} of a Hugging Face dataset folder: YAML front matter the Hub reads ({@code license},
 * {@code task_categories}, {@code language}, {@code pretty_name}, {@code size_categories}, {@code configs} naming the
 * data file of the split, {@code dataset_info} with the features and the split's size), then a body with the
 * description, a table of the fields, how the dataset was made, how to load it and how to cite it.
 */
final class DatasetCard {
  /** One column of the data file: its feature entry and what it holds. */
  record Column(Map<String, Object> feature, String meaning) {}

  private DatasetCard() {}

  /** {@return the card's text} */
  static String text(DatasetCardInfo info, List<Column> columns, String split, String dataPath, long rows) {
    return "---\n" + BenchmarkYaml.yaml(frontMatter(info, columns, split, dataPath, rows)) + "---\n\n"
        + body(info, columns, split, dataPath, rows);
  }

  private static Map<String, Object> frontMatter(DatasetCardInfo info, List<Column> columns, String split,
      String dataPath, long rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("license", info.license());
    if (info.taskCategory() != null) {
      m.put("task_categories", List.of(info.taskCategory()));
    }
    if (!info.languages().isEmpty()) {
      m.put("language", info.languages());
    }
    m.put("pretty_name", info.prettyName());
    m.put("size_categories", List.of(sizeCategory(rows)));
    m.put("tags", List.of("benchmarkhub", "evaluation"));
    m.put("configs", List.of(Map.of("config_name", "default", "data_files",
        List.of(Map.of("split", split, "path", dataPath)))));
    Map<String, Object> datasetInfo = new LinkedHashMap<>();
    datasetInfo.put("features", columns.stream().map(Column::feature).toList());
    datasetInfo.put("splits", List.of(Map.of("name", split, "num_examples", rows)));
    m.put("dataset_info", datasetInfo);
    return m;
  }

  /** {@return the Hub's size category for a row count}, e.g. {@code n<1K} or {@code 1K<n<10K} */
  static String sizeCategory(long rows) {
    String[] bounds = {"1K", "10K", "100K", "1M", "10M", "100M", "1B"};
    long limit = 1_000;
    for (int i = 0; i < bounds.length; i++) {
      if (rows < limit) {
        return i == 0 ? "n<1K" : bounds[i - 1] + "<n<" + bounds[i];
      }
      limit *= 10;
    }
    return "n>1B";
  }

  private static String body(DatasetCardInfo info, List<Column> columns, String split, String dataPath, long rows) {
    List<String> out = new ArrayList<>();
    out.add("# " + info.prettyName());
    out.add("");
    if (!info.description().isBlank()) {
      out.add(info.description().strip());
      out.add("");
    }
    out.add("## Fields");
    out.add("");
    out.add("| field | type | meaning |");
    out.add("|---|---|---|");
    for (Column c : columns) {
      out.add("| `" + c.feature().get("name") + "` | " + typeName(c.feature()) + " | " + c.meaning() + " |");
    }
    out.add("");
    out.add("The `" + split + "` split has " + rows + (rows == 1 ? " case" : " cases") + ", in `" + dataPath + "`.");
    out.add("");
    out.add("## How it was made");
    out.add("");
    out.add(info.provenance().isBlank() ? "Exported with BenchmarkHub (`benchmarkhub export`)."
        : info.provenance().strip());
    out.add("");
    out.add("## Loading");
    out.add("");
    out.add("```python");
    out.add("from datasets import load_dataset");
    out.add("cases = load_dataset(\"path/to/this/folder\", split=\"" + split + "\")");
    out.add("```");
    out.add("");
    out.add("The data file is also a BenchmarkHub dataset as is: `Dataset.from(\"" + dataPath + "\")`, or");
    out.add("`benchmarkhub validate " + dataPath + "`.");
    out.add("");
    out.add("## Citation");
    out.add("");
    if (info.citation().isBlank()) {
      out.add("No citation was given; cite the dataset by its name, " + info.prettyName() + ".");
    } else {
      out.add("```bibtex");
      out.add(info.citation().strip());
      out.add("```");
    }
    out.add("");
    return String.join("\n", out);
  }

  private static String typeName(Map<String, Object> feature) {
    if (feature.containsKey("dtype")) {
      return (String) feature.get("dtype");
    }
    if (feature.containsKey("sequence")) {
      return "list of " + (feature.get("sequence") instanceof String s ? s : "lists");
    }
    return feature.containsKey("list") ? "list of maps" : "map";
  }
}
