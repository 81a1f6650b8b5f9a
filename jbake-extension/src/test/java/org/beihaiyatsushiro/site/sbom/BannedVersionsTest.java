package org.beihaiyatsushiro.site.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site's list of banned versions, checked against SBOM fixtures. */
class BannedVersionsTest {
  @Test
  void anSbomWithAVulnerableVersionIsCaughtWithTheLibraryAndTheCve() throws Exception {
    Path sbom = fixture("vulnerable.cdx.json");

    assertThat(BannedVersions.standard().foundIn(sbom))
        .containsExactly(
            sbom
                + ": org.yaml:snakeyaml 1.30 is banned, CVE-2022-1471 (raise it among the JBake"
                + " plugin's <dependencies> in pom.xml; see docs/dependencies.md)",
            sbom
                + ": org.eclipse.jetty:jetty-http 9.4.31.v20200723 is banned, CVE-2021-28165,"
                + " CVE-2021-34428, CVE-2023-26048, CVE-2023-26049 (raise it among the JBake"
                + " plugin's <dependencies> in pom.xml; see docs/dependencies.md)");
  }

  @Test
  void theBakesCheckFailsOnAVulnerableClasspathNamingEachLibraryInTheSbomsOrder() throws Exception {
    Path sbom = Path.of("target/sbom/bake-classpath.cdx.json");
    List<Library> classpath =
        List.of(
            library("org.yaml", "snakeyaml", "1.30"),
            library("org.freemarker", "freemarker", "2.3.34"),
            library("org.eclipse.jetty", "jetty-http", "9.4.31.v20200723"));

    assertThatThrownBy(() -> BakeClasspathSbom.check(classpath, sbom, BannedVersions.standard()))
        .isInstanceOfSatisfying(
            BakeClasspathSbom.BannedVersionException.class,
            e ->
                assertThat(e.found())
                    .containsExactly(
                        sbom
                            + ": org.eclipse.jetty:jetty-http 9.4.31.v20200723 is banned,"
                            + " CVE-2021-28165, CVE-2021-34428, CVE-2023-26048, CVE-2023-26049"
                            + " (raise it among the JBake plugin's <dependencies> in pom.xml;"
                            + " see docs/dependencies.md)",
                        sbom
                            + ": org.yaml:snakeyaml 1.30 is banned, CVE-2022-1471 (raise it among"
                            + " the JBake plugin's <dependencies> in pom.xml; see"
                            + " docs/dependencies.md)"));
  }

  @Test
  void theRaisedVersionsPass() throws Exception {
    assertThat(BannedVersions.standard().foundIn(fixture("raised.cdx.json"))).isEmpty();
    BakeClasspathSbom.check(
        List.of(
            library("org.yaml", "snakeyaml", "2.5"),
            library("org.eclipse.jetty", "jetty-http", "9.4.58.v20250814")),
        Path.of("bake-classpath.cdx.json"),
        BannedVersions.standard());
  }

  private static Library library(String group, String artifact, String version) {
    return new Library(group, artifact, version, "", Path.of(artifact + "-" + version + ".jar"));
  }

  @Test
  void severalRangesBanEachLineOfALibrary() throws Exception {
    BannedVersions logback =
        BannedVersions.parse(
            "test.txt",
            "# comment\n\nch.qos.logback:logback-core [,1.2.13),[1.3.0,1.3.12) CVE-2023-6378\n");
    assertThat(logback.bans()).hasSize(1);
    BannedVersions.Ban ban = logback.bans().get(0);

    assertThat(ban.bans("ch.qos.logback", "logback-core", "1.2.10")).isTrue();
    assertThat(ban.bans("ch.qos.logback", "logback-core", "1.2.13")).isFalse();
    assertThat(ban.bans("ch.qos.logback", "logback-core", "1.3.11")).isTrue();
    assertThat(ban.bans("ch.qos.logback", "logback-core", "1.3.12")).isFalse();
    assertThat(ban.bans("ch.qos.logback", "logback-classic", "1.2.10")).isFalse();
  }

  @Test
  void aWildcardBansEveryArtifactOfTheGroup() {
    BannedVersions.Ban ban =
        BannedVersions.parse("t", "org.eclipse.jetty:* [,9.4.51.v20230217) CVE-2023-26048\n")
            .bans()
            .get(0);

    assertThat(ban.bans("org.eclipse.jetty", "jetty-server", "9.4.31.v20200723")).isTrue();
    assertThat(ban.bans("org.eclipse.jetty", "jetty-util", "9.4.50.v20221201")).isTrue();
    assertThat(ban.bans("org.eclipse.jetty", "jetty-util", "9.4.51.v20230217")).isFalse();
    assertThat(ban.bans("org.eclipse.jetty", "jetty-util", "9.4.58.v20250814")).isFalse();
  }

  @Test
  void aBrokenLineIsNamedWithItsLine() {
    assertThatThrownBy(() -> BannedVersions.parse("list.txt", "# ok\norg.yaml:snakeyaml 1.30\n"))
        .hasMessageStartingWith("list.txt:2: not a ban");
    assertThatThrownBy(
            () -> BannedVersions.parse("list.txt", "org.yaml:snakeyaml [2.0 CVE-2022-1471\n"))
        .hasMessageStartingWith("list.txt:1: [2.0 is not a version range");
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(BannedVersionsTest.class.getResource(name).toURI());
  }
}
