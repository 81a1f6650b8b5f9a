package org.beihaiyatsushiro.site.share;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.beihaiyatsushiro.site.base.Digests;
import org.beihaiyatsushiro.site.base.Language;

/**
 * One of the two fonts the share images draw with: a subset of Noto Sans CJK Bold that comes with
 * the build (jbake-extension/share-fonts/make-subsets.py makes it from Debian's fonts-noto-cjk).
 *
 * <p>The glyph outlines are read by Apache FontBox, in Java, and filled by Java2D: no platform text
 * rendering and no font installed on the machine is used, so a title gives the same pixels on every
 * computer. Chinese and English pages draw with the Simplified Chinese font, Japanese pages with
 * the Japanese one, whose glyphs have the Japanese forms (直, 角, 骨 …).
 */
public final class ShareFont {
  /** The Simplified Chinese subset, for zh pages (and for English: its Latin letters). */
  public static final ShareFont SC = load("NotoSansCJKsc-Bold-subset.otf");

  /** The Japanese subset, for ja pages. */
  public static final ShareFont JP = load("NotoSansCJKjp-Bold-subset.otf");

  private final String fileName;
  private final String sha256;
  private final OpenTypeFont font;
  private final CmapLookup cmap;
  private final CFFFont cff;
  private final float unitsPerEm;

  private ShareFont(String fileName, byte[] bytes) throws IOException {
    this.fileName = fileName;
    this.sha256 = Digests.sha256Hex(bytes);
    this.font = new OTFParser(true).parse(new RandomAccessReadBuffer(bytes));
    this.cmap = font.getUnicodeCmapLookup();
    this.cff = font.getCFF().getFont();
    this.unitsPerEm = font.getUnitsPerEm();
  }

  /** The font a page in this language draws its title with. */
  public static ShareFont of(Language lang) {
    return switch (lang) {
      case JA -> JP;
      case ZH, EN -> SC;
    };
  }

  /** The font file's name, as committed beside this class. */
  public String fileName() {
    return fileName;
  }

  /** The SHA-256 of the font file, part of every share image's cache key. */
  public String sha256() {
    return sha256;
  }

  /** Whether the font has a glyph for this code point (spaces count as drawable). */
  public synchronized boolean canDraw(int codePoint) {
    return glyphId(codePoint) != 0;
  }

  /** The advance width of the code point's glyph, in ems (0 when the font has none). */
  public synchronized float advance(int codePoint) {
    try {
      return font.getHorizontalMetrics().getAdvanceWidth(glyphId(codePoint)) / unitsPerEm;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The outline of the code point's glyph in ems, y pointing up from the baseline (empty when the
   * font has none). A new path each time: the caller may transform it.
   */
  public synchronized GeneralPath outline(int codePoint) {
    int gid = glyphId(codePoint);
    if (gid == 0) {
      return new GeneralPath();
    }
    try {
      int charString = cff instanceof CFFCIDFont cid ? cid.getCharset().getCIDForGID(gid) : gid;
      GeneralPath path = new GeneralPath(cff.getType2CharString(charString).getPath());
      path.transform(
          java.awt.geom.AffineTransform.getScaleInstance(1 / unitsPerEm, 1 / unitsPerEm));
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int glyphId(int codePoint) {
    return cmap.getGlyphId(codePoint);
  }

  private static ShareFont load(String fileName) {
    try (InputStream in = ShareFont.class.getResourceAsStream("fonts/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("the share images' font " + fileName + " is missing");
      }
      return new ShareFont(fileName, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("the share images' font " + fileName + " cannot be read", e);
    }
  }
}
