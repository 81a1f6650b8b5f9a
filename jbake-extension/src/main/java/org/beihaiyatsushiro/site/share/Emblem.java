package org.beihaiyatsushiro.site.share;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.io.ByteArrayInputStream;
import java.net.URI;
import org.beihaiyatsushiro.site.base.Digests;

/**
 * The site's emblem (assets/img/emblem.svg, two seahorses galloping abreast), drawn by JSVG into
 * the share images and icons, so that they show the very drawing the pages show.
 */
public final class Emblem {
  private final SVGDocument document;
  private final String sha256;

  private Emblem(SVGDocument document, String sha256) {
    this.document = document;
    this.sha256 = sha256;
  }

  /**
   * The emblem from the bytes of its SVG file.
   *
   * @throws IllegalArgumentException when JSVG cannot read them as SVG
   */
  public static Emblem of(byte[] svg) {
    SVGDocument document =
        new SVGLoader()
            .load(
                new ByteArrayInputStream(svg),
                URI.create("file:/emblem.svg"),
                LoaderContext.createDefault());
    if (document == null) {
      throw new IllegalArgumentException("the emblem is not an SVG image JSVG can read");
    }
    return new Emblem(document, Digests.sha256Hex(svg));
  }

  /** The SHA-256 of the SVG file, part of every cache key. */
  public String sha256() {
    return sha256;
  }

  /** Draws the emblem into the square at (x, y) with the given side. */
  public void draw(Graphics2D g, float x, float y, float side) {
    Graphics2D copy = (Graphics2D) g.create();
    try {
      document.render(null, copy, new ViewBox(x, y, side, side));
    } finally {
      copy.dispose();
    }
  }
}
