package io.benchmarkhub.runner;

/**
 * A replayed trial whose request the cassette does not hold. The trial becomes an ERROR of kind
 * {@value #KIND} with this message; the other trials still run.
 */
final class CassetteMissException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error kind a trial reports for a request missing from the cassette. */
  static final String KIND = "NOT_RECORDED";

  /** Creates the error of a trial whose request, with this fingerprint, the cassette lacks. */
  CassetteMissException(Trial trial, Cassette cassette, Fingerprint fingerprint) {
    super("case '" + trial.testCase().id() + "' on " + trial.model().id() + " (repeat " + trial.repeat()
        + ") is not in cassette " + cassette.source() + " (no recording with fingerprint " + fingerprint
        + "; the prompt, parameters or repeats may have changed since it was recorded): record it with "
        + "-Dbenchmarkhub.mode=record and the provider's key set", null, false, false);
  }

  /** Creates the error of a subject's call, the {@code call}-th of its trial, that the cassette lacks. */
  CassetteMissException(Trial trial, int call, Cassette cassette, Fingerprint fingerprint) {
    super("call " + call + " of the subject on case '" + trial.testCase().id() + "' on " + trial.model().id()
        + " (repeat " + trial.repeat() + ") is not in cassette " + cassette.source() + " (no recording with "
        + "fingerprint " + fingerprint + "; the subject's requests, parameters or repeats may have changed since "
        + "it was recorded): record it with -Dbenchmarkhub.mode=record and the provider's key set", null, false,
        false);
  }

  /** Creates the error of a judge model's request, with this fingerprint, that the cassette lacks. */
  CassetteMissException(String judgeModel, int sample, Cassette cassette, Fingerprint fingerprint) {
    super("a request to judge model " + judgeModel + " (sample " + sample + ") is not in cassette " + cassette.source()
        + " (no recording with fingerprint " + fingerprint + "; the judged answer, the judge's prompt or its "
        + "parameters may have changed since it was recorded): record it with -Dbenchmarkhub.mode=record and the "
        + "judge provider's key set", null, false, false);
  }
}
