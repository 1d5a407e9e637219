package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake generator model for tests: it reads the generation prompt (count, concept, difficulty,
 * request number, edge or not) and answers with that many distinct cases of random-looking words, so
 * no two are near duplicates unless asked. Knobs make chosen requests answer badly.
 */
final class FakeCaseWriter implements Provider {
  private static final String[] WORDS = ("amber basil cedar delta ember fjord garnet harbor indigo juniper kestrel lantern "
      + "meadow nectar orchid pebble quartz raven saffron tundra umber violet willow xenon yarrow zephyr anchor "
      + "bramble canyon dune estuary falcon glacier heron island jasper kelp lagoon marble nimbus ocelot prairie")
      .split(" ");
  private static final Pattern COUNT = Pattern.compile("Write (\\d+) ");
  private static final Pattern CONCEPT = Pattern.compile("Concept: (.+)");
  private static final Pattern LEVEL = Pattern.compile("Difficulty: (\\w+)");
  private static final Pattern INDEX = Pattern.compile("request (\\d+) for");

  final ConcurrentLinkedQueue<String> prompts = new ConcurrentLinkedQueue<>();
  private Predicate<String> malformed = p -> false;
  private Predicate<String> duplicateFirst = p -> false;
  private Predicate<String> missingExpected = p -> false;

  /** Requests whose prompt matches answer with prose, not JSON. */
  FakeCaseWriter malformedWhen(Predicate<String> p) {
    this.malformed = p;
    return this;
  }

  /** Requests whose prompt matches repeat the first case of request 1 of their cell as their first case. */
  FakeCaseWriter duplicateWhen(Predicate<String> p) {
    this.duplicateFirst = p;
    return this;
  }

  /** Requests whose prompt matches leave out the expected answer of their first case. */
  FakeCaseWriter missingExpectedWhen(Predicate<String> p) {
    this.missingExpected = p;
    return this;
  }

  @Override
  public Completion complete(ChatRequest request) {
    String prompt = request.messages().get(request.messages().size() - 1).content();
    prompts.add(prompt);
    return new Completion(answer(prompt), FinishReason.STOP, Duration.ofMillis(5), Usage.of(300, 400), "fake-1");
  }

  String answer(String prompt) {
    if (malformed.test(prompt)) {
      return "Sure! Here are some cases: 1. What is it? 2. Why?";
    }
    int n = Integer.parseInt(find(COUNT, prompt));
    String concept = find(CONCEPT, prompt);
    String level = find(LEVEL, prompt);
    boolean edge = prompt.contains("edge request");
    int index = Integer.parseInt(find(INDEX, prompt));
    List<Map<String, Object>> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean dup = i == 0 && duplicateFirst.test(prompt);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("input", dup ? input(concept, level, false, 1, 0) : input(concept, level, edge, index, i));
      if (!(i == 0 && missingExpected.test(prompt))) {
        c.put("expected", "answer " + index + "." + i);
      }
      if (edge) {
        c.put("edgeKind", "boundary");
      }
      cases.add(c);
    }
    try {
      return new ObjectMapper().writeValueAsString(Map.of("cases", cases));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ten words drawn from a generator seeded by the cell, kind, request and position: distinct per case. */
  static String input(String concept, String level, boolean edge, int index, int i) {
    long x = (concept + "/" + level + "/" + edge + "/" + index + "/" + i).hashCode() * 0x9E3779B97F4A7C15L;
    StringBuilder sb = new StringBuilder(concept + " " + level + ":");
    for (int w = 0; w < 10; w++) {
      x ^= x >>> 29;
      x *= 0xBF58476D1CE4E5B9L;
      x ^= x >>> 32;
      sb.append(' ').append(WORDS[(int) Math.floorMod(x, (long) WORDS.length)]);
    }
    return sb.append('?').toString();
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("prompt without " + p + ": " + text);
    }
    return m.group(1).strip();
  }
}
