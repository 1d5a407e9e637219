package io.benchmarkhub.author.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  @Test
  void shinglesIgnoreCasePunctuationAndSpacing() {
    Shingles a = Shingles.of("Refund, please! I was charged twice.", 3);
    Shingles b = Shingles.of("refund please   i WAS charged twice", 3);
    assertThat(a.jaccard(b)).isEqualTo(1.0);
    assertThat(a.size()).isEqualTo(4); // 6 words -> 4 shingles
  }

  @Test
  void jaccardIsExactOnKnownSets() {
    // words a..f: 3-shingles abc bcd cde def vs abc bcd cde xyz... compute by hand
    Shingles x = Shingles.of("a b c d e f", 3); // abc bcd cde def
    Shingles y = Shingles.of("a b c d e g", 3); // abc bcd cde deg
    assertThat(x.jaccard(y)).isCloseTo(3.0 / 5.0, within(1e-12));
    assertThat(x.containedIn(y)).isCloseTo(3.0 / 4.0, within(1e-12));
    assertThat(Shingles.of("", 3).jaccard(Shingles.of("  ", 3))).isEqualTo(1.0);
    assertThat(Shingles.of("", 3).jaccard(x)).isZero();
    assertThat(Shingles.of("two words", 3).size()).isEqualTo(1);
  }

  @Test
  void findsRewordedCasesAndNothingElse() {
    List<String> texts = List.of(
        "My order 1234 arrived broken and I would like a refund for the blender please",
        "What is the capital city of France and when was it founded",
        "my order 1234 arrived broken and i would like a refund for the blender, thanks please",
        "How many legs does a spider have");
    List<NearDuplicates.Pair> pairs = NearDuplicates.withThreshold(0.7).pairs(texts);
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).first()).isZero();
    assertThat(pairs.get(0).second()).isEqualTo(2);
    assertThat(pairs.get(0).similarity())
        .isCloseTo(Shingles.of(texts.get(0), 3).jaccard(Shingles.of(texts.get(2), 3)), within(1e-12))
        .isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void reportedPairsAgreeWithBruteForceOnRandomText() {
    Random random = new Random(7);
    String[] vocabulary = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split(" ");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i > 0 && random.nextInt(4) == 0) {
        // a light edit of an earlier text: one word replaced
        String[] words = texts.get(random.nextInt(texts.size())).split(" ");
        words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
        texts.add(String.join(" ", words));
      } else {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 20; w++) {
          sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        texts.add(sb.toString().strip());
      }
    }
    double threshold = 0.7;
    List<NearDuplicates.Pair> found = NearDuplicates.withThreshold(threshold).pairs(texts);
    int expected = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (Shingles.of(texts.get(i), 3).jaccard(Shingles.of(texts.get(j), 3)) >= threshold) {
          expected++;
        }
      }
    }
    assertThat(expected).isGreaterThan(30);
    assertThat(found).allSatisfy(p -> assertThat(p.similarity()).isGreaterThanOrEqualTo(threshold));
    // LSH may miss a pair near the threshold; at 0.7 and above it finds nearly all
    assertThat((double) found.size() / expected).isGreaterThan(0.97);
  }

  @Test
  void indexReportsTheNearestEarlierTextWithoutAddingIt() {
    NearDuplicates.Index index = NearDuplicates.withThreshold(0.8).index();
    assertThat(index.add("the quick brown fox jumps over the lazy dog today")).isEmpty();
    assertThat(index.add("an entirely different sentence about invoices and taxes")).isEmpty();
    assertThat(index.nearest("The quick brown fox jumps over the lazy dog today!")).hasValueSatisfying(p -> {
      assertThat(p.first()).isZero();
      assertThat(p.similarity()).isEqualTo(1.0);
    });
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.nearest("invoices")).isEmpty();
  }

  @Test
  void rejectsAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> NearDuplicates.withThreshold(0)).hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> NearDuplicates.withThreshold(1.2)).hasMessageContaining("1.2");
  }
}
