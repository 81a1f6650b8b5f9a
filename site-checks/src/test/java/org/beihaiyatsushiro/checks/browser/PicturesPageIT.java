package org.beihaiyatsushiro.checks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.beihaiyatsushiro.checks.BakedSite;
import org.beihaiyatsushiro.checks.quality.Finding;
import org.beihaiyatsushiro.checks.quality.HtmlValidity;
import org.beihaiyatsushiro.site.bake.SiteBake;
import org.beihaiyatsushiro.site.base.Problems;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markup the bake writes for pictures passes the Nu Html Checker and axe-core: the real site's
 * sources, baked with a photograph and a drawing added to its Beihai article in every language (the
 * real site has no pictures of its own yet).
 */
@ExtendWith(BrowserSession.class)
class PicturesPageIT {
  private static final List<String> PAGES =
      List.of("en/beihai.html", "zh/beihai.html", "ja/beihai.html");

  @TempDir static Path sources;
  private static Path site;

  @BeforeAll
  static void bakeTheSiteWithPictures() throws IOException {
    for (String folder : List.of("content", "images", "templates", "data", "assets")) {
      copy(BakedSite.SOURCES.resolve(folder), sources.resolve(folder));
    }
    Files.copy(BakedSite.SOURCES.resolve("jbake.properties"), sources.resolve("jbake.properties"));
    Files.createDirectories(sources.resolve("images"));
    Files.write(sources.resolve("images/harbour.jpg"), photograph());
    Files.writeString(
        sources.resolve("images/harbour.jpg.yml"),
        "caption:\n  zh: 港口\n  ja: 港\n  en: The harbour\ncredit: Test\nlicence: CC0-1.0\n");
    Files.writeString(
        sources.resolve("images/map.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 200\"><title>Map</title>"
            + "<rect width=\"300\" height=\"200\" fill=\"#cde\"/></svg>");
    Files.writeString(
        sources.resolve("images/map.svg.yml"),
        "caption:\n  zh: 地图\n  ja: 地図\n  en: Map\ncredit: Test\nlicence: CC0-1.0\n");
    for (String lang : List.of("en", "zh", "ja")) {
      Files.writeString(
          sources.resolve("content/" + lang + "/beihai.md"),
          "\n\n!["
              + lang
              + ": the harbour at dusk](../../images/harbour.jpg)\n\nText.\n\n"
              + "!["
              + lang
              + ": a map](../../images/map.svg)\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    }
    Problems problems = new Problems();
    SiteBake.of(sources).bake(problems);
    assertThat(problems.sorted()).isEmpty();
    site = sources.resolve("target/site");
    copy(sources.resolve("assets"), site); // as JBake does after the bake
  }

  @Test
  void pagesWithPicturesAreValidHtml() {
    HtmlValidity checker = new HtmlValidity();
    List<Finding> errors = new ArrayList<>();
    for (String page : PAGES) {
      assertThat(Jsoup.parse(read(page)).select("figure picture source[srcset]")).hasSize(1);
      errors.addAll(checker.check(site, page).errors());
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void pagesWithPicturesPassAxe(Chromium chromium) {
    for (String page : PAGES) {
      PageVisit visit = new PageVisit(chromium, site);
      List<Finding> findings = new ArrayList<>(visit.open(page));
      findings.addAll(new AccessibilityAudit(chromium).run(page).violations());
      findings.addAll(visit.refusalsSinceOpened(page));
      assertThat(findings).as(page).isEmpty();
    }
  }

  private static String read(String page) {
    try {
      return Files.readString(site.resolve(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] photograph() throws IOException {
    BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 1000; y++) {
      for (int x = 0; x < 1600; x++) {
        image.setRGB(x, y, (x / 7) << 16 | (y / 4) << 8 | 96);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
