package org.beihaiyatsushiro.checks.site;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every page must carry for a shared link to look right, read from the page as a link preview
 * reads it: one meta description, the Open Graph and Twitter card tags, a share image that exists
 * and is 1200 × 630, the PNG icons and the manifest. Each finding names the page and what is wrong.
 */
final class SharingTags {
  static final List<String> REQUIRED_PROPERTIES =
      List.of(
          "og:type",
          "og:title",
          "og:description",
          "og:url",
          "og:site_name",
          "og:locale",
          "og:image",
          "og:image:width",
          "og:image:height",
          "og:image:alt");

  static final List<String> REQUIRED_NAMES =
      List.of("description", "twitter:card", "twitter:title", "twitter:image");

  private SharingTags() {}

  /** The content of the page's one {@code <meta property=…>}, or empty when it has none. */
  static Optional<String> property(Document page, String property) {
    return Optional.ofNullable(page.selectFirst("meta[property=" + property + "]"))
        .map(m -> m.attr("content"));
  }

  static Optional<String> name(Document page, String name) {
    return Optional.ofNullable(page.selectFirst("meta[name=" + name + "]"))
        .map(m -> m.attr("content"));
  }

  /**
   * What is wrong with a page's sharing tags.
   *
   * @param fileOf the file of the site a URL names (an absolute URL of the site, or a link of the
   *     page resolved against the page's file), if it names one
   */
  static List<String> findings(
      String sitePath, Document page, Function<String, Optional<Path>> fileOf) {
    List<String> out = new ArrayList<>();
    for (String p : REQUIRED_PROPERTIES) {
      int n = page.select("meta[property=" + p + "]").size();
      if (n != 1 || property(page, p).orElse("").isBlank()) {
        out.add(sitePath + ": " + n + " meta property=" + p + " with content (one expected)");
      }
    }
    for (String nm : REQUIRED_NAMES) {
      int n = page.select("meta[name=" + nm + "]").size();
      if (n != 1 || name(page, nm).orElse("").isBlank()) {
        out.add(sitePath + ": " + n + " meta name=" + nm + " with content (one expected)");
      }
    }
    if (!"summary_large_image".equals(name(page, "twitter:card").orElse(""))) {
      out.add(sitePath + ": twitter:card is not summary_large_image");
    }
    property(page, "og:image")
        .ifPresent(
            url -> {
              Optional<Path> file = fileOf.apply(url);
              if (file.isEmpty() || !Files.isRegularFile(file.get())) {
                out.add(sitePath + ": og:image " + url + " is no file of the site");
              } else {
                BufferedImage image = read(file.get());
                if (image == null || image.getWidth() != 1200 || image.getHeight() != 630) {
                  out.add(sitePath + ": og:image " + url + " is not a 1200 × 630 image");
                }
              }
              if (!url.equals(name(page, "twitter:image").orElse(""))) {
                out.add(sitePath + ": twitter:image is not og:image");
              }
            });
    if (!"1200".equals(property(page, "og:image:width").orElse(""))
        || !"630".equals(property(page, "og:image:height").orElse(""))) {
      out.add(sitePath + ": og:image:width/height do not say 1200 × 630");
    }
    for (String rel :
        List.of(
            "link[rel=icon][type=image/png]", "link[rel=apple-touch-icon]", "link[rel=manifest]")) {
      Element link = page.selectFirst(rel);
      if (link == null) {
        out.add(sitePath + ": no " + rel);
      } else if (fileOf.apply(link.absUrl("href")).filter(Files::isRegularFile).isEmpty()) {
        out.add(sitePath + ": " + rel + " names no file of the site: " + link.attr("href"));
      }
    }
    return out;
  }

  static BufferedImage read(Path file) {
    try {
      return ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
