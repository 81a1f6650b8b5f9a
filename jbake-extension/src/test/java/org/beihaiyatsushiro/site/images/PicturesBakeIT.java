package org.beihaiyatsushiro.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real bake with pictures: what reaches the site, and what never does. */
class PicturesBakeIT {
  @TempDir Path dir;

  private static final String SIDECAR =
      "caption:\n  zh: 八代港\n  ja: 八代港\n  en: Yatsushiro harbour\n"
          + "credit:\n  zh: 测试\n  ja: テスト\n  en: Test\nlicence: CC-BY-4.0\n";

  private static final String DRAWING =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\"><title>Map</title>"
          + "<rect width=\"300\" height=\"200\" fill=\"#adf\"/></svg>";

  private FixtureSite site() {
    return FixtureSite.withRealTheme(dir)
        .writeBytes("images/harbour.jpg", TestPictures.phoneJpeg(1200, 900, 6))
        .write("images/harbour.jpg.yml", SIDECAR)
        .writeBytes("images/map.svg", DRAWING.getBytes(StandardCharsets.UTF_8))
        .write("images/map.svg.yml", SIDECAR)
        .write(
            "content/en/beihai.md",
            FixtureSite.article(
                "Beihai",
                "2022",
                "Text.\n\n![The harbour at dusk](../../images/harbour.jpg)\n\n"
                    + "![Where the two cities lie](../../images/map.svg)"))
        .write(
            "content/zh/beihai.md",
            FixtureSite.article("北海", "2022", "![黄昏的港口](../../images/harbour.jpg)"));
  }

  @Test
  void picturesArePublishedAsFiguresInTheirVariantsAndTheOriginalsNever() throws IOException {
    FixtureSite.Result result = site().bake();
    assertThat(result.problemLines()).isEmpty();
    assertThat(result.failed()).isFalse();

    Document en = Jsoup.parse(result.read("en/beihai.html"));
    List<Element> figures = en.select("main figure.picture, figure.picture");
    assertThat(figures).hasSize(2);
    Element photo = figures.get(0).selectFirst("picture > img");
    assertThat(photo.attr("alt")).isEqualTo("The harbour at dusk");
    assertThat(photo.attr("width")).isEqualTo("900");
    assertThat(photo.attr("height")).isEqualTo("1200");
    assertThat(photo.hasAttr("loading")).isFalse();
    assertThat(figures.get(0).selectFirst("source").attr("srcset"))
        .matches(
            "\\.\\./images/harbour\\.[0-9a-f]{10}-480\\.webp 480w,"
                + " \\.\\./images/harbour\\.[0-9a-f]{10}-900\\.webp 900w");
    assertThat(figures.get(0).selectFirst("figcaption").text())
        .isEqualTo("Yatsushiro harbour — Test, CC BY 4.0");
    Element drawing = figures.get(1).selectFirst("img");
    assertThat(drawing.attr("src")).matches("\\.\\./images/map\\.[0-9a-f]{10}\\.svg");
    assertThat(drawing.attr("loading")).isEqualTo("lazy");
    assertThat(Files.readString(result.file("en/" + drawing.attr("src")))).isEqualTo(DRAWING);
    for (Element source : en.select("img[src], source[srcset]")) {
      for (String candidate :
          (source.hasAttr("srcset") ? source.attr("srcset") : source.attr("src")).split(", ")) {
        assertThat(result.file("en/" + candidate.split(" ")[0])).isRegularFile();
      }
    }
    assertThat(
            Jsoup.parse(result.read("zh/beihai.html")).select("figure.picture figcaption").text())
        .isEqualTo("八代港 — 测试，CC BY 4.0");

    List<String> published = result.files().stream().filter(f -> f.startsWith("images/")).toList();
    assertThat(published).hasSize(2 * 2 + 1).noneMatch(f -> f.equals("images/harbour.jpg"));
    assertThat(result.files()).noneMatch(f -> f.endsWith(".yml"));
    for (String file : result.files()) {
      String bytes = new String(Files.readAllBytes(result.file(file)), StandardCharsets.ISO_8859_1);
      assertThat(bytes).as(file).doesNotContain("Exif");
    }
  }

  @Test
  void aMistakeInAPictureStopsTheBakeWithItsMessage() {
    FixtureSite.Result result =
        site().writeBytes("images/harbour.jpg", TestPictures.greyPng(40, 30)).bake();
    assertThat(result.failed()).isTrue();
    assertThat(result.problemLines())
        .containsExactly(
            "images/harbour.jpg:1: the name says JPEG photograph, but the file is a PNG image"
                + " (rename it to harbour.png (and its sidecar with it))");
    assertThat(result.files()).noneMatch(f -> f.startsWith("images/"));
  }
}
