/**
 * Reports of a run, made from its {@link io.benchmarkhub.api.RunSummary} (whose trials stream back
 * from the run log): a self-contained HTML comparison of the models, a versioned JSON summary and a
 * CSV of the trials. Knows nothing of HTTP, providers or JUnit.
 */
package io.benchmarkhub.report;
