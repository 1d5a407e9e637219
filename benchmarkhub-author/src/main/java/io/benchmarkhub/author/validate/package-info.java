/**
 * The validation report of a benchmark's dataset: named {@link io.benchmarkhub.author.validate.Check}s
 * (structure, coverage, calibration against reference results, bias and leakage), each with a score,
 * a status and the offending cases, an overall quality score with its parts, and recommendations.
 */
package io.benchmarkhub.author.validate;
