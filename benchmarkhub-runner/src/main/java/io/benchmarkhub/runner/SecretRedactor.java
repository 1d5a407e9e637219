package io.benchmarkhub.runner;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers every secret handed to a provider during a run and blanks them out of text that leaves
 * the runner (error messages of trials), as a second line of defence behind the providers' own care.
 */
final class SecretRedactor {
  /** Shorter values are not redacted: they would blank out ordinary words. */
  private static final int MIN_LENGTH = 8;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  /** Records a secret value. */
  void remember(String secret) {
    if (secret != null && secret.length() >= MIN_LENGTH) {
      secrets.add(secret);
    }
  }

  /** {@return the text with every remembered secret replaced by ***} */
  String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      if (out.contains(s)) {
        out = out.replace(s, "***");
      }
    }
    return out;
  }
}
