package io.benchmarkhub.author;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterfactualsTest {

  @Test
  void swapsPronounsNounsAndNamesKeepingCapitalisation() {
    assertThat(Counterfactuals.swap("He told his wife that Mr James Smith called her."))
        .isEqualTo("She told her husband that Ms Mary Smith called him.");
    assertThat(Counterfactuals.swap("SHE gave her order to her brother; the bag is his."))
        .isEqualTo("HE gave his order to his sister; the bag is hers.");
    assertThat(Counterfactuals.swap("I thanked her again and gave her a refund"))
        .isEqualTo("I thanked him again and gave him a refund");
    assertThat(Counterfactuals.swap("mark the box, the shepherd and the mankind")) // no whole-word term
        .isEqualTo("mark the box, the shepherd and the mankind");
  }

  @Test
  void twinKeepsExpectedAndPointsBackToItsCase() {
    TestCase c = TestCase.builder().id("t1").input("My husband says he was charged twice").expected("refund")
        .difficulty("easy").tags("billing").metadata("concept", "billing")
        .source(new SourceLocation("cases.jsonl", 4)).build();
    TestCase twin = Counterfactuals.twin(c).orElseThrow();
    assertThat(twin.id()).isEqualTo("t1~cf");
    assertThat(twin.input()).isEqualTo("My wife says she was charged twice");
    assertThat(twin.expected()).contains("refund");
    assertThat(twin.difficulty()).contains("easy");
    assertThat(twin.tags()).containsExactly("billing");
    assertThat(twin.metadata()).containsEntry("concept", "billing").containsEntry("counterfactualOf", "t1");
    assertThat(twin.source()).isEmpty();
    assertThat(twin.isChat()).isFalse();
    assertThat(Counterfactuals.twin(twin)).isEmpty(); // no twin of a twin
  }

  @Test
  void twinsOfADatasetSkipCasesWithoutTermsAndSwapChatAndChoices() {
    TestCase plain = TestCase.of("Where is my parcel?", "shipping");
    TestCase chat = TestCase.builder().id("chat").messages(List.of(Message.system("Be kind."),
        Message.user("Can Maria change her password?"))).expected("account").build();
    TestCase mc = TestCase.builder().id("mc").input("Who signed?").expected("A")
        .variable("choices", List.of("the king", "the queen")).build();
    List<TestCase> twins = Counterfactuals.of(List.of(plain, chat, mc));
    assertThat(twins).extracting(TestCase::id).containsExactly("chat~cf", "mc~cf");
    assertThat(twins.get(0).isChat()).isTrue();
    assertThat(twins.get(0).messages().get(1).content()).isEqualTo("Can Carlos change his password?");
    assertThat(twins.get(1).variables().get("choices")).isEqualTo(List.of("the queen", "the king"));
  }

  @Test
  void lexiconGroupsWordsAndNamesOnlyWhenCapitalised() {
    assertThat(DemographicLexicon.groupOf("Grandmother")).contains("female terms");
    assertThat(DemographicLexicon.groupOf("Mark")).contains("male names");
    assertThat(DemographicLexicon.groupOf("mark")).isEmpty();
    assertThat(DemographicLexicon.groupOf("elderly")).contains("older");
    assertThat(DemographicLexicon.groupsIn("The elderly man and Priya")).containsExactly("older", "male terms",
        "female names");
  }
}
