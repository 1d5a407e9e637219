package io.benchmarkhub.runner;

import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.TestCase;

/**
 * One case on one model, one repeat of it: the unit the runner schedules.
 *
 * @param caseIndex the case's 0-based position in the dataset
 * @param testCase the case
 * @param modelIndex the model's position in the benchmark's list
 * @param model the model
 * @param repeat the 1-based repeat number
 */
record Trial(long caseIndex, TestCase testCase, int modelIndex, ModelRef model, int repeat) {}
