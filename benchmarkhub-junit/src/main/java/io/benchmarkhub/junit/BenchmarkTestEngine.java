package io.benchmarkhub.junit;

import io.benchmarkhub.junit.internal.BenchmarkEngineContext;
import io.benchmarkhub.junit.internal.Discovery;
import io.benchmarkhub.junit.internal.EngineConfig;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code benchmarkhub} JUnit Platform engine: runs classes annotated
 * {@link io.benchmarkhub.api.annotation.Benchmark @Benchmark} under {@code mvn test}, Gradle, CI and
 * the IDE.
 *
 * <p>Each benchmark class is a container of its models; each model holds one test per case (one per
 * repeat when repeated) and one test per gate threshold. A case the judge fails is a test failure
 * with expected and actual; a provider or judge error is a test error; a failed gate fails the build.
 * A class that is not a valid benchmark fails its own "benchmark definition" test while every other
 * benchmark still runs. Trials run concurrently in the runner; tests report in order, each as soon as
 * its trial is done. Configuration: see {@code EngineConfig} ({@code benchmarkhub.models},
 * {@code benchmarkhub.limit}, {@code benchmarkhub.tags}, {@code benchmarkhub.cases},
 * {@code benchmarkhub.missing-key}, {@code benchmarkhub.mode}, ...).
 */
public final class BenchmarkTestEngine extends HierarchicalTestEngine<BenchmarkEngineContext> {
  /** The engine id. */
  public static final String ID = "benchmarkhub";

  /** Creates the engine; the JUnit Platform finds it through {@code META-INF/services}. */
  public BenchmarkTestEngine() {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("io.benchmarkhub");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("benchmarkhub-junit");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDescriptor engine = new EngineDescriptor(uniqueId, "BenchmarkHub");
    Discovery.resolve(request, engine);
    return engine;
  }

  @Override
  protected BenchmarkEngineContext createExecutionContext(ExecutionRequest request) {
    return new BenchmarkEngineContext(EngineConfig.from(request.getConfigurationParameters()),
        request.getEngineExecutionListener(), request.getCancellationToken());
  }
}
