package org.beihaiyatsushiro.site.share;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;
import org.beihaiyatsushiro.site.linebreak.PhraseBreaks;

/**
 * Draws a page's share image, the picture a link preview shows on WeChat, LINE or X: 1200 × 630
 * pixels, the emblem and the years 1972–2022 on the left, the site's title and the page's title on
 * the right, in the site's palette (the light theme's custom properties of assets/css/site.css).
 *
 * <p>Every glyph is an outline from a {@link ShareFont} filled by Java2D, and the PNG carries no
 * time or other metadata, so the same card gives the same bytes on every machine with the same JDK.
 */
public final class ShareImage {
  /** The size link previews ask for (Open Graph's 1.91 : 1). */
  public static final int WIDTH = 1200;

  public static final int HEIGHT = 630;

  /**
   * Raised whenever the drawing changes, so that images cached by an older version are not reused.
   */
  static final String DRAWING_VERSION = "8";

  // site.css: --paper, --surface, --ink, --jade, --orchid, --line.
  private static final Color PAPER = new Color(0xfbfaf5);
  private static final Color SURFACE = new Color(0xeef4f0);
  private static final Color INK = new Color(0x1d2624);
  private static final Color JADE = new Color(0x2e6b5a);
  private static final Color ORCHID = new Color(0x8a4d7b);
  private static final Color LINE = new Color(0xcfdcd5);

  private static final float PANEL = 440;
  private static final float TEXT_X = 500;
  private static final float TEXT_WIDTH = WIDTH - TEXT_X - 70;
  private static final float TITLE_TOP = 190;
  private static final float TITLE_HEIGHT = 330;
  private static final float LINE_SPACING = 1.3f;

  /**
   * The title's sizes, largest first: the first at which it is whole with each of its parts
   * starting a line is taken, else the first at which it is whole ({@link #title}).
   */
  private static final List<Float> TITLE_SIZES = List.of(72f, 62f, 54f);

  private final Emblem emblem;
  private final LineBreaks lineBreaks;

  /**
   * @param emblem the site's emblem
   * @param lineBreaks how the site's pages break lines: the title's lines break as the page's do
   */
  public ShareImage(Emblem emblem, LineBreaks lineBreaks) {
    this.emblem = emblem;
    this.lineBreaks = lineBreaks;
  }

  /** The card's image as PNG bytes, in the image's palette ({@link Palette}). */
  public byte[] png(ShareCard card) {
    return Png.of(Palette.of(fullColour(card)));
  }

