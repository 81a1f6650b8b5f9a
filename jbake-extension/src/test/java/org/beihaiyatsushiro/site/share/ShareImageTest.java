package org.beihaiyatsushiro.site.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.beihaiyatsushiro.site.base.Caches;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.i18n.UiStrings;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;
import org.beihaiyatsushiro.site.linebreak.PhraseBreaks;
import org.beihaiyatsushiro.site.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The share images and icons as a link preview and a home screen get them. */
class ShareImageTest {
  private static final Emblem EMBLEM = emblem();

  /** The years as the English pages write them (data/i18n/en.yml, occasion.years). */
  private static final String YEARS = "1972–2022";

  /** The site's words kept whole, as the bake reads them. */
  private static final LineBreaks LINE_BREAKS =
      LineBreaks.ofSite(FixtureSite.PROJECT.resolve("data"));

  private static final ShareImage DRAWING = new ShareImage(EMBLEM, LINE_BREAKS);

  private static Emblem emblem() {
    try {
      return Emblem.of(Files.readAllBytes(FixtureSite.PROJECT.resolve("assets/img/emblem.svg")));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anImageIs1200By630AndTheSameBytesEachTime() throws IOException {
    ShareCard card = new ShareCard(Language.ZH, "北海与八代", "北海与八代", YEARS);
    // Two drawings as two bakes make them, each with its own remembered line breaks.
    byte[] first = DRAWING.png(card);
    byte[] second =
        new ShareImage(EMBLEM, LineBreaks.ofSite(FixtureSite.PROJECT.resolve("data"))).png(card);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void anApostropheInAnEnglishTitleIsSetAsLatinTextAndAChineseQuoteMarkStaysFullWidth() {
    ShareFont sc = ShareFont.SC;
    float size = 72;
    float apostrophe =
        ShareImage.width(sc, "Beihai’s", size, true) - ShareImage.width(sc, "Beihais", size, true);
    assertThat(apostrophe).isBetween(0.1f * size, 0.4f * size);
    // In Chinese the same mark keeps its full-width square.
    assertThat(ShareImage.width(sc, "’", size, false)).isEqualTo(size);
    // Letters and Chinese characters are set as before.
    assertThat(ShareImage.width(sc, "Beihai北海", size, true))
        .isEqualTo(ShareImage.width(sc, "Beihai北海", size, false));
  }

  @Test
  void thePngCarriesNoTime() {
    byte[] png = DRAWING.png(new ShareCard(Language.EN, "Beihai", "Beihai", YEARS));
    assertThat(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("tIME")
        .doesNotContain("tEXt");
  }

  @Test
  void japanesePagesDrawJapaneseFormsAndChinesePagesSimplifiedOnes() {
    // 直 and 骨 have different glyphs in Japan and in mainland China.
    for (int cp : new int[] {'直', '骨', '角'}) {
      assertThat(points(ShareFont.of(Language.JA).outline(cp)))
          .as("%c", cp)
          .isNotEqualTo(points(ShareFont.of(Language.ZH).outline(cp)));
    }
    byte[] ja = DRAWING.png(new ShareCard(Language.JA, "直角", "北海", YEARS));
    byte[] zh = DRAWING.png(new ShareCard(Language.ZH, "直角", "北海", YEARS));
    assertThat(ja).isNotEqualTo(zh);
    assertThat(ShareFont.of(Language.JA)).isSameAs(ShareFont.JP);
    assertThat(ShareFont.of(Language.ZH)).isSameAs(ShareFont.SC);
    assertThat(ShareFont.of(Language.EN)).isSameAs(ShareFont.SC);
  }

  @Test
  void aLongTitleIsShortenedToFitTheImage() {
    ShareImage.Title title =
        DRAWING.title(
            new ShareCard(Language.EN, "A title that goes on ".repeat(12), "Site", YEARS));
    assertThat(title.lines().shortened()).isTrue();
    assertThat(title.lines().lines().get(title.lines().lines().size() - 1))
        .endsWith(TitleLines.ELLIPSIS);
    for (String line : title.lines().lines()) {
      assertThat(ShareImage.width(ShareFont.SC, line, title.size(), true)).isLessThanOrEqualTo(630);
    }
  }

  @Test
  void aTitleInTwoPartsIsDrawnWithItsSecondPartOnANewLine() {
    String home = "Beihai and Yatsushiro – Sister Cities in the 50th Anniversary Year";
    ShareImage.Title title = DRAWING.title(new ShareCard(Language.EN, home, "Site", YEARS));
    List<String> lines = title.lines().lines();
    // At 72 px it does not fit in the three lines there are; at 62 px it takes four, "Yatsushiro –
    // Sister" one of them; at 54 px its first part ends a line.
    assertThat(title.size()).isEqualTo(54f);
    assertThat(title.lines().partsApart()).isTrue();
    assertThat(lines).anyMatch(line -> line.endsWith(" –"));
    assertThat(lines).noneMatch(line -> line.contains("– "));
    assertThat(String.join(" ", lines)).isEqualTo(home);
    assertThat(title.lines().shortened()).isFalse();
    // A title in one part keeps the largest size at which it is whole.
    ShareImage.Title plain =
        DRAWING.title(
            new ShareCard(
                Language.EN, "Sister Cities in the 50th Anniversary Year", "Site", YEARS));
    assertThat(plain.size()).isGreaterThan(title.size());
  }

  @Test
  void theYearsAreDrawnAsTheCardsLanguageWritesThem(@TempDir Path cache) {
    ShareCard japanese = new ShareCard(Language.JA, "八代", "北海と八代", "1972〜2022");
    ShareCard withLatinYears = new ShareCard(Language.JA, "八代", "北海と八代", "1972–2022");
    assertThat(DRAWING.png(japanese)).isNotEqualTo(DRAWING.png(withLatinYears));
    ShareImages images = new ShareImages(EMBLEM, LINE_BREAKS, cache);
    assertThat(images.cacheKey(japanese)).isNotEqualTo(images.cacheKey(withLatinYears));
  }

  @Test
  void theFontsDrawTheCommonCharactersOfEachLanguage() {
    // A sample of GB 2312 and JIS X 0208 level 1, kana, and the punctuation of titles.
    assertThat(TitleGlyphs.missing("北海与八代的友好城市：并驾齐驱，中日邦交正常化。", ShareFont.SC)).isEmpty();
    assertThat(TitleGlyphs.missing("北海と八代の友好都市「並駕斉駆」、日中国交正常化。", ShareFont.JP)).isEmpty();
    assertThat(
            TitleGlyphs.missing("Beihai & Yatsushiro – “Sister Cities”, 1972–2022…", ShareFont.SC))
        .isEmpty();
    assertThat(TitleGlyphs.missing("们𓀀", ShareFont.JP))
        .containsExactly("\"们\" (U+4EEC)", "\"𓀀\" (U+13000)");
  }

  @Test
  void theFontsDrawEveryUiStringAShareImageShows() {
    UiStrings strings =
        UiStrings.load(FixtureSite.PROJECT.resolve("data"), "data", new Problems()).orElseThrow();
    for (Language lang : Language.values()) {
      for (String key :
          List.of(
              "site.title", "search.title", "site.tagline", "occasion.since", "notfound.title")) {
        assertThat(TitleGlyphs.missing(strings.get(lang, key), ShareFont.of(lang)))
            .as(lang + " " + key)
            .isEmpty();
      }
    }
  }

  @Test
  void aCachedImageIsTakenFromTheCacheByItsHash(@TempDir Path cache) throws IOException {
    ShareImages images = new ShareImages(EMBLEM, LINE_BREAKS, cache);
    ShareCard card = new ShareCard(Language.JA, "八代", "北海と八代", YEARS);
    Map<String, ShareCard> cards = new LinkedHashMap<>();
    cards.put("img/share/ja/yatsushiro.png", card);
    cards.put("img/share/ja/copy.png", card);
    Map<String, Path> drawn = images.draw(cards);
    Path cached = cache.resolve(images.cacheKey(card) + ".png");
    assertThat(cached).exists();
    assertThat(drawn.get("img/share/ja/copy.png")).isEqualTo(cached);
    assertThat(ImageIO.read(cached.toFile()).getWidth()).isEqualTo(1200);

    // A second bake takes the file instead of drawing: what is in the cache is what it gets.
    Files.write(cached, new byte[] {1, 2, 3});
    Path again =
        new ShareImages(EMBLEM, LINE_BREAKS, cache).draw(cards).get("img/share/ja/yatsushiro.png");
    assertThat(Files.readAllBytes(again)).containsExactly(1, 2, 3);
    // Another title is another key.
    assertThat(images.cacheKey(new ShareCard(Language.JA, "北海", "北海と八代", YEARS)))
        .isNotEqualTo(images.cacheKey(card));
    // So are other words kept whole: they decide where a title's lines break.
    ShareImages otherWords = new ShareImages(EMBLEM, new LineBreaks(List.of("八代", "北海と")), cache);
    assertThat(otherWords.cacheKey(card)).isNotEqualTo(images.cacheKey(card));
    // But not an English title's, which breaks between words: its image is not drawn again.
    ShareCard english = new ShareCard(Language.EN, "Yatsushiro", "Beihai & Yatsushiro", YEARS);
    assertThat(otherWords.cacheKey(english)).isEqualTo(images.cacheKey(english));
  }

  @Test
  void theCacheKeepsOnlyTheImagesOfTheLastBake(@TempDir Path cache) throws IOException {
    ShareImages images = new ShareImages(EMBLEM, LINE_BREAKS, cache);
    ShareCard kept = new ShareCard(Language.EN, "Beihai", "Beihai & Yatsushiro", YEARS);
    ShareCard renamed = new ShareCard(Language.EN, "Yatsushiro", "Beihai & Yatsushiro", YEARS);
    images.draw(Map.of("img/share/en/beihai.png", kept, "img/share/en/yatsushiro.png", renamed));
    Path keptFile = cache.resolve(images.cacheKey(kept) + ".png");
    Path renamedFile = cache.resolve(images.cacheKey(renamed) + ".png");
    assertThat(renamedFile).exists();
    Path stopped = Files.writeString(cache.resolve("drawing-123.part"), "a stopped bake's");
    Files.setLastModifiedTime(
        stopped, FileTime.from(Instant.now().minus(Caches.ABANDONED_AFTER).minusSeconds(60)));
    Files.writeString(cache.resolve("drawing-456.part"), "another bake's, being written");
    Files.writeString(cache.resolve("notes.txt"), "not the cache's");

    ShareCard retitled =
        new ShareCard(Language.EN, "Yatsushiro City", "Beihai & Yatsushiro", YEARS);
    Map<String, Path> drawn =
        images.draw(
            Map.of("img/share/en/beihai.png", kept, "img/share/en/yatsushiro.png", retitled));

    try (Stream<Path> left = Files.list(cache)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              keptFile.getFileName().toString(),
              images.cacheKey(retitled) + ".png",
              "drawing-456.part",
              "notes.txt");
    }
    assertThat(drawn.get("img/share/en/beihai.png")).isEqualTo(keptFile).exists();
  }

  @Test
  void aDoubledDashIsOneUnbrokenLineInBothFonts() {
    float size = 50;
    for (ShareFont font : List.of(ShareFont.JP, ShareFont.SC)) {
      for (String dashes : List.of("――", "——")) {
        BufferedImage image = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = ShareImage.smoothGraphics(image);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 100);
        g.setColor(java.awt.Color.BLACK);
        ShareImage.drawText(g, font, "八" + dashes + "代", 10, 70, size, false);
        g.dispose();
        // The two dashes' whole width, less a pixel of antialiasing at each end.
        int dashesWidth = (int) ShareImage.width(font, dashes, size, false) - 2;
        InkRun line = InkRun.longest(image);
        assertThat(line.length())
            .as("%s in %s: the longest run of ink along a row", dashes, font)
            .isGreaterThanOrEqualTo(dashesWidth);
        // Where the two dashes meet, the line is as dark as anywhere along it: every column of
        // its inside (away from the antialiased ends and the letters) holds as much ink.
        int least = Integer.MAX_VALUE;
        int most = 0;
        for (int x = line.start() + 6; x <= line.end() - 6; x++) {
          int ink = 0;
          for (int row = 0; row < image.getHeight(); row++) {
            ink += 255 - (image.getRGB(x, row) & 0xff);
          }
          least = Math.min(least, ink);
          most = Math.max(most, ink);
        }
        assertThat(least)
            .as("%s in %s: the lightest column of the line", dashes, font)
            .isGreaterThan(most * 9 / 10);
      }
    }
  }

  /**
   * The longest run of dark pixels along a row of an image.
   *
   * @param start its first pixel's x
   * @param end its last pixel's x
   */
  private record InkRun(int start, int end) {
    int length() {
      return end - start + 1;
    }

    static InkRun longest(BufferedImage image) {
      InkRun longest = new InkRun(0, -1);
      for (int y = 0; y < image.getHeight(); y++) {
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
          run = (image.getRGB(x, y) & 0xff) < 128 ? run + 1 : 0;
          if (run > longest.length()) {
            longest = new InkRun(x - run + 1, x);
          }
        }
      }
      return longest;
    }
  }

  @Test
  void chineseAndJapaneseTitlesBreakBetweenPhrasesAndKeepTheSiteWordsWhole() {
    // Long enough to take three or more lines at every size the card tries.
    String zh = "中日邦交正常化50周年之际北海市与八代市回顾两市友好交往的历程并展望未来的合作";
    String ja = "日中国交正常化50周年に熊本県八代市と北海市が友好の歩みを振り返りました";
    for (ShareCard card :
        List.of(
            new ShareCard(Language.ZH, zh, "北海", YEARS),
            new ShareCard(Language.JA, ja, "八代", YEARS))) {
      TitleLines.Lines title = DRAWING.title(card).lines();
      List<String> lines = title.lines();
      assertThat(title.shortened()).as(card.title()).isFalse();
      assertThat(lines).as(card.title()).hasSizeGreaterThan(2);
      PhraseBreaks phrases = LINE_BREAKS.phrases(card.lang().tag()).orElseThrow();
      List<Integer> allowed = phrases.breaks(card.title());
      int at = 0;
      for (String line : lines.subList(0, lines.size() - 1)) {
        at += line.length();
        assertThat(allowed)
            .as("%s: a line ends at a phrase's end: %s", card.title(), lines)
            .contains(at);
      }
      for (String word : List.of("中日邦交正常化", "日中国交正常化", "八代市", "北海市", "熊本県")) {
        if (card.title().contains(word)) {
          assertThat(lines).as("%s is kept whole: %s", word, lines).anyMatch(l -> l.contains(word));
        }
      }
    }
  }

  @Test
  void theIconsHaveTheirSizesAndTheSameBytesEachTime() throws IOException {
    Map<String, byte[]> icons = new SiteIcons(EMBLEM).draw();
    Map<String, Integer> sides =
        Map.of(
            "img/icon-32.png", 32,
            "img/apple-touch-icon.png", 180,
            "img/icon-192.png", 192,
            "img/icon-512.png", 512,
            "img/icon-maskable-512.png", 512);
    assertThat(icons.keySet()).containsExactlyInAnyOrderElementsOf(sides.keySet());
    for (Map.Entry<String, Integer> e : sides.entrySet()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(icons.get(e.getKey())));
      assertThat(image.getWidth()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(image.getHeight()).as(e.getKey()).isEqualTo(e.getValue());
    }
    // iOS and maskable icons are opaque to the corner; the others are transparent there.
    assertThat(alphaAtCorner(icons.get("img/apple-touch-icon.png"))).isEqualTo(255);
    assertThat(alphaAtCorner(icons.get("img/icon-maskable-512.png"))).isEqualTo(255);
    assertThat(alphaAtCorner(icons.get("img/icon-512.png"))).isZero();
    assertThat(new SiteIcons(EMBLEM).draw().get("img/icon-512.png"))
        .isEqualTo(icons.get("img/icon-512.png"));
  }

  /** The points of an outline, in order. */
  private static List<Double> points(java.awt.Shape outline) {
    List<Double> points = new java.util.ArrayList<>();
    double[] coords = new double[6];
    for (var it = outline.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(coords);
      for (int i = 0; i < 6; i++) {
        points.add(type == java.awt.geom.PathIterator.SEG_CLOSE ? Double.NaN : coords[i]);
      }
    }
    return points;
  }

  private static int alphaAtCorner(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0) >>> 24;
  }
}
