package org.beihaiyatsushiro.site.share;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.beihaiyatsushiro.site.base.SitePaths;

/**
 * The site's PNG icons, drawn from the emblem at each size (no scaling of one bitmap): a browser
 * tab's 32 px icon, the 180 px apple-touch-icon (opaque: iOS fills transparency with black), the
 * 192 and 512 px icons of the web app manifest, and a 512 px maskable icon whose emblem keeps to
 * the central 80 % that every launcher's mask leaves visible. Same bytes each build.
 */
public final class SiteIcons {
  /** The emblem's own pale jade (its inner circle), behind the opaque icons. */
  private static final Color BACKGROUND = new Color(0xe6f0eb);

  private final Emblem emblem;

  public SiteIcons(Emblem emblem) {
    this.emblem = emblem;
  }

  /**
   * The icons last drawn in this JVM, with the SHA-256 of the emblem they were drawn from: the
   * preview bakes at every save, and drawing and encoding five icons took an eighth of such a bake.
   * Only the last emblem's are kept, so an emblem edited in the preview leaves nothing behind.
   */
  private static final AtomicReference<Drawn> LAST = new AtomicReference<>();

  private record Drawn(String emblemSha256, Map<String, byte[]> icons) {}

  /** Every icon's PNG, by its site path (drawn again only when the emblem changed). */
  public Map<String, byte[]> draw() {
    Drawn last = LAST.get();
    if (last != null && last.emblemSha256().equals(emblem.sha256())) {
      return last.icons();
    }
    Map<String, byte[]> icons = drawAll();
    LAST.set(new Drawn(emblem.sha256(), icons));
    return icons;
  }

  private Map<String, byte[]> drawAll() {
    Map<String, byte[]> icons = new LinkedHashMap<>();
    icons.put(SitePaths.ICON_32, icon(32, false, 1));
    icons.put(SitePaths.APPLE_TOUCH_ICON, icon(180, true, 0.86f));
    icons.put(SitePaths.ICON_192, icon(192, false, 1));
    icons.put(SitePaths.ICON_512, icon(512, false, 1));
    icons.put(SitePaths.ICON_MASKABLE, icon(512, true, 0.76f));
    return Collections.unmodifiableMap(icons);
  }

  /**
   * @param side the icon's size in pixels
   * @param opaque whether the square is filled behind the emblem
   * @param scale the emblem's side as a share of the icon's
   */
  private byte[] icon(int side, boolean opaque, float scale) {
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = ShareImage.smoothGraphics(image);
    try {
      if (opaque) {
        g.setColor(BACKGROUND);
        g.fill(new Rectangle2D.Float(0, 0, side, side));
      }
      float emblemSide = side * scale;
      float offset = (side - emblemSide) / 2;
      emblem.draw(g, offset, offset, emblemSide);
    } finally {
      g.dispose();
    }
    return ShareImage.Png.of(image);
  }
}