  /** The card drawn in full colour, before it is reduced to its palette. */
  BufferedImage fullColour(ShareCard card) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = smoothGraphics(image);
    try {
      draw(g, card);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * The lines the card's title is drawn in, and their size: what {@link #png} draws. The largest
   * size at which the title is whole and each of its parts starts a line ("Beihai and Yatsushiro –
   * / Sister Cities…"); else the largest at which it is whole; else the smallest, shortened.
   */
  public Title title(ShareCard card) {
    ShareFont font = ShareFont.of(card.lang());
    Locale locale = Locale.forLanguageTag(card.lang().tag());
    Title whole = null;
    Title last = null;
    for (float s : TITLE_SIZES) {
      int maxLines = (int) (TITLE_HEIGHT / (s * LINE_SPACING));
      TitleLines.Lines lines =
          TitleLines.of(
              card.title(),
              locale,
              lineBreaks.phrases(card.lang().tag()),
              text -> width(font, text, s, latin(card)),
              TEXT_WIDTH,
              maxLines);
      last = new Title(lines, s);
      if (!lines.shortened() && lines.partsApart()) {
        return last;
      }
      if (!lines.shortened() && whole == null) {
        whole = last;
      }
    }
    return whole != null ? whole : last;
  }

  /**
   * The title as drawn.
   *
   * @param lines its lines
   * @param size the font size in pixels
   */
  public record Title(TitleLines.Lines lines, float size) {}

  private void draw(Graphics2D g, ShareCard card) {
    ShareFont font = ShareFont.of(card.lang());
    g.setColor(PAPER);
    g.fill(new Rectangle2D.Float(0, 0, WIDTH, HEIGHT));
    g.setColor(SURFACE);
    g.fill(new Rectangle2D.Float(0, 0, PANEL, HEIGHT));
    g.setColor(LINE);
    g.fill(new Rectangle2D.Float(PANEL, 0, 2, HEIGHT));
    emblem.draw(g, (PANEL - 300) / 2, 90, 300);
    g.setColor(ORCHID);
    // The span of the story, from the normalization of 1972 to its 50th anniversary, as the
    // card's language writes it.
    float yearsSize = 46;
    drawText(
        g,
        font,
        card.years(),
        (PANEL - width(font, card.years(), yearsSize, false)) / 2,
        500,
        yearsSize,
        false);

    g.setColor(JADE);
    drawText(g, font, card.siteTitle(), TEXT_X, 120, 34, latin(card));
    g.fill(new Rectangle2D.Float(TEXT_X, 146, 96, 6));

    Title title = title(card);
    float lineHeight = title.size() * LINE_SPACING;
    List<String> lines = title.lines().lines();
    float blockHeight = lines.size() * lineHeight;
    float baseline = TITLE_TOP + (TITLE_HEIGHT - blockHeight) / 2 + title.size();
    g.setColor(INK);
    for (String line : lines) {
      drawText(g, font, line, TEXT_X, baseline, title.size(), latin(card));
      baseline += lineHeight;
    }
    g.setColor(JADE);
    g.fill(new Rectangle2D.Float(0, HEIGHT - 14, WIDTH, 14));
  }

  /** Whether the card's text is Latin (English), set as Latin text is, not as Chinese. */
  private static boolean latin(ShareCard card) {
    return !card.lang().isCjk();
  }

  /** The space left on each side of a full-width mark set in Latin text, in ems. */
  private static final float LATIN_SIDE_BEARING = 0.06f;

  /**
   * Where a character's glyph goes and how far the pen then moves, in ems. The CJK fonts set
   * punctuation full-width, as Chinese and Japanese want it: in Latin text (an English title) the
   * apostrophe of “Beihai’s” would stand alone in the middle of a square. There a glyph one em wide
   * that is not a CJK letter is set to the width of its ink, with a little space on either side.
   *
   * @param shift how far right of the pen the glyph is drawn
   * @param advance how far the pen then moves
   */
  private record Placement(float shift, float advance) {}

  private static Placement place(ShareFont font, int codePoint, boolean latin) {
    float advance = font.advance(codePoint);
    if (!latin || advance < 1f || Language.isCjkLetter(codePoint)) {
      return new Placement(0, advance);
    }
    Rectangle2D ink = font.outline(codePoint).getBounds2D();
    if (ink.isEmpty()) {
      return new Placement(0, advance);
    }
    return new Placement(
        LATIN_SIDE_BEARING - (float) ink.getMinX(),
        (float) ink.getWidth() + 2 * LATIN_SIDE_BEARING);
  }

  /** How far, in ems, two doubled dashes overlap. */
  private static final float DASH_OVERLAP = 0.04f;

  private static boolean isDash(int codePoint) {
    return PhraseBreaks.DOUBLED_DASHES.indexOf(codePoint) >= 0;
  }

  /**
   * Fills the outline of each character of the text, from x along the baseline. In Chinese and
   * Japanese a dash beside another dash is stretched to its whole width, so that ―― or —— is one
   * unbroken line, as it is printed: the Japanese font draws ― with a margin on each side, which
   * left a gap in the middle.
   */
  static void drawText(
      Graphics2D g,
      ShareFont font,
      String text,
      float x,
      float baseline,
      float size,
      boolean latin) {
    float pen = x;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Placement placement = place(font, cp, latin);
      GeneralPath glyph = font.outline(cp);
      AffineTransform at =
          AffineTransform.getTranslateInstance(pen + placement.shift() * size, baseline);
      at.scale(size, -size);
      Rectangle2D ink = glyph.getBounds2D();
      boolean doubled =
          !latin
              && isDash(cp)
              && ((i > 0 && isDash(text.codePointBefore(i)))
                  || (i + 1 < text.length() && isDash(text.codePointAt(i + 1))));
      if (doubled && ink.getWidth() > 0) {
        // A little wider than the advance, so that the antialiased ends of two dashes overlap and
        // leave no lighter seam where they meet.
        at.translate(-DASH_OVERLAP / 2, 0);
        at.scale((placement.advance() + DASH_OVERLAP) / ink.getWidth(), 1);
        at.translate(-ink.getMinX(), 0);
      }
      glyph.transform(at);
      g.fill(glyph);
      pen += placement.advance() * size;
      i += Character.charCount(cp);
    }
  }

  /** The width of a text drawn at a size, in pixels, as {@link #drawText} sets it. */
  static float width(ShareFont font, String text, float size, boolean latin) {
    float w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += place(font, cp, latin).advance() * size;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * A graphics context on an image that draws antialiased, at the best quality, with strokes where
   * their outlines say (the share images and the icons are drawn alike).
   */
  static Graphics2D smoothGraphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }

  /** PNG encoding without metadata: ImageIO writes no time chunk unless asked to. */
  static final class Png {
    private Png() {}

    static byte[] of(BufferedImage image) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        if (!ImageIO.write(image, "png", out)) {
          throw new IllegalStateException("this JDK has no PNG writer");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }
}
