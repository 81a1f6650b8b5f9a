package org.beihaiyatsushiro.site.share;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.Comparator;

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
    int[] pixels =
        rgb.getType() == BufferedImage.TYPE_INT_RGB
            ? ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData()
            : rgb.getRGB(0, 0, width, height, null, 0, width);

    // How often each colour is used. An image of flat colours repeats the pixel before it most of
    // the time, so the table is only asked when the colour changes.
    ColourTable counts = new ColourTable();
    int previous = -1;
    int run = 0;
    for (int p : pixels) {
      int colour = p & 0xffffff;
      if (colour != previous) {
        if (run > 0) {
          counts.add(previous, run);
        }
        previous = colour;
        run = 0;
      }
      run++;
    }
    counts.add(previous, run);
    int[] colours = counts.keys();
    Integer[] byUse = new Integer[colours.length];
    for (int i = 0; i < colours.length; i++) {
      byUse[i] = colours[i];
    }
    Arrays.sort(
        byUse,
        Comparator.comparingInt((Integer c) -> -counts.get(c))
            .thenComparing(Comparator.naturalOrder()));
    int size = Math.min(SIZE, byUse.length);
    int[] palette = new int[size];
    for (int i = 0; i < size; i++) {
      palette[i] = byUse[i];
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
    byte[] indexes = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
    ColourTable indexOf = new ColourTable();
    previous = -1;
    int index = 0;
    for (int i = 0; i < pixels.length; i++) {
      int colour = pixels[i] & 0xffffff;
      if (colour != previous) {
        index = indexOf.get(colour);
        if (index < 0) {
          index = nearest(palette, colour);
          indexOf.add(colour, index + 1);
        } else {
          index--;
        }
        previous = colour;
      }
      indexes[i] = (byte) index;
    }
    return indexed;
  }

  /**
   * Colours (24-bit RGB) to whole numbers, for the few thousand colours of an image: open
   * addressing on two arrays, so that no colour is boxed.
   */
  private static final class ColourTable {
    private static final int EMPTY = -1;
    private int[] keys = filled(1 << 12);
    private int[] values = new int[1 << 12];
    private int size;

    private static int[] filled(int length) {
      int[] a = new int[length];
      Arrays.fill(a, EMPTY);
      return a;
    }

    private int slot(int[] in, int colour) {
      int mask = in.length - 1;
      int at = (colour * 0x9E3779B1) >>> 7 & mask;
      while (in[at] != EMPTY && in[at] != colour) {
        at = (at + 1) & mask;
      }
      return at;
    }

    /** Adds to a colour's number (0 for a colour not seen before). */
    void add(int colour, int amount) {
      int at = slot(keys, colour);
      if (keys[at] == EMPTY) {
        keys[at] = colour;
        size++;
        if (size * 2 > keys.length) {
          grow();
          at = slot(keys, colour);
        }
      }
      values[at] += amount;
    }

    /** A colour's number, or -1 for a colour not in the table. */
    int get(int colour) {
      int at = slot(keys, colour);
      return keys[at] == EMPTY ? -1 : values[at];
    }

    /** Every colour in the table. */
    int[] keys() {
      int[] out = new int[size];
      int n = 0;
      for (int k : keys) {
        if (k != EMPTY) {
          out[n++] = k;
        }
      }
      return out;
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldValues = values;
      keys = filled(oldKeys.length * 2);
      values = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          int at = slot(keys, oldKeys[i]);
          keys[at] = oldKeys[i];
          values[at] = oldValues[i];
        }
      }
    }
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
