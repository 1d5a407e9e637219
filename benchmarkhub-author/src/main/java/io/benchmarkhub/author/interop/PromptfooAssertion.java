package io.benchmarkhub.author.interop;

/**
 * One promptfoo assertion of one test as a BenchmarkHub judge entry of a benchmark file.
 *
 * @param type the promptfoo type, e.g. {@code icontains}
 * @param judge the judge entry with the assertion's value written into it, e.g. {@code {contains: {values: [Paris],
 *     ignoreCase: true}}}
 * @param fromExpected the judge entry that compares with the case's expected answer instead (e.g. {@code {contains:
 *     {ignoreCase: true}}}), or null when the judge cannot read it
 * @param value the assertion's value as text, which becomes the case's expected answer when {@code fromExpected} is
 *     used; null when there is none
 * @param weight the assertion's weight (promptfoo's default 1)
 * @param node where the assertion is
 */
record PromptfooAssertion(String type, Object judge, Object fromExpected, String value, double weight,
    ConfigNode node) {

  /** {@return a stand-in for an assertion that could not be mapped (already noted)}, which holds its slot */
  static PromptfooAssertion unmapped(ConfigNode entry) {
    String type = entry.field("type").map(ConfigNode::text).orElse("?");
    return new PromptfooAssertion(type, null, null, null, 1.0, entry);
  }

  /** {@return whether this stands in for an assertion that could not be mapped} */
  boolean isUnmapped() {
    return judge == null;
  }
}
