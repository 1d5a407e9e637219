package io.benchmarkhub.junit.internal;

import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node sees during execution.
 *
 * @param config the engine configuration of this execution
 * @param listener where report entries go
 * @param cancellation set when the launcher cancels the execution (e.g. Surefire's skipAfterFailureCount)
 */
public record BenchmarkEngineContext(EngineConfig config, EngineExecutionListener listener,
    CancellationToken cancellation)
    implements EngineExecutionContext {}
