/**
 * Imports and exports: cases (and, where the source has them, a benchmark file) from promptfoo configs
 * ({@link io.benchmarkhub.author.interop.PromptfooImport}), OpenAI Evals samples
 * ({@link io.benchmarkhub.author.interop.OpenAiEvalsImport}) and Inspect samples
 * ({@link io.benchmarkhub.author.interop.InspectImport}); any dataset written as our JSONL or CSV
 * ({@link io.benchmarkhub.author.interop.CaseCsvWriter}) or as a Hugging Face datasets folder
 * ({@link io.benchmarkhub.author.interop.HuggingFaceExport}). A malformed input is one
 * {@link io.benchmarkhub.author.interop.InteropException} naming file, line and field; what an import cannot
 * carry over is an {@link io.benchmarkhub.author.interop.ImportNote} of its
 * {@link io.benchmarkhub.author.interop.ImportResult}. {@link io.benchmarkhub.author.interop.JsonlExport} writes any
 * dataset as our JSONL, {@link io.benchmarkhub.author.interop.BenchmarkYaml} an imported benchmark file.
 */
package io.benchmarkhub.author.interop;
