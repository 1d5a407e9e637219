package io.benchmarkhub.cli;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.interop.CaseCsvWriter;
import io.benchmarkhub.author.interop.DatasetCardInfo;
import io.benchmarkhub.author.interop.HuggingFaceExport;
import io.benchmarkhub.author.interop.JsonlExport;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub export}: writes a dataset (or a benchmark file's dataset) as our JSONL, our CSV, or a Hugging
 * Face datasets folder with a dataset card. Exit codes: 0 done, 1 a malformed dataset or a case the format cannot
 * hold (named by file and line), a file that cannot be written, 2 bad usage.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    sortOptions = false,
    description = {"Writes a dataset, or a benchmark file's dataset, as JSONL, CSV or a Hugging Face datasets folder"
        + " (data/<split>.jsonl and a README.md dataset card with YAML metadata).",
        "",
        "  benchmarkhub export support-intent.benchmark.yaml --format huggingface --out hf/support-intent \\",
        "      --license cc-by-4.0 --language en",
        "  benchmarkhub export cases.jsonl --format csv --out cases.csv",
        "",
        "From a benchmark file the card takes its name, description, task type, concepts and labels."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a malformed dataset or benchmark file, a case the format cannot hold (named by file and line), a file "
            + "that cannot be written",
        "2:bad usage: an unknown format or option, a missing argument"})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE",
      description = "A dataset (.jsonl, .csv, .json, classpath:...) or a benchmark file (.yaml, .yml, .json).")
  String source;

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|huggingface",
      description = "jsonl, csv, or huggingface (a folder).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH",
      description = "The file to write (jsonl, csv), or the folder (huggingface).")
  Path out;

  @Option(names = "--split", defaultValue = "test", description = "huggingface: the split's name (default: test).")
  String split;

  @Option(names = "--data-format", defaultValue = "jsonl", paramLabel = "jsonl|csv",
      description = "huggingface: the data file's format (default: jsonl).")
  String dataFormat;

  @Option(names = "--license", defaultValue = "unknown",
      description = "huggingface: the licence id the Hub knows, e.g. apache-2.0, cc-by-4.0 (default: unknown).")
  String license;

  @Option(names = "--language", split = ",", paramLabel = "CODE",
      description = "huggingface: the cases' languages, ISO 639-1 codes, e.g. en,de.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--citation", paramLabel = "FILE.bib", description = "huggingface: a BibTeX file to cite.")
  Path citation;

  @Override
  public Integer call() throws IOException {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("jsonl", "csv", "huggingface").contains(kind)) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': use jsonl, csv or"
          + " huggingface");
    }
    if (!List.of("jsonl", "csv").contains(dataFormat)) {
      throw new ParameterException(spec.commandLine(), "unknown --data-format '" + dataFormat + "': use jsonl or csv");
    }
    if (!split.matches("[A-Za-z0-9_.-]+")) {
      throw new ParameterException(spec.commandLine(), "--split '" + split + "': use letters, digits, _ . or -");
    }
    BenchmarkFile file = isBenchmarkFile() ? BenchmarkFile.load(Path.of(source)) : null;
    Dataset dataset = file != null ? file.dataset() : Dataset.from(source);
    long count = switch (kind) {
      case "jsonl" -> JsonlExport.write(dataset, out);
      case "csv" -> CaseCsvWriter.write(dataset, out);
      default -> HuggingFaceExport.write(dataset, out, split, dataFormat.equals("csv")
          ? HuggingFaceExport.Format.CSV : HuggingFaceExport.Format.JSONL, card(file));
    };
    spec.commandLine().getOut().println("wrote " + count + (count == 1 ? " case" : " cases") + " to " + out
        + (kind.equals("huggingface") ? " (data/" + split + "." + dataFormat + " and README.md)" : ""));
    return BenchmarkHubCli.OK;
  }

  private DatasetCardInfo card(BenchmarkFile file) throws IOException {
    String bib = citation == null ? "" : Files.readString(citation);
    if (file == null) {
      String name = Path.of(source.replaceFirst("^classpath:", "")).getFileName().toString().replaceFirst("\\.[^.]+$",
          "");
      return new DatasetCardInfo(name, "", null, license, languages, "Exported with BenchmarkHub from `"
          + source + "`.", bib);
    }
    BenchmarkDesign d = file.design();
    StringBuilder made = new StringBuilder("The cases of the BenchmarkHub benchmark `" + file.name() + "` "
        + file.version() + ", exported with `benchmarkhub export` from `" + file.file().getFileName() + "`.");
    if (!d.concepts().isEmpty()) {
      made.append(" It is designed to cover the concepts ").append(String.join(", ", d.concepts())).append('.');
    }
    if (!d.difficulties().isEmpty()) {
      made.append(" Difficulty levels, easiest first: ").append(String.join(", ", d.difficulties())).append('.');
    }
    if (!d.labels().isEmpty()) {
      made.append(" Labels: ").append(String.join(", ", d.labels())).append('.');
    }
    return new DatasetCardInfo(file.name(), file.description(), d.taskType(), license, languages, made.toString(),
        bib);
  }

  private boolean isBenchmarkFile() throws IOException {
    String n = source.toLowerCase(Locale.ROOT);
    if (n.startsWith("classpath:")) {
      return false;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return true;
    }
    return n.endsWith(".json") && Files.isRegularFile(Path.of(source))
        && Files.readString(Path.of(source)).stripLeading().startsWith("{");
  }
}
