package org.beihaiyatsushiro.site.images;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads a photograph into plain sRGB pixels, upright: JPEG through TwelveMonkeys (which also reads
 * CMYK and YCCK JPEGs, converting them with their ICC profile), PNG through the JDK, WebP through
 * libwebp; the EXIF orientation of a JPEG applied; any other colour space converted to sRGB. What
 * comes out carries no metadata at all: it is pixels.
 *
 * <p>The readers are made directly from their providers rather than looked up in ImageIO's
 * registry, which under JBake's Maven plugin sees another class loader's plugins.
 */
final class PictureDecoder {
  /**
   * TwelveMonkeys' JPEG reader, registered with ImageIO's registry: it finds the JDK's own JPEG
   * decoder, to which it hands the plain cases, when it is registered.
   */
  private static final JPEGImageReaderSpi TWELVEMONKEYS_JPEG = registered(new JPEGImageReaderSpi());

  private PictureDecoder() {}

  private static <T extends ImageReaderSpi> T registered(T spi) {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    @SuppressWarnings("unchecked")
    T known = (T) registry.getServiceProviderByClass(spi.getClass());
    if (known != null) {
      return known;
    }
    registry.registerServiceProvider(spi, ImageReaderSpi.class);
    return spi;
  }

  /** A photograph's size as its header states it, before any pixel is decoded. */
  record Header(int width, int height) {}

  /** Why a photograph cannot be read: its file is cut short, or its data are broken. */
  static final class Unreadable extends Exception {
    private final boolean truncated;

    Unreadable(String message, boolean truncated) {
      super(message);
      this.truncated = truncated;
    }

    boolean truncated() {
      return truncated;
    }
  }

  /** The size a photograph's header states, as stored (before its EXIF orientation). */
  static Header header(byte[] bytes, ImageFormat format) throws Unreadable {
    ImageReader reader = readerFor(format);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      return new Header(reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw new Unreadable(reasonOf(e), endsEarly(e));
    } finally {
      reader.dispose();
    }
  }

  /**
   * Decodes a photograph whole, upright and in sRGB: {@code TYPE_INT_ARGB} when it has
   * transparency, else {@code TYPE_INT_RGB}.
   *
   * @throws Unreadable when the file ends before its picture does, or its data are broken
   */
  static BufferedImage decode(byte[] bytes, ImageFormat format) throws Unreadable {
    ImageReader reader = readerFor(format);
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    BufferedImage image;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      image = reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw new Unreadable(reasonOf(e), endsEarly(e));
    } finally {
      reader.dispose();
    }
    for (String warning : warnings) {
      // The JDK's JPEG decoder fills a file that ends early with grey and only warns.
      if (isTruncation(warning)) {
        throw new Unreadable(warning, true);
      }
    }
    if (image == null) {
      throw new Unreadable("no picture in the file", false);
    }
    BufferedImage srgb = toSrgb(image);
    return format == ImageFormat.JPEG ? upright(srgb, orientation(bytes)) : srgb;
  }

  /** Whether a reader gave up because the file ended: an EOF somewhere in the causes. */
  private static boolean endsEarly(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.EOFException || isTruncation(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTruncation(String message) {
    String lower = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("premature end")
        || lower.contains("unexpected end")
        || lower.contains("eof")
        || lower.contains("truncated");
  }

  private static String reasonOf(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static ImageReader readerFor(ImageFormat format) {
    try {
      return switch (format) {
        case JPEG -> TWELVEMONKEYS_JPEG.createReaderInstance(null);
        case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
        case PNG -> {
          Iterator<ImageReader> png = ImageIO.getImageReadersByFormatName("png");
          yield png.next();
        }
        case SVG -> throw new IllegalArgumentException("a drawing is not decoded");
      };
    } catch (IOException e) {
      throw new IllegalStateException("no reader for " + format, e);
    }
  }

  /** The pixels in sRGB, as plain integer RGB, or ARGB when the picture has transparency. */
  static BufferedImage toSrgb(BufferedImage image) {
    boolean alpha = image.getColorModel().hasAlpha();
    int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    ColorSpace space = image.getColorModel().getColorSpace();
    if (image.getType() == type && space.isCS_sRGB()) {
      return image;
    }
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
    if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
      Graphics2D g = out.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
    } else {
      new ColorConvertOp(space, ColorSpace.getInstance(ColorSpace.CS_sRGB), null)
          .filter(image, out);
    }
    return out;
  }

  /**
   * The EXIF orientation of a JPEG (1 to 8; 1 is upright), read with TwelveMonkeys' metadata
   * readers. A file without EXIF, or with broken EXIF, is taken as upright.
   */
  static int orientation(byte[] jpeg) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      for (JPEGSegment segment : exif) {
        try (InputStream data = segment.data()) {
          byte[] tiff = data.readAllBytes();
          // The TIFF structure starts with its byte order, "II" or "MM", after the padding of
          // the identifier "Exif\0\0" (TwelveMonkeys' data keep some of it).
          int skip = 0;
          while (skip < Math.min(8, tiff.length - 1)
              && !((tiff[skip] == 'I' || tiff[skip] == 'M') && tiff[skip + 1] == tiff[skip])) {
            skip++;
          }
          if (tiff.length <= skip) {
            continue;
          }
          Directory directory =
              new TIFFReader()
                  .read(
                      new MemoryCacheImageInputStream(
                          new ByteArrayInputStream(tiff, skip, tiff.length - skip)));
          Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
          if (entry != null && entry.getValue() instanceof Number n) {
            int value = n.intValue();
            return value >= 1 && value <= 8 ? value : 1;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return 1;
    }
    return 1;
  }

  /** The picture turned and mirrored as its EXIF orientation says, so that it stands upright. */
  static BufferedImage upright(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> {
        t.translate(w, 0);
        t.scale(-1, 1);
      }
      case 3 -> {
        t.translate(w, h);
        t.rotate(Math.PI);
      }
      case 4 -> {
        t.translate(0, h);
        t.scale(1, -1);
      }
      case 5 -> {
        t.rotate(-Math.PI / 2);
        t.scale(-1, 1);
      }
      case 6 -> {
        t.translate(h, 0);
        t.rotate(Math.PI / 2);
      }
      case 7 -> {
        t.scale(-1, 1);
        t.translate(-h, 0);
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      case 8 -> {
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      default -> throw new IllegalArgumentException("orientation " + orientation);
    }
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
    Graphics2D g = out.createGraphics();
    g.drawImage(image, t, null);
    g.dispose();
    return out;
  }
}
