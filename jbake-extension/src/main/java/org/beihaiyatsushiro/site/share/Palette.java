package org.beihaiyatsushiro.site.share;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A share image in 256 colours, for an 8-bit palette PNG: a share image is flat colours and the
 * antialiased edges between them (about 1,300 colours in all), and its PNG in 24-bit colour was 55
 * KB where a palette gives 34 KB; 3 × 1000 pages made 173 MiB of them, which every build copies and
 * archives four times over.
 *
 * <p>The palette is the image's 256 most frequent colours (the flat ones and the commonest edge
 * shades), ties broken by the colour's value, so the same image gives the same palette; a pixel of
 * any other colour (a rare shade on an edge) takes the nearest palette colour, by a distance that
 * weighs green most, as the eye does. The flat colours stay exact.
 */
final class Palette {
  /** The most colours an 8-bit palette holds. */
  static final int SIZE = 256;

  private Palette() {}

  /** The image in at most 256 colours, as an indexed image; an opaque RGB image is expected. */
  static BufferedImage of(BufferedImage rgb) {
    int width = rgb.getWidth();
    int height = rgb.getHeight();
    int[] pixels = rgb.getRGB(0, 0, width, height, null, 0, width);

    // How often each colour is used. An image of flat colours repeats the pixel before it most of
    // the time, so the table is only asked when the colour changes.
    Map<Integer, int[]> counts = new HashMap<>();
    int previous = -1;
    int[] count = null;
    for (int p : pixels) {
      int colour = p & 0xffffff;
      if (colour != previous || count == null) {
        count = counts.computeIfAbsent(colour, c -> new int[1]);
        previous = colour;
      }
      count[0]++;
    }
    List<Integer> byUse = new ArrayList<>(counts.keySet());
    byUse.sort(
        Comparator.comparingInt((Integer c) -> -counts.get(c)[0])
            .thenComparing(Comparator.naturalOrder()));
    int size = Math.min(SIZE, byUse.size());
    int[] palette = new int[size];
    for (int i = 0; i < size; i++) {
      palette[i] = byUse.get(i);
    }

    Map<Integer, Integer> indexOf = new HashMap<>();
    byte[] indexes = new byte[pixels.length];
    previous = -1;
    int index = 0;
    for (int i = 0; i < pixels.length; i++) {
      int colour = pixels[i] & 0xffffff;
      if (colour != previous || i == 0) {
        index = indexOf.computeIfAbsent(colour, c -> nearest(palette, c));
        previous = colour;
      }
      indexes[i] = (byte) index;
    }

    byte[] r = new byte[size];
    byte[] g = new byte[size];
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      r[i] = (byte) (palette[i] >> 16);
      g[i] = (byte) (palette[i] >> 8);
      b[i] = (byte) palette[i];
    }
    BufferedImage indexed =
        new BufferedImage(
            width, height, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, size, r, g, b));
    indexed.getRaster().setDataElements(0, 0, width, height, indexes);
    return indexed;
  }

  /** The palette colour nearest to a colour (the first of equals). */
  private static int nearest(int[] palette, int colour) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < palette.length; i++) {
      long distance = distance(palette[i], colour);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return best;
  }

  /** A squared distance between two colours, red, green and blue weighted 3 : 4 : 2. */
  private static long distance(int a, int b) {
    long dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
    long dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
    long db = (a & 0xff) - (b & 0xff);
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
  }
}
