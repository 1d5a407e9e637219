package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.author.generate.CaseJsonlWriter;
import io.benchmarkhub.author.interop.BenchmarkYaml;
import io.benchmarkhub.author.interop.ImportNote;
import io.benchmarkhub.author.interop.ImportResult;
import io.benchmarkhub.author.interop.InspectImport;
import io.benchmarkhub.author.interop.OpenAiEvalsImport;
import io.benchmarkhub.author.interop.PromptfooImport;
import io.benchmarkhub.author.spec.BenchmarkFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub import}: reads a promptfoo config, an OpenAI Evals samples file or an Inspect samples file and
 * writes its cases as JSONL, and for promptfoo a benchmark file too (checked by loading it). Exit codes: 0 done,
 * 1 a malformed input (file:line) or an item that cannot be mapped (unless {@code --skip-unmapped}), 2 bad usage.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    sortOptions = false,
    description = {"Imports cases from another tool's files: a promptfoo config (prompts, providers, tests with vars"
        + " and assert), an OpenAI Evals samples file (input, ideal) or an Inspect samples file (input, target,"
        + " choices, id, metadata).",
        "",
        "  benchmarkhub import promptfoo promptfooconfig.yaml --out cases.jsonl --benchmark-out qa.benchmark.yaml",
        "  benchmarkhub import openai-evals registry/data/arithmetic/samples.jsonl --out arithmetic.jsonl",
        "  benchmarkhub import inspect mmlu-sample.jsonl --out mmlu.jsonl",
        "",
        "An assertion type with no BenchmarkHub judge (javascript, similar, cost...) stops the import, naming the"
            + " file, line and type; --skip-unmapped leaves such items out and lists them."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a malformed input (named by file and line), an item with no BenchmarkHub equivalent (without "
            + "--skip-unmapped), a file that cannot be written",
        "2:bad usage: an unknown format or option, a missing argument"})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "promptfoo, openai-evals or inspect.")
  String format;

  @Parameters(index = "1", paramLabel = "FILE", description = "The promptfoo config, or the JSONL samples file.")
  Path source;

  @Option(names = "--out", paramLabel = "FILE.jsonl", required = true,
      description = "Write the cases to this JSONL file, replacing it.")
  Path out;

  @Option(names = "--benchmark-out", paramLabel = "FILE.benchmark.yaml",
      description = "promptfoo only: also write a benchmark file (prompt, models, judges) running the cases.")
  Path benchmarkOut;

  @Option(names = "--judge-model", paramLabel = "PROVIDER:MODEL",
      description = "promptfoo only: the judge model of every model-graded assertion (llm-rubric, g-eval), as"
          + " promptfoo's --grader; default: the assertion's provider, else defaultTest.options.provider.")
  String judgeModel;

  @Option(names = "--skip-unmapped", description = "Leave out what has no BenchmarkHub equivalent, and list it.")
  boolean skipUnmapped;

  @Override
  public Integer call() {
    if (!List.of("promptfoo", "openai-evals", "inspect").contains(format)) {
      throw new ParameterException(spec.commandLine(), "unknown format '" + format
          + "': use promptfoo, openai-evals or inspect");
    }
    if (!format.equals("promptfoo") && (benchmarkOut != null || judgeModel != null)) {
      throw new ParameterException(spec.commandLine(), (benchmarkOut != null ? "--benchmark-out" : "--judge-model")
          + " is for promptfoo configs: " + format + " samples carry no prompt or judges, only cases.");
    }
    if (judgeModel != null) {
      try {
        ModelRef.parse(judgeModel);
      } catch (RuntimeException e) {
        throw new ParameterException(spec.commandLine(), "--judge-model: " + e.getMessage());
      }
    }
    ImportResult result = switch (format) {
      case "promptfoo" -> PromptfooImport.read(source, judgeModel);
      case "openai-evals" -> OpenAiEvalsImport.read(source);
      default -> InspectImport.read(source);
    };
    if (!skipUnmapped) {
      result.requireMapped();
    }
    Map<String, Object> benchmark = benchmarkOut == null ? null : result.benchmark().orElseThrow(() ->
        new BenchmarkException(source + ": " + result.notes().stream().map(ImportNote::message)
            .filter(m -> m.startsWith("no benchmark file")).findFirst()
            .orElse("no benchmark file: the config lacks a prompt, a model or a judge")));
    PrintWriter o = spec.commandLine().getOut();
    CaseJsonlWriter.write(result.cases(), out);
    o.println("wrote " + result.cases().size() + (result.cases().size() == 1 ? " case" : " cases") + " to " + out);
    if (benchmark != null) {
      BenchmarkYaml.write(benchmark, benchmarkOut, out, "Imported from " + source + " by benchmarkhub import");
      BenchmarkFile.load(benchmarkOut);
      o.println("wrote " + benchmarkOut + " (benchmarkhub run " + benchmarkOut + ")");
    }
    for (ImportNote note : result.notes()) {
      o.println((note.unmapped() ? "left out: " : "note: ") + note);
    }
    return BenchmarkHubCli.OK;
  }
}
