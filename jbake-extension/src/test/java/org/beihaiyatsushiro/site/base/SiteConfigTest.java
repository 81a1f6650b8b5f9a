package org.beihaiyatsushiro.site.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.beihaiyatsushiro.site.testing.Printed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's settings: the base URL a publisher sets per build (Maven passes {@code
 * -Dsite.baseUrl=…} to the build as a Java system property, which wins over jbake.properties), and
 * the source folders, which must stay inside the site's folder.
 */
class SiteConfigTest {
  @TempDir Path dir;

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
        .isInstanceOf(SettingException.class)
        .extracting(e -> Printed.english(((SettingException) e).phrase()))
        .isEqualTo(
            "site.baseUrl is 'owner.github.io/repo/' but must be the site's absolute address, such"
                + " as https://owner.github.io/repo/ (set it in jbake.properties or with"
                + " -Dsite.baseUrl=…)");
  }

  @Test
  void theMessagesSettingNamesOneLanguageOrIsRefusedAtItsLine() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(
        site.resolve("jbake.properties"), "site.messages=ja\n", StandardCharsets.UTF_8);
    assertThat(SiteConfig.read(site, site.resolve("target/site")).config().messages())
        .contains(Language.JA);

    Files.writeString(
        site.resolve("jbake.properties"),
        "content.folder=content\nsite.messages=fr\n",
        StandardCharsets.UTF_8);
    SiteConfig.Reading reading = SiteConfig.read(site, site.resolve("target/site"));

    assertThat(reading.config().messages()).isEmpty();
    assertThat(reading.problems())
        .extracting(Printed::line)
        .containsExactly(
            "jbake.properties:2: site.messages is 'fr' but must be zh, ja or en (the one language"
                + " of every message), or be left out for each message in the language of its"
                + " file's folder");
  }

  @Test
  void aSourceFolderOutsideTheSitesFolderIsAProblemAtItsLineAndNeverRead() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(
        site.resolve("jbake.properties"),
        String.join(
            "\n",
            "content.folder=/etc",
            "asset.folder=../outside",
            "template.folder=templates/../..",
            "data.folder=data",
            ""),
        StandardCharsets.UTF_8);

    SiteConfig.Reading reading = SiteConfig.read(site, site.resolve("target/site"));

    assertThat(reading.problems())
        .extracting(Printed::line)
        .containsExactly(
            "jbake.properties:1: content.folder names /etc, which is not a folder inside the"
                + " site's own folder (name a folder of the repository, relative to"
                + " jbake.properties, such as 'content.folder=content')",
            "jbake.properties:3: template.folder names templates/../.., which is not a folder"
                + " inside the site's own folder (name a folder of the repository, relative to"
                + " jbake.properties, such as 'template.folder=templates')",
            "jbake.properties:2: asset.folder names ../outside, which is not a folder inside the"
                + " site's own folder (name a folder of the repository, relative to"
                + " jbake.properties, such as 'asset.folder=assets')");
    assertThat(reading.config().contentFolder()).isEqualTo(site.resolve("content"));
    assertThat(reading.config().assetFolder()).isEqualTo(site.resolve("assets"));
    assertThat(reading.config().templateFolder()).isEqualTo(site.resolve("templates"));
    assertThat(reading.config().dataFolder()).isEqualTo(site.resolve("data"));
  }

  /** The settings as the build reads them, with {@link #FILE} as jbake.properties. */
  private SiteConfig config() {
    SiteConfig.Reading reading =
        SiteConfig.read(
            FILE::get,
            dir,
            dir.resolve("content"),
            dir.resolve("templates"),
            dir.resolve("assets"),
            dir.resolve("data"),
            dir.resolve("target/site"));
    assertThat(reading.problems()).isEmpty();
    return reading.config();
  }
}
