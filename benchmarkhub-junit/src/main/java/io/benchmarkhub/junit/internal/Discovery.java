package io.benchmarkhub.junit.internal;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/** Builds the descriptor tree of a discovery request. */
public final class Discovery {
  private static final EngineDiscoveryRequestResolver<EngineDescriptor> RESOLVER =
      EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
          .addClassContainerSelectorResolver(BenchmarkDefinition::isBenchmarkClass)
          .addSelectorResolver(ctx -> new BenchmarkSelectorResolver(ctx.getIssueReporter(),
              EngineConfig.from(ctx.getDiscoveryRequest().getConfigurationParameters())))
          .build();

  private Discovery() {}

  /** Resolves the request's selectors into the engine descriptor. */
  public static void resolve(EngineDiscoveryRequest request, EngineDescriptor engine) {
    RESOLVER.resolve(request, engine);
  }
}
