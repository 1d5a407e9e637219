package io.benchmarkhub.springai;

import io.benchmarkhub.api.ProviderException;

/**
 * A call through {@link SpringAiModels#chatModel} failed after the runner's retries: the unchecked form
 * Spring AI's {@code ChatModel.call} can throw, with the {@link ProviderException} as its cause.
 *
 * <p>Left uncaught (or wrapped in the application's own exception), the trial ends as an error of the
 * provider's kind ({@code RATE_LIMITED}, {@code SERVER_ERROR} ...), because the runner finds the
 * {@link ProviderException} in the cause chain.
 */
public final class ModelCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ModelCallException(ProviderException cause) {
    super(cause.getMessage(), cause);
  }

  /** {@return the provider's error, as the runner classified it} */
  public ProviderException providerException() {
    return (ProviderException) getCause();
  }

  /** {@return the provider error's kind} */
  public ProviderException.Kind kind() {
    return providerException().kind();
  }
}
