package io.benchmarkhub.author.validate;

import java.util.List;

/** The checks that read the dataset alone (no reference results), in report order. */
public final class DatasetChecks {
  private DatasetChecks() {}

  /** {@return a new instance of every dataset-only check, structure first, then coverage, bias and leakage} */
  public static List<Check> all() {
    return List.of(new CaseSchemaCheck(), new ExactDuplicatesCheck(), new NearDuplicatesCheck(),
        new EmptyExpectedCheck(), new ContradictoryExpectedCheck(), new LabelBalanceCheck(), new TextHygieneCheck(),
        new InputLengthOutliersCheck(), new ConceptCoverageCheck(), new CellBalanceCheck(),
        new AnswerPositionCheck(), new LengthBiasCheck(), new DemographicTermsCheck(), new SpuriousCueCheck(),
        new AnswerInInputCheck(), new LexicalOverlapCheck());
  }
}
