package io.benchmarkhub.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * A benchmark: its cases, its subject (the prompt that turns a case into a request, or the user's
 * own code as a {@link Subject}), the models to run it on, the judges that grade each answer, and how
 * to run it.
 *
 * <p>Immutable; build one with {@link BenchmarkHub#benchmark(String)} and run it with
 * {@link #run()}. Every case runs on every model {@link #repeat()} times; each such run is a trial.
 */
public final class Benchmark {

  /** Concurrent requests per provider when not configured: {@value}. */
  public static final int DEFAULT_CONCURRENCY = 8;

  /** Longest a single request may take when not configured: 120 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);

  private final String name;
  private final String version;
  private final Dataset dataset;
  private final Function<TestCase, List<Message>> prompt;
  /** Null when the benchmark sends its prompt. */
  private final Subject subject;
  private final List<ModelRef> models;
  private final List<Judge> judges;
  private final List<PairJudge> pairJudges;
  private final int repeat;
  private final int defaultConcurrency;
  private final Map<String, Integer> concurrency;
  private final Map<String, String> settings;
  private final SecretSource secrets;
  private final Map<String, Provider> providers;
  private final Duration requestTimeout;
  private final List<RunListener> listeners;
  private final boolean printSummary;
  private final boolean skipUnavailableModels;
  /** NaN when the run has no budget. */
  private final double maxCost;
  private final List<ToolDefinition> tools;
  private final ToolChoice toolChoice;

  private Benchmark(Builder b) {
    this.name = b.name;
    this.version = b.version;
    this.dataset = b.dataset;
    this.prompt = b.prompt;
    this.subject = b.subject;
    this.models = List.copyOf(b.models);
    this.judges = List.copyOf(b.judges);
    this.pairJudges = List.copyOf(b.pairJudges);
    this.repeat = b.repeat;
    this.defaultConcurrency = b.defaultConcurrency;
    this.concurrency = Collections.unmodifiableMap(new LinkedHashMap<>(b.concurrency));
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
    this.secrets = b.secrets;
    this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(b.providers));
    this.requestTimeout = b.requestTimeout;
    this.listeners = List.copyOf(b.listeners);
    this.printSummary = b.printSummary;
    this.skipUnavailableModels = b.skipUnavailableModels;
    this.maxCost = b.maxCost;
    this.tools = List.copyOf(b.tools.values());
    this.toolChoice = b.toolChoice;
  }

  /** {@return a builder for a benchmark with this name} */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Runs the benchmark with the {@link BenchmarkExecutor} on the classpath
   * ({@code benchmarkhub-runner}).
   *
   * @return the summary; also printed as a table unless {@link Builder#quiet()} was set
   * @throws BenchmarkException when the benchmark cannot start (no runner on the classpath, an
   *     unknown provider, a missing API key, a bad dataset)
   */
  public RunSummary run() {
    BenchmarkExecutor executor = ServiceLoader.load(BenchmarkExecutor.class).findFirst()
        .orElseThrow(() -> new BenchmarkException("no BenchmarkExecutor on the classpath: add the "
            + "io.benchmarkhub:benchmarkhub-runner dependency to run benchmark '" + name + "'."));
    return executor.run(this);
  }

  /** {@return the name} */
  public String name() {
    return name;
  }

  /** {@return the version; "dev" when not set} */
  public String version() {
    return version;
  }

  /** {@return the cases} */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * {@return the prompt}: turns a case into the messages sent to each model. When none was set, the
   * case's own input is sent as it is. A benchmark with a {@link #subject()} sends no prompt; its
   * prompt is then the case's own messages, which a dry run counts as one call per trial.
   */
  public Function<TestCase, List<Message>> prompt() {
    return prompt;
  }

  /**
   * {@return the subject, the user's own code the runner calls once per trial instead of sending the
   * prompt, when {@link Builder#subject} set one}
   */
  public Optional<Subject> subject() {
    return Optional.ofNullable(subject);
  }

  /** {@return the models, in the order results list them} */
  public List<ModelRef> models() {
    return models;
  }

  /** {@return the judges; a trial passes when every judge passes it} */
  public List<Judge> judges() {
    return judges;
  }

  /** {@return the tools offered to the model in every case; often none} */
  public List<ToolDefinition> tools() {
    return tools;
  }

  /** {@return whether and which tool the model must call, when set} */
  public java.util.Optional<ToolChoice> toolChoice() {
    return java.util.Optional.ofNullable(toolChoice);
  }

  /**
   * {@return the tools offered in one case}: the benchmark's, then the case's own; a case tool
   * replaces a benchmark tool of the same name, in its place
   */
  public List<ToolDefinition> toolsFor(TestCase testCase) {
    if (testCase.tools().isEmpty()) {
      return tools;
    }
    Map<String, ToolDefinition> merged = new LinkedHashMap<>();
    tools.forEach(t -> merged.put(t.name(), t));
    testCase.tools().forEach(t -> merged.put(t.name(), t));
    return List.copyOf(merged.values());
  }

  /** {@return the pair judges, which compare every pair of models after the trials; often none} */
  public List<PairJudge> pairJudges() {
    return pairJudges;
  }

  /** {@return how many times each case runs on each model} */
  public int repeat() {
    return repeat;
  }

  /** {@return the concurrent requests allowed to this provider} */
  public int concurrency(String providerId) {
    return concurrency.getOrDefault(providerId, defaultConcurrency);
  }

  /** {@return whether the concurrency for this provider was set on the builder} */
  public boolean hasConcurrency(String providerId) {
    return concurrency.containsKey(providerId);
  }

  /** {@return a setting given on the builder, e.g. {@code setting("openai.base-url")}} */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** {@return where API keys come from} */
  public SecretSource secrets() {
    return secrets;
  }

  /** {@return providers given on the builder, by id; they take precedence over ServiceLoader ones} */
  public Map<String, Provider> providers() {
    return providers;
  }

  /** {@return the deadline of one request} */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** {@return the listeners that hear the run} */
  public List<RunListener> listeners() {
    return listeners;
  }

  /** {@return whether the run prints its summary table to standard output} */
  public boolean printSummary() {
    return printSummary;
  }

  /**
   * {@return whether a model whose provider cannot be created (a missing key) is skipped, its trials
   * recorded as {@link TrialStatus#SKIPPED}, instead of stopping the run before it starts}
   */
  public boolean skipUnavailableModels() {
    return skipUnavailableModels;
  }

  /**
   * {@return the run's budget in US dollars, when {@link Builder#maxCost} set one}; the runner also
   * reads the setting {@code max-cost}
   */
  public java.util.OptionalDouble maxCost() {
    return Double.isNaN(maxCost) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(maxCost);
  }

  @Override
  public String toString() {
    return "Benchmark[" + name + " " + version + ", " + dataset.name() + ", models "
        + models.stream().map(ModelRef::id).toList() + ", judges "
        + judges.stream().map(Judge::name).toList() + (subject != null ? ", subject" : "") + (repeat > 1 ? ", repeat " + repeat : "") + "]";
  }

  /** Builds a {@link Benchmark}; setters check their arguments at once. */
  public static final class Builder {
    private final String name;
    private String version = "dev";
    private Dataset dataset;
    private Function<TestCase, List<Message>> prompt = TestCase::messages;
    private Subject subject;
    /** Which of prompt, chatPrompt and subject was set, or null while none was. */
    private String evaluates;
    private final List<ModelRef> models = new ArrayList<>();
    private final List<Judge> judges = new ArrayList<>();
    private final List<PairJudge> pairJudges = new ArrayList<>();
    private int repeat = 1;
    private int defaultConcurrency = DEFAULT_CONCURRENCY;
    private final Map<String, Integer> concurrency = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private SecretSource secrets = SecretSource.environment();
    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private final List<RunListener> listeners = new ArrayList<>();
    private boolean printSummary = true;
    private boolean skipUnavailableModels;
    private double maxCost = Double.NaN;
    private final Map<String, ToolDefinition> tools = new LinkedHashMap<>();
    private ToolChoice toolChoice;

    private Builder(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a benchmark needs a name");
      }
      this.name = name;
    }

    /** Sets the version (semantic versioning recommended). Default "dev". */
    public Builder version(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("version must not be blank");
      }
      this.version = value;
      return this;
    }

    /** Sets the cases. Required. */
    public Builder dataset(Dataset value) {
      this.dataset = Objects.requireNonNull(value, "dataset");
      return this;
    }

    /**
     * Sends the text this function makes of each case as one user message.
     *
     * @throws BenchmarkException when a prompt, chat prompt or subject is already set
     */
    public Builder prompt(Function<TestCase, String> text) {
      Objects.requireNonNull(text, "prompt");
      evaluates("prompt");
      this.prompt = c -> List.of(Message.user(Objects.requireNonNull(text.apply(c), "prompt returned null")));
      return this;
    }

    /**
     * Sends the conversation this function makes of each case.
     *
     * @throws BenchmarkException when a prompt, chat prompt or subject is already set
     */
    public Builder chatPrompt(Function<TestCase, List<Message>> conversation) {
      Objects.requireNonNull(conversation, "chatPrompt");
      evaluates("chatPrompt");
      this.prompt = conversation;
      return this;
    }

    /**
     * Evaluates the user's own code instead of a prompt: the runner calls it once per trial with the
     * case and the trial's model, and the judges grade what it returns, e.g.
     * {@code .subject((testCase, model) -> myAssistant.answer(testCase.input(), model))}. See
     * {@link Subject} and {@link ModelHandle}.
     *
     * @throws BenchmarkException when a prompt, chat prompt or subject is already set
     */
    public Builder subject(Subject value) {
      Objects.requireNonNull(value, "subject");
      evaluates("subject");
      this.subject = value;
      return this;
    }

    private void evaluates(String method) {
      if (evaluates != null) {
        throw new BenchmarkException("benchmark '" + name + "' already has ." + evaluates + "(...), so ." + method
            + "(...) cannot be added: a benchmark evaluates exactly one subject, either a prompt (.prompt or "
            + ".chatPrompt) or your own code (.subject); keep one.");
      }
      evaluates = method;
    }

    /**
     * Adds models addressed {@code provider:model}.
     *
     * @throws BenchmarkException when one is not of that form
     */
    public Builder models(String... refs) {
      for (String r : refs) {
        models.add(ModelRef.parse(r));
      }
      return this;
    }

    /** Adds models with their parameters. */
    public Builder models(List<ModelRef> refs) {
      refs.forEach(this::model);
      return this;
    }

    /** Adds one model with its parameters. */
    public Builder model(ModelRef ref) {
      models.add(Objects.requireNonNull(ref, "model"));
      return this;
    }

    /** Adds one model with parameters, e.g. {@code model("openai:gpt-4o", p -> p.withTemperature(0))}. */
    public Builder model(String ref, java.util.function.UnaryOperator<ModelParams> params) {
      ModelRef m = ModelRef.parse(ref);
      return model(m.withParams(params.apply(m.params())));
    }

    /** Adds a judge. A trial passes when every judge passes it. At least one is required. */
    public Builder judge(Judge value) {
      judges.add(Objects.requireNonNull(value, "judge"));
      return this;
    }

    /**
     * Adds tools offered to the model in every case (a case's own {@code tools} add to them, and
     * replace one of the same name). Tool calls come back in {@link Completion#toolCalls()}.
     *
     * @throws IllegalArgumentException when two tools have the same name
     */
    public Builder tools(ToolDefinition... values) {
      for (ToolDefinition t : values) {
        Objects.requireNonNull(t, "tool");
        if (tools.putIfAbsent(t.name(), t) != null) {
          throw new IllegalArgumentException("two tools are named '" + t.name() + "'");
        }
      }
      return this;
    }

    /**
     * Sets whether and which tool the model must call; unset, each provider's default applies (the
     * model decides). Sent only in requests that offer tools.
     */
    public Builder toolChoice(ToolChoice value) {
      this.toolChoice = Objects.requireNonNull(value, "toolChoice");
      return this;
    }

    /**
     * Adds a pair judge: after the trials, it compares the answers of every pair of models on every
     * case both answered (e.g. {@code Judges.pairwise("more helpful and correct")}), and the summary's
     * {@link RunSummary#pairwise()} tallies who won. It grades nothing: the trials' pass or fail comes
     * from the judges.
     */
    public Builder pairwise(PairJudge value) {
      pairJudges.add(Objects.requireNonNull(value, "pair judge"));
      return this;
    }

    /**
     * Runs each case {@code n} times on each model (to measure variance). Default 1.
     *
     * @throws IllegalArgumentException when n is not positive
     */
    public Builder repeat(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("repeat must be >= 1, was " + n);
      }
      this.repeat = n;
      return this;
    }

    /**
     * Allows this many concurrent requests to one provider. Default {@value #DEFAULT_CONCURRENCY},
     * or the system property {@code benchmarkhub.<provider>.concurrency}.
     *
     * @throws IllegalArgumentException when n is not positive
     */
    public Builder concurrency(String providerId, int n) {
      if (n < 1) {
        throw new IllegalArgumentException("concurrency for " + providerId + " must be >= 1, was " + n);
      }
      concurrency.put(Objects.requireNonNull(providerId, "providerId"), n);
      return this;
    }

    /**
     * Allows this many concurrent requests to every provider not configured on its own.
     *
     * @throws IllegalArgumentException when n is not positive
     */
    public Builder concurrency(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1, was " + n);
      }
      this.defaultConcurrency = n;
      return this;
    }

    /**
     * Sets a provider setting, taking precedence over system properties and the environment, e.g.
     * {@code setting("openai.base-url", "http://localhost:8089/v1")}.
     */
    public Builder setting(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
      return this;
    }

    /** Points a provider at another base URL; the same as {@code setting(provider + ".base-url", url)}. */
    public Builder baseUrl(String providerId, String url) {
      return setting(providerId + ".base-url", url);
    }

    /** Reads API keys from this source instead of the environment. */
    public Builder secrets(SecretSource value) {
      this.secrets = Objects.requireNonNull(value, "secrets");
      return this;
    }

    /** Uses this provider for models addressed {@code id:model}, ahead of any found by ServiceLoader. */
    public Builder provider(String id, Provider value) {
      providers.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(value, "provider"));
      return this;
    }

    /**
     * Sets the deadline of one request, connect to last byte. Default 120 s.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder requestTimeout(Duration value) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException("requestTimeout must be positive, was " + value);
      }
      this.requestTimeout = value;
      return this;
    }

    /** Adds a listener that hears the run. */
    public Builder listener(RunListener value) {
      listeners.add(Objects.requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Runs the other models when one model's provider cannot be created (typically its API key is
     * missing): that model's trials are recorded as {@link TrialStatus#SKIPPED} with the reason, and
     * nothing is spent on them. Without this, such a model stops the run before any request, which is
     * the default. The JUnit engine sets it, so a missing key skips that model's tests.
     */
    public Builder skipUnavailableModels() {
      this.skipUnavailableModels = true;
      return this;
    }

    /**
     * Stops spending at this many US dollars. The runner adds up the cost of finished trials (reported
     * by the provider, else from its price table); once the sum reaches {@code usd}, it starts no new
     * trial and records each one left as {@link TrialStatus#SKIPPED} with error kind
     * {@link TrialError#BUDGET_KIND}. Trials already running finish, so the run may end slightly above
     * the budget (at most one trial per concurrent request). A trial whose cost is unknown (a model with
     * no price) counts 0, and the run warns at the start about such models. Takes precedence over the
     * setting {@code max-cost}. Default: no budget.
     *
     * @throws IllegalArgumentException when usd is not a positive finite number
     */
    public Builder maxCost(double usd) {
      if (!(usd > 0) || Double.isInfinite(usd)) {
        throw new IllegalArgumentException("maxCost must be a positive number of US dollars, was " + usd);
      }
      this.maxCost = usd;
      return this;
    }

    /** Does not print the summary table at the end of the run. */
    public Builder quiet() {
      this.printSummary = false;
      return this;
    }

    /**
     * {@return the benchmark}
     *
     * @throws BenchmarkException naming what is missing or inconsistent
     */
    public Benchmark build() {
      String where = "benchmark '" + name + "'";
      if (dataset == null) {
        throw new BenchmarkException(where + " has no dataset: add .dataset(Dataset.jsonl(path)) or another.");
      }
      if (models.isEmpty()) {
        throw new BenchmarkException(where + " has no model: add .models(\"openai:gpt-4o-mini\") or another.");
      }
      if (judges.isEmpty()) {
        throw new BenchmarkException(where + " has no judge: add .judge(Judges.exactMatch()) or another; "
            + "BenchmarkHub never picks a judge for you.");
      }
      if (!pairJudges.isEmpty() && models.size() < 2) {
        throw new BenchmarkException(where + " has a pair judge but one model: a pair judge compares two models' "
            + "answers, so add another model or remove .pairwise(...).");
      }
      Set<String> ids = new HashSet<>();
      for (ModelRef m : models) {
        if (!ids.add(m.id())) {
          throw new BenchmarkException(where + " lists model '" + m.id() + "' twice: remove one, or give "
              + "each its own label with ModelRef.withLabel(...).");
        }
      }
      return new Benchmark(this);
    }

    /**
     * Builds and runs the benchmark.
     *
     * @return the summary
     * @throws BenchmarkException as {@link #build()} and {@link Benchmark#run()}
     */
    public RunSummary run() {
      return build().run();
    }
  }
}
