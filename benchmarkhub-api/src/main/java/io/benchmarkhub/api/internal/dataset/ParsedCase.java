package io.benchmarkhub.api.internal.dataset;

import io.benchmarkhub.api.TestCase;

/**
 * A case as read from a dataset, with the line where it starts and whether the dataset gave its
 * id (rather than the id being derived from the content).
 *
 * @param testCase the case
 * @param line the 1-based line where the case starts
 * @param idGiven whether the dataset gave the id
 */
record ParsedCase(TestCase testCase, int line, boolean idGiven) {}
