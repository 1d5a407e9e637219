package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.SourceLocation;
import java.util.List;

/**
 * What discovery keeps of a case: its id, where it is written and its tags. Inputs and expected
 * outputs stay in the dataset, which the run streams again.
 *
 * @param id the case id
 * @param source the file or resource and line, or null when the dataset is in code
 * @param tags the case's tags
 */
public record CaseRef(String id, SourceLocation source, List<String> tags) {}
