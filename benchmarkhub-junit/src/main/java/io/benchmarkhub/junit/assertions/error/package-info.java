/**
 * The failure messages of the assertions, one small factory per message in the style of AssertJ's
 * {@code org.assertj.core.error}, so that the same wording can serve other reports of the same
 * failure (such as a gate failing in the test engine).
 *
 * @since 0.1.0
 */
package io.benchmarkhub.junit.assertions.error;
