package org.beihaiyatsushiro.checks.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of sharing tags catches what it is for, on small pages made here. */
class SharingTagsTest {
  private static final String HEAD =
      """
      <meta name="description" content="d">
      <meta property="og:type" content="website"><meta property="og:title" content="t">
      <meta property="og:description" content="d"><meta property="og:url" content="https://x/a.html">
      <meta property="og:site_name" content="s"><meta property="og:locale" content="en_GB">
      <meta property="og:image" content="https://x/img/share.png">
      <meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
      <meta property="og:image:alt" content="t"><meta name="twitter:card" content="summary_large_image">
      <meta name="twitter:title" content="t"><meta name="twitter:image" content="https://x/img/share.png">
      <link rel="icon" type="image/png" href="icon.png"><link rel="apple-touch-icon" href="icon.png">
      <link rel="manifest" href="icon.png">
      """;

  @Test
  void aCompletePageHasNoFinding(@TempDir Path site) throws IOException {
    assertThat(findings(site, HEAD, 1200, 630)).isEmpty();
  }

  @Test
  void aMissingTagAWrongCardAndAnImageOfAnotherSizeAreFound(@TempDir Path site) throws IOException {
    String head =
        HEAD.replace("<meta property=\"og:description\" content=\"d\">", "")
            .replace("summary_large_image", "summary");
    List<String> findings = findings(site, head, 600, 600);
    assertThat(findings)
        .anyMatch(f -> f.contains("og:description"))
        .anyMatch(f -> f.contains("twitter:card is not summary_large_image"))
        .anyMatch(f -> f.contains("is not a 1200 × 630 image"));
  }

  @Test
  void anImageThatIsNoFileAndAMissingIconAreFound(@TempDir Path site) throws IOException {
    String head = HEAD.replace("<link rel=\"apple-touch-icon\" href=\"icon.png\">", "");
    Files.writeString(site.resolve("a.html"), "<html><head>" + head + "</head></html>");
    Files.write(site.resolve("icon.png"), new byte[] {1});
    Document page =
        Jsoup.parse(
            site.resolve("a.html").toFile(), "UTF-8", site.resolve("a.html").toUri().toString());
    assertThat(
            SharingTags.findings(
                "a.html",
                page,
                url ->
                    url.startsWith("file:")
                        ? Optional.of(Path.of(URI.create(url)))
                        : Optional.empty()))
        .anyMatch(f -> f.contains("is no file of the site"))
        .anyMatch(f -> f.contains("apple-touch-icon"));
  }

  private static List<String> findings(Path site, String head, int width, int height)
      throws IOException {
    Files.writeString(site.resolve("a.html"), "<html><head>" + head + "</head></html>");
    Files.write(site.resolve("icon.png"), new byte[] {1});
    Path image = site.resolve("share.png");
    ImageIO.write(
        new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
    Document page =
        Jsoup.parse(
            site.resolve("a.html").toFile(), "UTF-8", site.resolve("a.html").toUri().toString());
    return SharingTags.findings(
        "a.html",
        page,
        url ->
            url.startsWith("file:") ? Optional.of(Path.of(URI.create(url))) : Optional.of(image));
  }
}
