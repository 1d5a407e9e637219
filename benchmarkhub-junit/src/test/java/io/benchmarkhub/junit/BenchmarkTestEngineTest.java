package io.benchmarkhub.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.benchmarkhub.junit.fixtures.ArithBenchmark;
import io.benchmarkhub.junit.fixtures.BadGateBenchmark;
import io.benchmarkhub.junit.fixtures.ErroringBenchmark;
import io.benchmarkhub.junit.fixtures.FakeProviderFactory;
import io.benchmarkhub.junit.fixtures.InheritedBenchmark;
import io.benchmarkhub.junit.fixtures.KnownFailingBenchmark;
import io.benchmarkhub.junit.fixtures.MalformedDatasetBenchmark;
import io.benchmarkhub.junit.fixtures.MetaAnnotatedBenchmark;
import io.benchmarkhub.junit.fixtures.MissingDatasetBenchmark;
import io.benchmarkhub.junit.fixtures.MissingKeyBenchmark;
import io.benchmarkhub.junit.fixtures.NoPromptBenchmark;
import io.benchmarkhub.junit.fixtures.RepeatedBenchmark;
import io.benchmarkhub.junit.fixtures.SlowBenchmark;
import io.benchmarkhub.junit.fixtures.BadSubjectSignatureBenchmark;
import io.benchmarkhub.junit.fixtures.SubjectAndPromptBenchmark;
import io.benchmarkhub.junit.fixtures.SubjectBenchmark;
import io.benchmarkhub.junit.fixtures.ThrowingPromptBenchmark;
import io.benchmarkhub.junit.fixtures.TunedBenchmark;
import io.benchmarkhub.junit.fixtures.TwoPromptsBenchmark;
import io.benchmarkhub.junit.fixtures.UnknownProviderBenchmark;
import io.benchmarkhub.api.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BenchmarkTestEngineTest {
  private static final UniqueId ENGINE = UniqueId.forEngine("benchmarkhub");
  private static final UniqueId ARITH = ENGINE.append("benchmark", ArithBenchmark.class.getName());

  @BeforeEach
  void resetCalls() {
    FakeProviderFactory.CALLS.set(0);
  }

  static EngineExecutionResults run(DiscoverySelector selector, String... config) {
    EngineTestKit.Builder kit = EngineTestKit.engine(BenchmarkTestEngine.ID).selectors(selector)
        .configurationParameter("benchmarkhub.missing-key", "skip").configurationParameter("benchmarkhub.cache", "false");
    for (int i = 0; i < config.length; i += 2) {
      kit.configurationParameter(config[i], config[i + 1]);
    }
    return kit.execute();
  }

  /** {@return display name -> outcome: SUCCESSFUL, FAILED, ABORTED} */
  static Map<String, String> outcomes(EngineExecutionResults results) {
    return results.testEvents().finished().stream().collect(Collectors.toMap(
        e -> e.getTestDescriptor().getDisplayName(),
        e -> e.getPayload(TestExecutionResult.class).orElseThrow().getStatus().name(),
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  static Throwable failureOf(EngineExecutionResults results, String displayName) {
    return results.testEvents().finished().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
        .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .findFirst().orElseThrow(() -> new AssertionError("no test named " + displayName));
  }

  @Test
  void aClassRunsEveryCaseOnEveryModelAndAGatePerModel() {
    EngineExecutionResults results = run(selectClass(ArithBenchmark.class));

    results.testEvents().assertStatistics(s -> s.started(14).succeeded(10).failed(4).aborted(0));
    assertThat(outcomes(results)).containsEntry("q1 [fake:perfect]", "SUCCESSFUL")
        .containsEntry("q2 [fake:sloppy]", "FAILED").containsEntry("q3 [fake:sloppy]", "SUCCESSFUL")
        .containsEntry("gate pass-rate ≥ 0.75 [fake:perfect]", "SUCCESSFUL")
        .containsEntry("gate pass-rate ≥ 0.75 [fake:sloppy]", "FAILED");
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(12);
    results.containerEvents().assertStatistics(s -> s.started(4).succeeded(4));
  }

  @Test
  void aFailedCaseCarriesExpectedAndActualForTheIdeDiffAndTheJudgesReason() {
    Throwable t = failureOf(run(selectClass(ArithBenchmark.class)), "q2 [fake:sloppy]");

    assertThat(t).isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("case q2 on fake:sloppy failed: exact-match: ");
    AssertionFailedError f = (AssertionFailedError) t;
    assertThat(f.getExpected().getStringRepresentation()).isEqualTo("A2");
    assertThat(f.getActual().getStringRepresentation()).isEqualTo("wrong");
  }

  @Test
  void aFailedGateGivesTheNumbers() {
    Throwable t = failureOf(run(selectClass(ArithBenchmark.class)), "gate pass-rate ≥ 0.75 [fake:sloppy]");

    assertThat(t).isInstanceOf(AssertionFailedError.class)
        .hasMessage("gate pass-rate ≥ 0.75 failed: pass rate of fake:sloppy 0.50 (95% CI 0.19–0.81, 3 of 6 graded) < 0.75");
  }

  @Test
  void aProviderErrorIsATestErrorNotAFailure() {
    EngineExecutionResults results;
    System.setProperty("benchmarkhub.fake.retry.max-attempts", "1"); // the runner's tests cover retries
    try {
      results = run(selectClass(ErroringBenchmark.class));
    } finally {
      System.clearProperty("benchmarkhub.fake.retry.max-attempts");
    }

    results.testEvents().assertStatistics(s -> s.started(6).succeeded(4).failed(2));
    Throwable t = failureOf(results, "q3 [fake:broken]");
    assertThat(t).isInstanceOf(BenchmarkTrialError.class).isNotInstanceOf(AssertionError.class)
        .hasMessage("case q3 on fake:broken could not be graded: provider SERVER_ERROR: fake: HTTP 503 overloaded");
  }

  @Test
  void aThrowingPromptErrorsOnlyItsCase() {
    EngineExecutionResults results = run(selectClass(ThrowingPromptBenchmark.class));

    results.testEvents().assertStatistics(s -> s.started(6).succeeded(5).failed(1));
    assertThat(failureOf(results, "q4 [fake:perfect]")).isInstanceOf(BenchmarkTrialError.class)
        .hasMessageContaining("prompt IllegalStateException: no template for q4");
  }

  @Test
  void anAnnotatedSubjectIsCalledOncePerTrialAndItsExceptionIsATestErrorWithTheUsersStackTrace() {
    SubjectBenchmark.ANSWERS.set(0);
    EngineExecutionResults results = run(selectClass(SubjectBenchmark.class));

    results.testEvents().assertStatistics(s -> s.started(6).succeeded(5).failed(1));
    assertThat(SubjectBenchmark.ANSWERS).hasValue(6);
    assertThat(FakeProviderFactory.CALLS).as("two calls for each case but q4").hasValue(10);
    Throwable error = failureOf(results, "q4 [fake:perfect]");
    assertThat(error).isInstanceOf(BenchmarkTrialError.class).isNotInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("subject IllegalStateException: no refund policy for q4");
    assertThat(error.getCause()).hasToString("java.lang.IllegalStateException: no refund policy for q4");
    StackTraceElement top = error.getCause().getStackTrace()[0];
    assertThat(top.getClassName()).isEqualTo(SubjectBenchmark.class.getName());
    assertThat(top.getMethodName()).isEqualTo("policyFor");
    assertThat(top.getFileName()).isEqualTo("SubjectBenchmark.java");
    assertThat(top.getLineNumber()).isPositive();
    assertThat(error.getCause().getStackTrace()).extracting(StackTraceElement::getClassName)
        .containsOnly(SubjectBenchmark.class.getName());
  }

  @Test
  void discoveringASubjectBenchmarkRunsNoUserCode() {
    SubjectBenchmark.ANSWERS.set(0);
    EngineDiscoveryResults discovery = EngineTestKit.engine(BenchmarkTestEngine.ID)
        .selectors(selectClass(SubjectBenchmark.class)).discover();

    assertThat(discovery.getDiscoveryIssues()).isEmpty();
    assertThat(discovery.getEngineDescriptor().getDescendants()).extracting(TestDescriptor::getDisplayName)
        .contains("q1 [fake:perfect]", "q6 [fake:perfect]");
    assertThat(SubjectBenchmark.ANSWERS).hasValue(0);
    assertThat(FakeProviderFactory.CALLS).hasValue(0);
  }

  @Test
  void aUniqueIdOfOneCaseRunsThatTrialOnly() {
    EngineExecutionResults results = run(selectUniqueId(
        ARITH.append("model", "fake:sloppy").append("case", "q2")));

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(1);
  }

  @Test
  void aUniqueIdOfAGateRunsEveryCaseOfItsModelButReportsOnlyTheGate() {
    EngineExecutionResults results = run(selectUniqueId(
        ARITH.append("model", "fake:perfect").append("gate", "pass-rate")));

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(6);
  }

  @Test
  void aUniqueIdOfAModelRunsItsCasesAndGates() {
    EngineExecutionResults results = run(selectUniqueId(ARITH.append("model", "fake:sloppy")));

    results.testEvents().assertStatistics(s -> s.started(7).succeeded(3).failed(4));
  }

  @Test
  void aStaleCaseIdFailsSayingSoInsteadOfBreakingDiscovery() {
    EngineExecutionResults results = run(selectUniqueId(
        ARITH.append("model", "fake:perfect").append("case", "q99")));

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureOf(results, "q99 [fake:perfect]")).hasMessageContaining(
        "case q99 is no longer in classpath:fixtures/arith.jsonl");
    assertThat(FakeProviderFactory.CALLS.get()).isZero();
  }

  @Test
  void aPromptOrJudgeMethodSelectsItsBenchmarkAndOtherMethodsAreNotOurs() {
    run(selectMethod(ArithBenchmark.class, "prompt", TestCase.class.getName()))
        .testEvents().assertStatistics(s -> s.started(14));
    run(selectMethod(ArithBenchmark.class, "answer")).testEvents().assertStatistics(s -> s.started(14));
    run(selectMethod(ArithBenchmark.class, "toString")).testEvents().assertStatistics(s -> s.started(0));
  }

  @Test
  void aClasspathRootFindsEveryBenchmarkClassButNotAbstractOnes() throws Exception {
    Path root = Path.of(ArithBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    EngineDiscoveryResults discovery = EngineTestKit.engine(BenchmarkTestEngine.ID)
        .selectors(selectClasspathRoots(Set.of(root)).get(0)).discover();

    assertThat(discovery.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getLegacyReportingName)
        .contains(ArithBenchmark.class.getName(), InheritedBenchmark.class.getName(), NoPromptBenchmark.class.getName())
        .doesNotContain("io.benchmarkhub.junit.fixtures.AbstractArithBase", BenchmarkTestEngineTest.class.getName());
  }

  @Test
  void aCaseUnderARemovedModelOrARepeatOfACaseThatNoLongerRepeatsStillResolves() {
    EngineDiscoveryResults discovery = EngineTestKit.engine(BenchmarkTestEngine.ID).selectors(
        selectUniqueId(ARITH.append("model", "fake:gone").append("case", "q1")),
        selectUniqueId(ARITH.append("model", "fake:perfect").append("case", "q2").append("repeat", "2"))).discover();
    assertThat(discovery.getDiscoveryIssues()).isEmpty();

    EngineExecutionResults results = run(selectUniqueId(ARITH.append("model", "fake:gone").append("case", "q1")));
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureOf(results, "model fake:gone")).hasMessageContaining("no longer runs model 'fake:gone'");
    run(selectUniqueId(ARITH.append("model", "fake:perfect").append("case", "q2").append("repeat", "2")))
        .testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void aRunIdResumesAKilledRunSoARerunAsksOnlyForWhatItsLogLacks(@TempDir Path runDir) throws java.io.IOException {
    String[] config = {"benchmarkhub.run-id", "nightly-7", "benchmarkhub.run-dir", runDir.toString()};
    EngineExecutionResults first = run(selectClass(ArithBenchmark.class), config);
    first.testEvents().assertStatistics(s -> s.started(14).succeeded(10).failed(4));
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(12);
    Path log = runDir.resolve("nightly-7").resolve("arith.jsonl");
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize(12);
    // as a kill leaves it: the first 9 results logged, the 10th cut short
    Files.writeString(log, String.join("\n", lines.subList(0, 9)) + "\n" + lines.get(9).substring(0, 30));

    FakeProviderFactory.CALLS.set(0);
    EngineExecutionResults resumed = run(selectClass(ArithBenchmark.class), config);
    resumed.testEvents().assertStatistics(s -> s.started(14).succeeded(10).failed(4));
    assertThat(outcomes(resumed)).isEqualTo(outcomes(first));
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(3);
    assertThat(Files.readAllLines(log)).hasSize(12);
  }

  @Test
  void aClassRunInSeveralGroupsKeepsOneLogPerGroupUnderTheRunId(@TempDir Path runDir) {
    String[] config = {"benchmarkhub.run-id", "split", "benchmarkhub.run-dir", runDir.toString()};
    DiscoverySelector oneCase = selectUniqueId(ARITH.append("model", "fake:perfect").append("case", "q1"));
    DiscoverySelector wholeModel = selectUniqueId(ARITH.append("model", "fake:sloppy"));
    for (int i = 0; i < 2; i++) {
      EngineTestKit.Builder kit = EngineTestKit.engine(BenchmarkTestEngine.ID).selectors(oneCase, wholeModel)
          .configurationParameter("benchmarkhub.cache", "false");
      for (int c = 0; c < config.length; c += 2) {
        kit.configurationParameter(config[c], config[c + 1]);
      }
      kit.execute().testEvents().assertStatistics(s -> s.started(8).succeeded(4).failed(4));
    }
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(7);
    assertThat(runDir.resolve("split-part1").resolve("arith.jsonl")).exists();
    assertThat(runDir.resolve("split-part2").resolve("arith.jsonl")).exists();
  }

  @Test
  void anotherEnginesUniqueIdIsIgnored() {
    EngineExecutionResults results = run(selectUniqueId(UniqueId.forEngine("junit-jupiter").append("class", "x.Y")));

    results.testEvents().assertStatistics(s -> s.started(0));
  }

  @Test
  void repeatsAreTestsUnderTheirCase() {
    EngineExecutionResults results = run(selectClass(RepeatedBenchmark.class));

    results.testEvents().assertStatistics(s -> s.started(12).succeeded(12));
    assertThat(outcomes(results)).containsKeys("q1 #1 [fake:perfect]", "q1 #2 [fake:perfect]", "q6 #2 [fake:perfect]");
    assertThat(FakeProviderFactory.CALLS.get()).isEqualTo(12);
    UniqueId one = ENGINE.append("benchmark", RepeatedBenchmark.class.getName()).append("model", "fake:perfect")
        .append("case", "q3").append("repeat", "2");
    run(selectUniqueId(one)).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void aMissingKeySkipsThatModelsTestsNamingTheVariableAndTheOtherModelRuns() {
    EngineExecutionResults results = run(selectClass(MissingKeyBenchmark.class));

    results.testEvents().assertStatistics(s -> s.started(14).succeeded(7).aborted(7).failed(0));
    assertThat(failureOf(results, "q1 [keyed:model]")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("case q1 on keyed:model was not run: provider 'keyed' needs an API key: "
            + "set the environment variable KEYED_FIXTURE_API_KEY");
    assertThat(failureOf(results, "gate pass-rate ≥ 0.5 (95% lower bound) [keyed:model]"))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void inCiAMissingKeyCanFailInsteadOfSkipping() {
    EngineExecutionResults results = run(selectClass(MissingKeyBenchmark.class), "benchmarkhub.missing-key", "fail");

    results.testEvents().assertStatistics(s -> s.started(14).succeeded(7).failed(7).aborted(0));
    assertThat(failureOf(results, "q2 [keyed:model]")).isInstanceOf(BenchmarkTrialError.class)
        .hasMessageContaining("KEYED_FIXTURE_API_KEY").hasMessageEndingWith("(benchmarkhub.missing-key=fail)");
  }

  @Test
  void aKnownFailingGateIsSkippedWithItsNumbers() {
    EngineExecutionResults results = run(selectClass(KnownFailingBenchmark.class));

    assertThat(outcomes(results)).containsEntry("gate pass-rate ≥ 0.75 [fake:sloppy]", "ABORTED")
        .containsEntry("gate pass-rate ≥ 0.75 [fake:perfect]", "SUCCESSFUL");
    assertThat(failureOf(results, "gate pass-rate ≥ 0.75 [fake:sloppy]")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("known failing").hasMessageContaining("pass rate of fake:sloppy 0.50 (95% CI 0.19–0.81, 3 of 6 graded) < 0.75");
  }

  @Test
  void configurationLimitsTagsAndModelsWithoutEditingCode() {
    assertThat(outcomes(run(selectClass(ArithBenchmark.class), "benchmarkhub.tags", "easy")).keySet())
        .containsExactly("q1 [fake:perfect]", "q2 [fake:perfect]", "gate pass-rate ≥ 0.75 [fake:perfect]",
            "q1 [fake:sloppy]", "q2 [fake:sloppy]", "gate pass-rate ≥ 0.75 [fake:sloppy]");
    assertThat(outcomes(run(selectClass(ArithBenchmark.class), "benchmarkhub.limit", "1")).keySet())
        .containsExactly("q1 [fake:perfect]", "gate pass-rate ≥ 0.75 [fake:perfect]",
            "q1 [fake:sloppy]", "gate pass-rate ≥ 0.75 [fake:sloppy]");
    assertThat(outcomes(run(selectClass(ArithBenchmark.class), "benchmarkhub.models", "fake:sloppy",
        "benchmarkhub.cases", "q2,q3")).keySet())
        .containsExactly("q2 [fake:sloppy]", "q3 [fake:sloppy]", "gate pass-rate ≥ 0.75 [fake:sloppy]");
  }

  @Test
  void modelParametersFromModelAnnotationsReachTheProviderAndSurviveAModelsOverride() {
    EngineExecutionResults results = run(selectClass(TunedBenchmark.class));
    results.testEvents().assertStatistics(s -> s.started(12).succeeded(12));
    assertThat(outcomes(results)).containsKeys("q1 [fake:perfect]", "q1 [tuned]");

    assertThat(outcomes(run(selectClass(TunedBenchmark.class), "benchmarkhub.models", "fake:tuned", "benchmarkhub.limit", "2")))
        .containsOnly(Map.entry("q1 [tuned]", "SUCCESSFUL"), Map.entry("q2 [tuned]", "SUCCESSFUL"));
  }

  @Test
  void metaAnnotationsAndInheritanceWorkAsInJunit() {
    EngineExecutionResults meta = run(selectClass(MetaAnnotatedBenchmark.class));
    meta.testEvents().assertStatistics(s -> s.started(6).succeeded(6));
    assertThat(meta.containerEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
        .contains("arith-suite");
    run(selectClass(InheritedBenchmark.class)).testEvents().assertStatistics(s -> s.started(6).succeeded(6));
  }

  @Test
  void descriptorsCarrySourcesTagsAndReadableReportNames() {
    EngineDiscoveryResults discovery = EngineTestKit.engine(BenchmarkTestEngine.ID)
        .selectors(selectClass(ArithBenchmark.class)).discover();
    TestDescriptor benchmark = discovery.getEngineDescriptor().getChildren().iterator().next();
    assertThat(benchmark.getSource()).contains(ClassSource.from(ArithBenchmark.class));
    assertThat(benchmark.getLegacyReportingName()).isEqualTo(ArithBenchmark.class.getName());
    TestDescriptor model = benchmark.getChildren().iterator().next();
    assertThat(model.getTags()).extracting(Object::toString).contains("provider:fake", "model:fake:perfect");
    TestDescriptor q2 = model.getChildren().stream().filter(d -> d.getDisplayName().startsWith("q2")).findFirst().orElseThrow();
    assertThat(q2.getUniqueId()).isEqualTo(ARITH.append("model", "fake:perfect").append("case", "q2"));
    assertThat(q2.getLegacyReportingName()).isEqualTo("q2 [fake:perfect]");
    assertThat(q2.getTags()).extracting(Object::toString).containsExactly("easy");
    assertThat(q2.getSource()).containsInstanceOf(ClasspathResourceSource.class);
    ClasspathResourceSource src = (ClasspathResourceSource) q2.getSource().orElseThrow();
    assertThat(src.getClasspathResourceName()).isEqualTo("fixtures/arith.jsonl");
    assertThat(src.getPosition().orElseThrow().getLine()).isEqualTo(2);
  }

  @Test
  void aCancelledExecutionStopsTheRunInsteadOfSpendingOnUnreportedTrials() {
    CancellationToken token = CancellationToken.create();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      token.cancel();
    });
    canceller.start();
    EngineExecutionResults results = EngineTestKit.engine(BenchmarkTestEngine.ID).selectors(selectClass(SlowBenchmark.class))
        .configurationParameter("benchmarkhub.fake.concurrency", "1").configurationParameter("benchmarkhub.cache", "false")
        .cancellationToken(token).execute();

    assertThat(FakeProviderFactory.CALLS.get()).isBetween(1, 5);
    assertThat(results.testEvents().succeeded().count()).isLessThan(6);
    assertThat(results.testEvents().aborted().count() + results.testEvents().skipped().count()).isPositive();
  }

  static List<Arguments> brokenBenchmarks() {
    return List.of(
        Arguments.of(NoPromptBenchmark.class, "has no @Prompt or @Subject method: add `@Prompt String prompt(TestCase c)`"),
        Arguments.of(TwoPromptsBenchmark.class, "has 2 @Prompt methods (otherPrompt, prompt); a benchmark has exactly one"),
        Arguments.of(SubjectAndPromptBenchmark.class, "has both @Prompt prompt and @Subject answer; a benchmark "
            + "evaluates either a prompt or your own code: remove one"),
        Arguments.of(BadSubjectSignatureBenchmark.class, ".answer: a @Subject method takes a TestCase and a "
            + "ModelHandle and returns the answer as a String, e.g. `@Subject String answer(TestCase c, ModelHandle model)`."),
        Arguments.of(BadGateBenchmark.class, "@Gate(passRate = 85.0) is out of range: use a fraction within [0, 1]"),
        Arguments.of(UnknownProviderBenchmark.class,
            "model 'opnai:gpt-4o-mini' names unknown provider 'opnai'. Known providers: "),
        Arguments.of(MissingDatasetBenchmark.class, "@Dataset(\"classpath:fixtures/nope.jsonl\")"),
        Arguments.of(MalformedDatasetBenchmark.class, "@Dataset(\"classpath:fixtures/broken.jsonl\"): classpath:fixtures/broken.jsonl:3:"));
  }

  @ParameterizedTest
  @MethodSource("brokenBenchmarks")
  void aBrokenBenchmarkFailsItsDefinitionTestWithAWarningNamingTheClassAndElement(Class<?> type, String message) {
    EngineDiscoveryResults discovery = EngineTestKit.engine(BenchmarkTestEngine.ID).selectors(selectClass(type)).discover();
    assertThat(discovery.getDiscoveryIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
      assertThat(issue.message()).startsWith(type.getName()).contains(message);
      assertThat(issue.source()).isPresent();
    });

    EngineExecutionResults results = run(selectClass(type));
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureOf(results, "benchmark definition")).isInstanceOf(BenchmarkDefinitionException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMalformedDatasetLinePointsTheIssueAtTheFileAndLine() {
    DiscoveryIssue issue = EngineTestKit.engine(BenchmarkTestEngine.ID).selectors(selectClass(MalformedDatasetBenchmark.class))
        .discover().getDiscoveryIssues().get(0);
    ClasspathResourceSource source = (ClasspathResourceSource) issue.source().orElseThrow();
    assertThat(source.getClasspathResourceName()).isEqualTo("fixtures/broken.jsonl");
    assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(3);
  }

  @Test
  void aPackageRunsEveryBenchmarkAndABrokenOneDoesNotStopTheOthers() {
    EngineExecutionResults results = run(selectPackage("io.benchmarkhub.junit.fixtures"));

    Map<String, List<Event>> byClass = results.testEvents().finished().stream().collect(Collectors.groupingBy(
        e -> e.getTestDescriptor().getUniqueId().getSegments().get(1).getValue()));
    Function<Class<?>, List<Event>> of = c -> byClass.getOrDefault(c.getName(), List.of());
    assertThat(of.apply(ArithBenchmark.class)).hasSize(14);
    assertThat(of.apply(InheritedBenchmark.class)).hasSize(6);
    assertThat(of.apply(MetaAnnotatedBenchmark.class)).hasSize(6);
    for (Class<?> broken : List.of(NoPromptBenchmark.class, TwoPromptsBenchmark.class, BadGateBenchmark.class,
        UnknownProviderBenchmark.class, MissingDatasetBenchmark.class, MalformedDatasetBenchmark.class,
        SubjectAndPromptBenchmark.class, BadSubjectSignatureBenchmark.class)) {
      assertThat(of.apply(broken)).singleElement().satisfies(e ->
          assertThat(e.getTestDescriptor().getDisplayName()).isEqualTo("benchmark definition"));
    }
    assertThat(byClass).doesNotContainKey("io.benchmarkhub.junit.fixtures.AbstractArithBase");
  }
}
