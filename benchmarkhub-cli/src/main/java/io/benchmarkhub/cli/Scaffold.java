package io.benchmarkhub.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files {@code benchmarkhub init} writes for a benchmark: an annotated benchmark class, its dataset of
 * support-ticket intents, and a benchmark file for running it without Java.
 *
 * @param name the benchmark's name, lower case words joined by dashes, e.g. {@code support-intent}
 * @param packageName the Java package of the benchmark class
 */
record Scaffold(String name, String packageName) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  /**
   * Checks the name and package.
   *
   * @throws IllegalArgumentException saying what a valid name or package looks like
   */
  Scaffold {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("--name '" + name + "' is not lower-case words joined by dashes, "
          + "e.g. support-intent");
    }
    if (!PACKAGE.matcher(packageName).matches()) {
      throw new IllegalArgumentException("--package '" + packageName + "' is not a Java package in lower case, "
          + "e.g. com.acme.benchmarks");
    }
  }

  /** {@return the benchmark class's simple name, e.g. {@code SupportIntentBenchmark}} */
  String className() {
    StringBuilder b = new StringBuilder();
    for (String word : name.split("-")) {
      b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return b.append("Benchmark").toString();
  }

  /** {@return the files to write, by path relative to the project folder, in the order to list them} */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("src/test/java/" + packageName.replace('.', '/') + "/" + className() + ".java", fill(JAVA));
    files.put("src/test/resources/" + name + ".jsonl", CASES);
    files.put(name + ".benchmark.yaml", fill(YAML));
    return files;
  }

  private String fill(String template) {
    return template.replace("${name}", name).replace("${package}", packageName).replace("${class}", className())
        .replace("${instruction}", INSTRUCTION);
  }

  /** The instruction both the class and the file give the model. */
  private static final String INSTRUCTION = "Classify the customer's message into exactly one intent: refund, "
      + "shipping, account, cancel or other. Answer with the intent only.";

  private static final String JAVA = """
      package ${package};

      import io.benchmarkhub.api.TestCase;
      import io.benchmarkhub.api.annotation.Benchmark;
      import io.benchmarkhub.api.annotation.Dataset;
      import io.benchmarkhub.api.annotation.Gate;
      import io.benchmarkhub.api.annotation.Judge;
      import io.benchmarkhub.api.annotation.Model;
      import io.benchmarkhub.api.annotation.Prompt;
      import io.benchmarkhub.judge.ExactMatchJudge;
      import io.benchmarkhub.judge.Judges;

      /**
       * ${name}: support messages classified by intent. Every case on every model is a test; the gate is one
       * more test per model. Run it with {@code mvn test -Dtest=${class}} after setting OPENAI_API_KEY.
       */
      @Benchmark(name = "${name}", version = "1.0.0")
      @Model(value = "openai:gpt-4o-mini", temperature = 0)
      @Dataset("classpath:${name}.jsonl")
      // Judged on the point estimate while the dataset is small: with 100+ cases, drop pointEstimate so the
      // gate judges the pass rate's 95% lower bound.
      @Gate(passRate = 0.8, pointEstimate = true)
      class ${class} {

        @Prompt
        String prompt(TestCase c) {
          return "${instruction}\\n\\nMessage: " + c.input();
        }

        @Judge
        ExactMatchJudge intent() {
          return Judges.exactMatch().ignoreCase().trim().ignorePunctuation();
        }
      }
      """;

  private static final String YAML = """
      # The same benchmark as ${class}, without Java: benchmarkhub run ${name}.benchmark.yaml
      name: ${name}
      version: 1.0.0
      description: Support messages classified by intent.
      taskType: classification
      dataset: src/test/resources/${name}.jsonl
      # what the cases cover: benchmarkhub validate checks every concept x difficulty cell holds a case
      concepts: [billing, delivery, login, product, subscription]
      difficulties: [easy, hard]
      labels: [refund, shipping, account, cancel, other]
      prompt: |
        ${instruction}

        Message: {{input}}
      models:
        - id: openai:gpt-4o-mini
          temperature: 0
      judges:
        - exact: { ignoreCase: true, trim: true, ignorePunctuation: true }
      gates:
        passRate: 0.8
        # judged on the point estimate while the dataset is small; drop it once you have 100+ cases
        pointEstimate: true
      """;

  private static final String CASES = """
      {"id": "refund-duplicate-charge", "input": "My card was charged twice for order 4471. Please return the second payment.", "expected": "refund", "difficulty": "easy", "metadata": {"concept": "billing"}}
      {"id": "cancel-or-refund", "input": "I ordered the wrong size an hour ago. Can you stop the order before it is packed?", "expected": "cancel", "difficulty": "hard", "metadata": {"concept": "billing"}}
      {"id": "shipping-late", "input": "It has been twelve days and my order still says preparing for dispatch.", "expected": "shipping", "difficulty": "easy", "metadata": {"concept": "delivery"}}
      {"id": "shipping-wrong-address", "input": "I typed my old street by mistake, can the courier bring the box to 14 Elm Road instead?", "expected": "shipping", "difficulty": "hard", "metadata": {"concept": "delivery"}}
      {"id": "account-email-change", "input": "How do I change the email address I sign in with?", "expected": "account", "difficulty": "easy", "metadata": {"concept": "login"}}
      {"id": "account-locked", "input": "After three wrong passwords the app locked me out and the unlock email never came.", "expected": "account", "difficulty": "hard", "metadata": {"concept": "login"}}
      {"id": "other-stock", "input": "Will the green armchair be back in stock before Christmas?", "expected": "other", "difficulty": "easy", "metadata": {"concept": "product"}}
      {"id": "refund-broken-lamp", "input": "The desk lamp arrived with a snapped arm and I would rather have my money back than a new one.", "expected": "refund", "difficulty": "hard", "metadata": {"concept": "product"}}
      {"id": "cancel-subscription", "input": "Please stop my monthly coffee subscription before the next box ships.", "expected": "cancel", "difficulty": "easy", "metadata": {"concept": "subscription"}}
      {"id": "refund-renewed-after-cancel", "input": "My coffee subscription renewed yesterday although I cancelled it last week. I want that charge reversed.", "expected": "refund", "difficulty": "hard", "metadata": {"concept": "subscription"}}
      """;
}
