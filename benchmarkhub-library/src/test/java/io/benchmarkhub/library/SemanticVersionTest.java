package io.benchmarkhub.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {

  @Test
  void versionsSortAsSemverSaysIncludingPreReleases() {
    List<String> sorted = Stream.of("1.10.0", "1.2.0", "1.0.0", "1.0.0-rc.10", "1.0.0-alpha", "1.0.0-rc.2",
        "1.0.0-alpha.1", "0.9.9").map(SemanticVersion::parse).sorted().map(SemanticVersion::toString).toList();

    assertThat(sorted).containsExactly("0.9.9", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-rc.2", "1.0.0-rc.10",
        "1.0.0", "1.2.0", "1.10.0");
  }

  @Test
  void anythingElseIsRefusedWithAnExample() {
    for (String bad : List.of("1.0", "v1.0.0", "01.0.0", "1.0.0+build.5", "")) {
      assertThatThrownBy(() -> SemanticVersion.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a semantic version; e.g. 1.0.0");
    }
  }

  @Test
  void referencesNameAVersionOrTheLatest() {
    assertThat(PackageRef.parse("legal-clause-risk@1.2.0").version()).isEqualTo(SemanticVersion.parse("1.2.0"));
    assertThat(PackageRef.parse("legal-clause-risk").pinned()).isEmpty();
    assertThatThrownBy(() -> PackageRef.parse("Legal_Risk@1.0.0")).hasMessageContaining("is not a package name");
  }

  @Test
  void licencesKnowWhichAreOpenAndSuggestTheNearest() {
    assertThat(Licences.isOpen("CC0-1.0")).isTrue();
    assertThat(Licences.isOpen("ODbL-1.0")).isTrue();
    assertThat(Licences.isOpen("CC-BY-NC-4.0")).isFalse();
    assertThat(Licences.isKnown("CC-BY-NC-4.0")).isTrue();
    assertThat(Licences.isKnown("LicenseRef-acme-internal")).isTrue();
    assertThat(Licences.isOpen("LicenseRef-acme-internal")).isFalse();
    assertThat(Licences.problem("CC-BY")).hasValueSatisfying(p -> assertThat(p).contains("e.g. CC-BY-4.0"));
    assertThat(Licences.problem("Apache 2")).hasValueSatisfying(p -> assertThat(p).contains("e.g. Apache-2.0"));
    assertThat(Licences.problem("MIT")).isEmpty();
  }
}
