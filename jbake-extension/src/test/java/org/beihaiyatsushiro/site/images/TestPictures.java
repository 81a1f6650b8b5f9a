package org.beihaiyatsushiro.site.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The pipeline's test pictures, made by the tests themselves: a phone-style JPEG with EXIF
 * orientation and a GPS position, a CMYK JPEG, a PNG with transparency, a huge one, a truncated
 * one.
 */
public final class TestPictures {
  /** The latitude the phone photograph claims to be taken at: 32°30′N (Yatsushiro). */
  static final int GPS_DEGREES = 32;

  private TestPictures() {}

  /**
   * A photograph as a phone stores it: {@code width} × {@code height} pixels as stored, red on the
   * left half and blue on the right, with EXIF saying "turn 90° clockwise to view" (orientation 6)
   * and a GPS position.
   */
  public static byte[] phoneJpeg(int width, int height, int orientation) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return withExif(jpeg(image), exif(orientation));
  }

  /** A JPEG from the JDK's encoder, JFIF only. */
  static byte[] jpeg(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PNG with a transparent half: green on the left, nothing on the right. */
  static byte[] pngWithAlpha(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GREEN);
    g.fillRect(0, 0, width / 2, height);
    g.dispose();
    return png(image);
  }

  /** A plain opaque PNG of one grey. */
  static byte[] greyPng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return png(image);
  }

  /** A huge PNG, cheap to make: one bit a pixel, all black. */
  static byte[] hugePng(int width, int height) {
    return png(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY));
  }

  /**
   * A CMYK JPEG as print workflows write it: four channels, full cyan and nothing else, which is a
   * light blue-green on screen. The JDK's encoder writes the raster's four channels as they are.
   */
  static byte[] cmykJpeg(int width, int height) {
    WritableRaster raster =
        Raster.createWritableRaster(
            new PixelInterleavedSampleModel(
                DataBuffer.TYPE_BYTE, width, height, 4, 4 * width, new int[] {0, 1, 2, 3}),
            null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        // Adobe's CMYK JPEGs store the channels inverted: 0 is full ink.
        raster.setPixel(x, y, new int[] {0, 255, 255, 255});
      }
    }
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(null, new IIOImage(raster, null, null), null);
      } finally {
        writer.dispose();
      }
      return withSegment(out.toByteArray(), adobeApp14());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first half of a file, as an upload that stopped half way leaves it. */
  static byte[] truncated(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length / 2);
  }

  /** A JPEG with an APP1 segment inserted after its start-of-image marker. */
  static byte[] withExif(byte[] jpeg, byte[] exifPayload) {
    ByteBuffer segment = ByteBuffer.allocate(4 + exifPayload.length);
    segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exifPayload.length));
    segment.put(exifPayload);
    return withSegment(jpeg, segment.array());
  }

  private static byte[] withSegment(byte[] jpeg, byte[] segment) {
    byte[] out = new byte[jpeg.length + segment.length];
    System.arraycopy(jpeg, 0, out, 0, 2);
    System.arraycopy(segment, 0, out, 2, segment.length);
    System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
    return out;
  }

  /** Adobe's APP14 segment, transform 0: the channels are CMYK, not YCCK. */
  private static byte[] adobeApp14() {
    ByteBuffer b = ByteBuffer.allocate(16);
    b.put((byte) 0xFF).put((byte) 0xEE).putShort((short) 14);
    b.put("Adobe".getBytes(StandardCharsets.US_ASCII));
    b.putShort((short) 100).putShort((short) 0).putShort((short) 0).put((byte) 0);
    return b.array();
  }

  /**
   * An EXIF block ("Exif\0\0" and a little-endian TIFF structure): IFD0 with the orientation and a
   * pointer to a GPS IFD holding a latitude of 32°30′0″ N.
   */
  static byte[] exif(int orientation) {
    ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
    b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    int tiff = b.position();
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: two entries.
    b.putShort((short) 2);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    int gpsIfd = 8 + 2 + 2 * 12 + 4;
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
    b.putInt(0);
    // GPS IFD: latitude reference and latitude (three rationals after the IFD).
    b.putShort((short) 2);
    b.putShort((short) 0x0001)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    int rationals = gpsIfd + 2 + 2 * 12 + 4;
    b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
    b.putInt(0);
    b.putInt(GPS_DEGREES).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
    byte[] out = new byte[b.position()];
    b.flip();
    b.get(out);
    assert tiff == 6;
    return out;
  }
}
