package org.beihaiyatsushiro.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.base.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The markup readers get for a picture a body shows. */
class FiguresTest {
  private static final Sidecar SIDECAR =
      new Sidecar(
          Map.of(Language.ZH, "港口", Language.JA, "港", Language.EN, "The harbour"),
          Map.of(Language.ZH, "张三", Language.JA, "張三", Language.EN, "Zhang San"),
          "CC-BY-4.0");

  private static PictureVariants.Published photo(String name) {
    Picture p = new Picture(name, Path.of(name), "images/" + name, ImageFormat.JPEG, "ab", SIDECAR);
    String stem = name.substring(0, name.indexOf('.'));
    return new PictureVariants.Published(
        p,
        1440,
        960,
        List.of(
            new PictureVariants.Variant(
                480, 320, "images/" + stem + ".h-480.webp", "images/" + stem + ".h-480.jpg"),
            new PictureVariants.Variant(
                960, 640, "images/" + stem + ".h-960.webp", "images/" + stem + ".h-960.jpg"),
            new PictureVariants.Variant(
                1440, 960, "images/" + stem + ".h-1440.webp", "images/" + stem + ".h-1440.jpg")),
        null,
        "image/jpeg");
  }

  private static PictureVariants.Published drawing() {
    Picture p =
        new Picture(
            "map.svg", Path.of("map.svg"), "images/map.svg", ImageFormat.SVG, "cd", SIDECAR);
    return new PictureVariants.Published(
        p, 800, 600, List.of(), "images/map.h.svg", "image/svg+xml");
  }

  private final Figures figures =
      new Figures(
          Map.of(
              "harbour.jpg",
              photo("harbour.jpg"),
              "statue.jpg",
              photo("statue.jpg"),
              "map.svg",
              drawing()));

  @Test
  void aPictureAloneInItsParagraphBecomesAFigureWithEveryWidth() {
    String html =
        figures.apply(
            "<p>Text.</p><p><img src=\"../../images/harbour.jpg\" alt=\"The harbour at dusk\"></p>",
            "en/beihai.md",
            Language.EN);
    assertThat(html)
        .isEqualTo(
            "<p>Text.</p><figure class=\"picture\"><picture><source type=\"image/webp\""
                + " srcset=\"../images/harbour.h-480.webp 480w, ../images/harbour.h-960.webp 960w,"
                + " ../images/harbour.h-1440.webp 1440w\" sizes=\""
                + PictureLimits.SIZES
                + "\"><img src=\"../images/harbour.h-960.jpg\" srcset=\"../images/harbour.h-480.jpg"
                + " 480w, ../images/harbour.h-960.jpg 960w, ../images/harbour.h-1440.jpg 1440w\""
                + " sizes=\""
                + PictureLimits.SIZES
                + "\" width=\"1440\" height=\"960\" alt=\"The harbour at dusk\"></picture>"
                + "<figcaption>The harbour<span class=\"credit\"> —&nbsp;Zhang San, CC&nbsp;BY&nbsp;4.0</span>"
                + "</figcaption></figure><script type=\"application/ld+json\">{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"ImageObject\",\"contentUrl\":"
                + "\"../images/harbour.h-1440.jpg\",\"caption\":\"The harbour\",\"creditText\":"
                + "\"Zhang San\",\"license\":\"https://creativecommons.org/licenses/by/4.0/\"}"
                + "</script>");
  }

  @Test
  void noCaptionCanCloseTheDataBlock() {
    Sidecar hostile =
        new Sidecar(
            Map.of(Language.ZH, "a", Language.JA, "b", Language.EN, "</script><script>alert(1)"),
            Map.of(Language.ZH, "c", Language.JA, "c", Language.EN, "c"),
            "CC0-1.0");
    Picture p =
        new Picture("x.svg", Path.of("x.svg"), "images/x.svg", ImageFormat.SVG, "e", hostile);
    String html =
        new Figures(
                Map.of(
                    "x.svg",
                    new PictureVariants.Published(
                        p, 10, 10, List.of(), "images/x.h.svg", "image/svg+xml")))
            .apply("<p><img src=\"../../images/x.svg\" alt=\"x\"></p>", "en/a.md", Language.EN);
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.selectFirst("script").data()).contains("\\u003c/script\\u003e");
    assertThat(doc.selectFirst("figcaption").text()).startsWith("</script><script>alert(1)");
  }

  @Test
  void onlyTheFirstPictureOfAPageLoadsAtOnce() {
    Document doc =
        Jsoup.parseBodyFragment(
            figures.apply(
                "<p><img src=\"../../../images/harbour.jpg\" alt=\"a\"></p>"
                    + "<p><img src=\"../../../images/statue.jpg\" alt=\"b\"></p>"
                    + "<p><img src=\"../../../images/map.svg\" alt=\"c\"></p>",
                "ja/events/x.md",
                Language.JA));
    List<Element> imgs = doc.select("figure img");
    assertThat(imgs).hasSize(3);
    assertThat(imgs.get(0).hasAttr("loading")).isFalse();
    assertThat(imgs.get(1).attr("loading")).isEqualTo("lazy");
    assertThat(imgs.get(1).attr("decoding")).isEqualTo("async");
    // An event's source sits one folder deeper: its links climb one more level.
    assertThat(imgs.get(0).attr("src")).isEqualTo("../../images/harbour.h-960.jpg");
    assertThat(imgs.get(2).outerHtml())
        .isEqualTo(
            "<img src=\"../../images/map.h.svg\" width=\"800\" height=\"600\" alt=\"c\""
                + " loading=\"lazy\" decoding=\"async\">");
    assertThat(doc.select("figcaption").get(2).text()).isEqualTo("港 — 張三、CC BY 4.0");
    // On a Japanese page the Latin words of the sidecar's text are marked as English.
    assertThat(doc.select("figcaption").get(2).select("[lang=en]").eachText())
        .containsExactly("CC BY 4.0");
  }

  @Test
  void aDecorativePictureHasEmptyAltTextAndAPictureInTextFollowsItsParagraph() {
    String html =
        figures.apply(
            "<p>Before <img src=\"../../images/map.svg\" alt=\"\" title=\"decorative\"> after.</p>",
            "zh/a.md",
            Language.ZH);
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("p").text()).isEqualTo("Before after.");
    assertThat(doc.select("p + figure img").attr("alt")).isEmpty();
    assertThat(doc.select("figure img").hasAttr("title")).isFalse();
  }

  @Test
  void otherImagesStayAsTheyAre() {
    String body = "<p><img src=\"../img/emblem.svg\" alt=\"x\"></p>";
    assertThat(figures.apply(body, "en/a.md", Language.EN)).isEqualTo(body);
  }
}
