/**
 * Spring AI both ways.
 *
 * <ul>
 *   <li>{@link io.benchmarkhub.springai.SpringAiModels#chatModel SpringAiModels.chatModel(model)}: the trial's
 *       {@link io.benchmarkhub.api.ModelHandle} as a Spring AI {@code ChatModel} (and so a {@code ChatClient}),
 *       for a subject that runs the application's own Spring AI code;</li>
 *   <li>{@link io.benchmarkhub.springai.SpringAiProvider#of SpringAiProvider.of(chatModel)} and the
 *       {@code spring-ai} provider id ({@link io.benchmarkhub.springai.SpringAiModels#register}): any Spring AI
 *       {@code ChatModel}, such as an application's bean, as a BenchmarkHub provider.</li>
 * </ul>
 *
 * <p>The application brings Spring AI (2.0.x); this module depends on it in {@code provided} scope.
 */
package io.benchmarkhub.springai;
