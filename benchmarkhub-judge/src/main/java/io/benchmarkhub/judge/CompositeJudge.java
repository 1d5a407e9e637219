package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.JudgeContext;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Base of the judges that combine other judges: grades every part (each guarded, so one part that
 * throws costs only its own verdict) and leaves the combining to the subclass.
 */
abstract class CompositeJudge extends GuardedJudge {

  /** One part's verdict, with the label the composite's reason uses for the part. */
  record Graded(String label, Verdict verdict) {

    /** {@return e.g. {@code regex failed (no match for /\d+/ in "none")}} */
    String describe() {
      String word = switch (verdict.status()) {
        case PASS -> "passed";
        case FAIL -> "failed";
        case ERROR -> "errored";
      };
      return label + " " + word + (verdict.reason().isEmpty() ? "" : " (" + verdict.reason() + ")");
    }
  }

  private final String kind;
  private final List<Judge> parts;
  private final List<String> labels;

  /**
   * @param kind the composite's kind, e.g. "all-of"; its name is the kind and the part labels
   * @param parts the judges combined
   * @param labels one label per part, as the name and reasons show it
   */
  CompositeJudge(String kind, List<Judge> parts, List<String> labels) {
    super(kind + "(" + String.join(", ", labels) + ")");
    this.kind = kind;
    this.parts = List.copyOf(parts);
    this.labels = List.copyOf(labels);
  }

  /** {@return the labels of {@code judges}: their names; throws when there are none or one is null} */
  static List<String> names(String kind, List<Judge> judges) {
    if (judges.isEmpty()) {
      throw new IllegalArgumentException(kind + " needs at least one judge");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < judges.size(); i++) {
      names.add(Objects.requireNonNull(judges.get(i), kind + " judge " + i).name());
    }
    return names;
  }

  @Override
  final Verdict grade(TestCase testCase, Completion completion) {
    List<Graded> graded = new ArrayList<>();
    Usage used = Usage.NONE;
    for (int i = 0; i < parts.size(); i++) {
      Judge part = parts.get(i);
      Verdict v = safely(part.name(), () -> part.evaluate(testCase, completion));
      used = used.plus(v.usage());
      graded.add(new Graded(labels.get(i), v));
    }
    Verdict combined = combine(graded);
    return used.equals(Usage.NONE) ? combined : combined.withUsage(used);
  }

  /** {@return the composite with its parts bound for the run}, itself when no part changed */
  @Override
  public final Judge bind(JudgeContext context) {
    List<Judge> bound = new ArrayList<>(parts.size());
    boolean changed = false;
    for (Judge part : parts) {
      Judge b = part.bind(context);
      bound.add(b);
      changed |= b != part;
    }
    return changed ? withParts(bound) : this;
  }

  /** {@return the part labels, in part order} */
  final List<String> labels() {
    return labels;
  }

  /** {@return the same composite over these parts (the bound ones)} */
  abstract CompositeJudge withParts(List<Judge> boundParts);

  /** {@return the composite verdict from the parts' verdicts, in the order the parts were given} */
  abstract Verdict combine(List<Graded> graded);

  /** {@return e.g. {@code 2/3 passed: regex failed (...)}, describing the parts {@code shown} picks} */
  static String summary(List<Graded> graded, Predicate<Verdict> shown) {
    long passed = graded.stream().filter(g -> g.verdict().passed()).count();
    String details = graded.stream().filter(g -> shown.test(g.verdict()))
        .map(Graded::describe).collect(Collectors.joining("; "));
    return passed + "/" + graded.size() + " passed" + (details.isEmpty() ? "" : ": " + details);
  }

  static boolean anyError(List<Graded> graded) {
    return graded.stream().anyMatch(g -> g.verdict().isError());
  }

  /** {@return {@code value} clamped into [0, 1], against rounding in sums} */
  static double unit(double value) {
    return Math.max(0, Math.min(1, value));
  }

  /** {@return what {@code toString()} lists after the kind: by default the parts' own descriptions} */
  List<String> settings() {
    return parts.stream().map(Object::toString).collect(Collectors.toList());
  }

  /** {@return the kind and the parts' own descriptions, e.g. {@code all-of[exact-match, regex[/\d+/]]}} */
  @Override
  public final String toString() {
    return Reasons.describe(kind, settings());
  }
}
