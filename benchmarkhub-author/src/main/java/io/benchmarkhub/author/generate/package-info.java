/**
 * Generating test cases: deterministic expansion of a {@code {{variable}}} template
 * ({@link io.benchmarkhub.author.generate.TemplateExpander}, read from a spec file by
 * {@link io.benchmarkhub.author.generate.TemplateSpec}) and generation by a model through the runner,
 * stratified across concept x difficulty, with edge cases, checks, near-duplicate removal and a report
 * ({@link io.benchmarkhub.author.generate.LlmCaseGenerator}).
 */
package io.benchmarkhub.author.generate;
