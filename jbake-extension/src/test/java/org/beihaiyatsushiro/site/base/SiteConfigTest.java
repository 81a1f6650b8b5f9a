package org.beihaiyatsushiro.site.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The base URL a publisher sets per build: Maven passes {@code -Dsite.baseUrl=…} to the build as a
 * Java system property, which wins over jbake.properties.
 */
class SiteConfigTest {
  private static final Map<String, Object> FILE =
      Map.of(SiteConfig.BASE_URL, "https://beihai-yatsushiro.github.io/friendship/");

  @AfterEach
  void forgetTheCommandLine() {
    System.clearProperty(SiteConfig.BASE_URL);
  }

  @Test
  void withoutACommandLineSettingTheFileGivesTheBaseUrl() {
    assertThat(SiteConfig.baseUrl(FILE::get))
        .isEqualTo("https://beihai-yatsushiro.github.io/friendship/");
  }

  @Test
  void theCommandLineWinsOverTheFileAndGetsItsTrailingSlash() {
    System.setProperty(SiteConfig.BASE_URL, "https://owner.github.io/repo");

    assertThat(SiteConfig.baseUrl(FILE::get)).isEqualTo("https://owner.github.io/repo/");
  }

  @Test
  void theBasePathIsThePathOfTheBaseUrl() {
    System.setProperty(SiteConfig.BASE_URL, "https://owner.github.io/repo/");
    assertThat(config().basePath()).isEqualTo("/repo/");

    System.setProperty(SiteConfig.BASE_URL, "https://friendship.example");
    assertThat(config().basePath()).isEqualTo("/");
  }

  @Test
  void aBaseUrlThatIsNotAnAbsoluteWebAddressIsRefusedWithTheSettingNamed() {
    System.setProperty(SiteConfig.BASE_URL, "owner.github.io/repo/");

    assertThatThrownBy(() -> SiteConfig.baseUrl(FILE::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("site.baseUrl is 'owner.github.io/repo/'")
        .hasMessageContaining("https://owner.github.io/repo/");
  }

  private static SiteConfig config() {
    return SiteConfig.from(FILE::get, null, null, null, null, null, null);
  }
}
