package io.benchmarkhub.author.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseListParserTest {
  @Test
  void readsTheCasesObjectTheBareArrayAndAFencedAnswerWithTextAround() {
    String object = "{\"cases\": [{\"input\": \"2+2?\", \"expected\": 4}, {\"input\": \"Pick\", \"choices\": [\"x\", \"y\"],"
        + " \"expected\": \"x\", \"edgeKind\": \"boundary\"}]}";
    CaseListParser.Parsed p = CaseListParser.parse(object);
    assertThat(p.ok()).isTrue();
    assertThat(p.cases()).containsExactly(new CandidateCase("2+2?", "4", List.of(), null),
        new CandidateCase("Pick", "x", List.of("x", "y"), "boundary"));

    assertThat(CaseListParser.parse("[{\"input\": \"a\", \"expected\": {\"id\": 7}}]").cases())
        .containsExactly(new CandidateCase("a", "{\"id\":7}", List.of(), null));

    String fenced = "Here are your cases:\n```json\n[{\"input\": \"q\", \"expected\": \"a\"}]\n```\nEnjoy!";
    assertThat(CaseListParser.parse(fenced).cases()).containsExactly(new CandidateCase("q", "a", List.of(), null));

    assertThat(CaseListParser.parse("{\"items\": [{\"input\": \"q\"}], \"note\": \"x\"}").cases()).hasSize(1);
  }

  @Test
  void anythingElseIsUnparseableWithItsReason() {
    assertThat(CaseListParser.parse("Sure! 1. What is 2+2? (4)").unparseable()).startsWith("not JSON: ");
    assertThat(CaseListParser.parse("{\"cases\": [{\"input\": \"cut off").unparseable()).startsWith("not JSON: ");
    assertThat(CaseListParser.parse("{\"answer\": \"none\"}").unparseable()).startsWith("JSON without a list of cases");
    assertThat(CaseListParser.parse("{\"a\": [], \"b\": []}").ok()).isFalse();
    assertThat(CaseListParser.parse("  ").unparseable()).isEqualTo("empty answer");
  }

  @Test
  void anItemThatIsNotAnObjectBecomesACaseWithoutInput() {
    assertThat(CaseListParser.parse("[\"just text\", {\"input\": 12}]").cases())
        .containsExactly(new CandidateCase(null, null, List.of(), null), new CandidateCase("12", null, List.of(), null));
  }
}
