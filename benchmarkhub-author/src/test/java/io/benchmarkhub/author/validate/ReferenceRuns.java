package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.runner.RunLogs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real reference runs for the checks' tests: a scripted provider run through the runner, the summary
 * rebuilt from the run log as {@code validate} reads a reference run.
 *
 * <p>A script gives, per model, one token per case (in case order), each token one character per call
 * of that model on that case (so per repeat): {@code P} answers "yes" (passes), {@code F} answers "no"
 * (fails), {@code S} answers "split" (passes, but one panel member fails it), {@code U} answers "??"
 * (the judge cannot read it), {@code E} makes the provider fail with a bad request.
 */
final class ReferenceRuns {
  /** Passes "yes" and "split", fails "no", cannot read "??". */
  static final Judge YES = Judge.named("yes", (c, out) -> switch (out.text()) {
    case "yes", "split" -> Verdict.pass();
    case "??" -> Verdict.unparseable("no grade in '??'");
    default -> Verdict.fail("was " + out.text());
  });
  /** A panel of three: two pass "split", the third ("strict") fails it. */
  static final Judge PANEL = Judges.panel(YES, Judge.named("also", YES::evaluate),
      Judge.named("strict", (c, out) -> out.text().equals("yes") ? Verdict.pass() : Verdict.fail("not yes")))
      .named("trio");

  private ReferenceRuns() {}

  /** {@return cases with these ids, input = id, expected "yes", read from line n + 1 of cases.jsonl} */
  static List<TestCase> cases(String... ids) {
    return Arrays.stream(ids).map(id -> builder(id, Arrays.asList(ids).indexOf(id)).build()).toList();
  }

  /** {@return a case builder with the id, input = id, expected "yes", source cases.jsonl line index + 1} */
  static TestCase.Builder builder(String id, int index) {
    return TestCase.builder().id(id).input(id).expected("yes").source(new SourceLocation("cases.jsonl", index + 1));
  }

  /** {@return the run of these cases by the scripted models (by model name, e.g. "a" for p:a), in name order} */
  static RunSummary run(Path dir, List<TestCase> cases, Map<String, String> script, int repeats, Judge judge) {
    Map<String, String[]> tokens = new TreeMap<>();
    script.forEach((model, line) -> tokens.put(model, line.trim().split("\\s+")));
    Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    List<String> ids = cases.stream().map(TestCase::id).toList();
    Provider provider = request -> {
      String caseId = request.messages().get(0).content();
      String token = tokens.get(request.model())[ids.indexOf(caseId)];
      int call = calls.computeIfAbsent(request.model() + "/" + caseId, k -> new AtomicInteger()).getAndIncrement();
      String answer = switch (token.charAt(call % token.length())) {
        case 'P' -> "yes";
        case 'F' -> "no";
        case 'S' -> "split";
        case 'U' -> "??";
        case 'E' -> throw new ProviderException(ProviderException.Kind.BAD_REQUEST, "input rejected");
        default -> throw new IllegalArgumentException("bad script token " + token);
      };
      return new Completion(answer, FinishReason.STOP, Duration.ofMillis(1), Usage.NONE, null);
    };
    RunSummary s = BenchmarkHub.benchmark("ref").dataset(Dataset.of(cases))
        .models(tokens.keySet().stream().map(m -> "p:" + m).toArray(String[]::new)).provider("p", provider)
        .judge(judge).repeat(repeats).setting("run-dir", dir.toString()).quiet().run();
    return RunLogs.summary(s.runLog());
  }

  /** {@return the run of these cases by the scripted models, once each, graded by {@link #YES}} */
  static RunSummary run(Path dir, List<TestCase> cases, Map<String, String> script) {
    return run(dir, cases, script, 1, YES);
  }

  /** {@return the validation input of these cases and references, with default settings} */
  static ValidationInput input(List<TestCase> cases, BenchmarkDesign design, RunSummary... references) {
    return new ValidationInput("cases.jsonl", cases, design, List.of(references), ValidationSettings.defaults());
  }

  /** {@return the validation input of these cases and references, question answering, nothing declared} */
  static ValidationInput input(List<TestCase> cases, RunSummary... references) {
    return input(cases, BenchmarkDesign.of(TaskType.QUESTION_ANSWERING), references);
  }
}
