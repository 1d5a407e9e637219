/**
 * Ready-made judges: deterministic checks (exact match, contains, regex, choice, numeric, JSON,
 * JSON Schema), judges from lambdas, and composition. Start at {@link io.benchmarkhub.judge.Judges}.
 *
 * <p>Every judge here is immutable and thread-safe, and never throws from {@code evaluate}: an
 * exception, whether from a parser or from a user's lambda, becomes an error verdict.
 *
 * <p>{@link io.benchmarkhub.judge.Calibration} compares a judge's verdicts on a run with people's
 * ({@link io.benchmarkhub.judge.HumanLabels}) and reports its Judge Consensus Score (Cohen's kappa).
 */
package io.benchmarkhub.judge;
