package org.beihaiyatsushiro.site.images;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.beihaiyatsushiro.site.base.Caches;
import org.beihaiyatsushiro.site.base.Digests;
import org.beihaiyatsushiro.site.base.Parallel;
import org.beihaiyatsushiro.site.pages.SiteWriter;

/**
 * Makes what the site publishes of each picture, on all cores: for a photograph, a WebP and a JPEG
 * (PNG when it has transparency) at each of {@link PictureLimits#WIDTHS} up to its own width,
 * upright, in sRGB and without any metadata; a drawing is published as it is (it passed {@link
 * SvgSafety}).
 *
 * <p>Every file is named by the hash of the original and the recipe
 * (beihai-harbour.3f2a9c1d0e-960.webp), so a changed picture gets new names and the archive stays
 * reproducible: the encoders write no time, and each runs on one thread (libwebp's own threading is
 * off), so the same original gives the same bytes. Variants are kept in a cache folder
 * (target/image-cache) under the same hash: a bake with unchanged pictures only copies them, and
 * the folders of pictures a bake no longer has are deleted.
 */
public final class PictureVariants {
  private static final String DONE = "variants.txt";

  private final Path cache;

  /**
   * @param cache the folder the variants are kept in between builds (target/image-cache)
   */
  public PictureVariants(Path cache) {
    this.cache = cache;
  }

  /** Whether the variants of an original with this SHA-256 are in the cache (it was read whole). */
  public boolean cached(String sha256) {
    return Files.isRegularFile(folderOf(sha256).resolve(DONE));
  }

  /** One size of a photograph: its WebP and its fallback, as paths from the site's root. */
  public record Variant(int width, int height, String webp, String fallback) {}

  /**
   * A picture as the site publishes it.
   *
   * @param picture the checked original
   * @param width the width of the largest variant (of the drawing, as it states it)
   * @param height its height
   * @param variants the sizes of a photograph, narrowest first; empty for a drawing
   * @param drawing the drawing's path from the site's root; null for a photograph
   * @param fallbackType the fallback's media type: image/jpeg or image/png (image/svg+xml)
   */
  public record Published(
      Picture picture,
      int width,
      int height,
      List<Variant> variants,
      String drawing,
      String fallbackType) {}

  /**
   * Makes (or takes from the cache) every picture's files and writes them into the site through the
   * bake's writer, which leaves a file whose bytes are there already as it is and, once the site is
   * written, removes what an earlier bake left in images/ and this one did not write.
   *
   * @param site the bake's writer of the site's output folder (target/site)
   * @return each picture as published, by file name
   */
  public Map<String, Published> publish(PictureFolder.Pictures pictures, SiteWriter site) {
    List<Published> published =
        Parallel.map(List.copyOf(pictures.pictures().values()), p -> publish(p, site));
    Map<String, Published> byName = new TreeMap<>();
    published.forEach(p -> byName.put(p.picture().name(), p));
    deleteUnused(published);
    return byName;
  }

  /** The name of a cache folder ({@link #folderOf}). */
  private static final Pattern CACHE_FOLDER = Pattern.compile("[0-9a-f]{64}");

  /** The name of a cache folder being made ({@link Files#createTempDirectory} adds digits). */
  private static final Pattern FOLDER_BEING_MADE = Pattern.compile("[0-9a-f]{64}\\.part-[0-9]+");

  /**
   * Deletes the cache folders of photographs this bake did not publish (replaced, renamed or
   * removed, or made by an older recipe), so that the cache keeps what the last bake used. Should
   * the preview and a build share the cache while an editor swaps pictures, a bake may miss a
   * folder it was copying from: it fails with the picture's name and the next bake makes it again.
   * A folder half-made ({@code <hash>.part-…}) goes once it is older than {@link
   * Caches#ABANDONED_AFTER}: a younger one may be another bake's, being made.
   */
  private void deleteUnused(List<Published> published) {
    Set<Path> used = new HashSet<>();
    for (Published p : published) {
      used.add(folderOf(p.picture().sha256()));
    }
    Caches.deleteAllBut(cache, CACHE_FOLDER, FOLDER_BEING_MADE, used);
  }

  private Published publish(Picture picture, SiteWriter site) {
    try {
      String prefix = picture.stem() + "." + shortHash(picture);
      if (picture.format().isDrawing()) {
        byte[] bytes = Files.readAllBytes(picture.file());
        SvgSafety.Size size =
            SvgSafety.check(
                    bytes, picture.sourcePath(), new org.beihaiyatsushiro.site.base.Problems())
                .orElseThrow(() -> new IllegalStateException(picture.sourcePath() + " changed"));
        String drawing = PictureFolder.FOLDER + "/" + prefix + ".svg";
        site.write(drawing, bytes);
        return new Published(
            picture, size.width(), size.height(), List.of(), drawing, "image/svg+xml");
      }
      Path folder = folderOf(picture.sha256());
      if (!cached(picture.sha256())) {
        make(picture, folder);
      }
      List<String> lines = Files.readAllLines(folder.resolve(DONE), StandardCharsets.UTF_8);
      String fallbackExtension = lines.get(0);
      List<Variant> variants = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] wh = line.split(" ");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        Variant variant =
            new Variant(
                w,
                h,
                PictureFolder.FOLDER + "/" + prefix + "-" + w + ".webp",
                PictureFolder.FOLDER + "/" + prefix + "-" + w + "." + fallbackExtension);
        site.copy(variant.webp(), folder.resolve(w + ".webp"));
        site.copy(variant.fallback(), folder.resolve(w + "." + fallbackExtension));
        variants.add(variant);
      }
      Variant largest = variants.get(variants.size() - 1);
      return new Published(
          picture,
          largest.width(),
          largest.height(),
          List.copyOf(variants),
          null,
          fallbackExtension.equals("png") ? "image/png" : "image/jpeg");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the variants of " + picture.sourcePath() + " could not be written: " + e.getMessage(),
          e);
    }
  }

  /** Decodes the original once and writes every variant into its cache folder, the list last. */
  private static void make(Picture picture, Path folder) throws IOException {
    BufferedImage upright;
    try {
      upright = PictureDecoder.decode(Files.readAllBytes(picture.file()), picture.format());
    } catch (PictureDecoder.Unreadable e) {
      throw new IOException(picture.sourcePath() + " cannot be read: " + e.getMessage(), e);
    }
    boolean alpha = upright.getColorModel().hasAlpha();
    String fallbackExtension = alpha ? "png" : "jpg";
    // A folder of its own: two pictures with the same bytes (or a preview and a build at once)
    // make the same cache folder at the same time.
    Path temporary =
        Files.createTempDirectory(
            Files.createDirectories(folder.getParent()), folder.getFileName() + ".part-");
    try {
      fill(temporary, folder, upright, alpha, fallbackExtension);
    } catch (IOException | RuntimeException e) {
      // A failed encoding or write leaves no half-made folder behind (a stopped bake's goes after
      // an hour: Caches.ABANDONED_AFTER).
      if (Files.isDirectory(temporary, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Caches.deleteEntry(temporary);
        } catch (IOException left) {
          e.addSuppressed(left);
        }
      }
      throw e;
    }
  }

  /** Writes every variant and the list into the temporary folder, then puts it in its place. */
  private static void fill(
      Path temporary, Path folder, BufferedImage upright, boolean alpha, String fallbackExtension)
      throws IOException {
    StringBuilder list = new StringBuilder(fallbackExtension).append('\n');
    for (int width : widthsFor(upright.getWidth())) {
      BufferedImage scaled = scale(upright, width);
      Files.write(temporary.resolve(width + ".webp"), webp(scaled));
      Files.write(
          temporary.resolve(width + "." + fallbackExtension), alpha ? png(scaled) : jpeg(scaled));
      list.append(width).append(' ').append(scaled.getHeight()).append('\n');
    }
    Files.writeString(temporary.resolve(DONE), list, StandardCharsets.UTF_8);
    if (Files.exists(folder.resolve(DONE))) {
      // Made meanwhile by another thread from the same bytes: the same files.
      Caches.deleteEntry(temporary);
      return;
    }
    if (Files.exists(folder) && !Files.exists(folder.resolve(DONE))) {
      // Left half-made by a bake that was stopped.
      try {
        Caches.deleteEntry(folder);
      } catch (NoSuchFileException e) {
        // Another bake removed it meanwhile.
      }
    }
    try {
      Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileSystemException e) {
      // Another thread placed the same files first (Linux says "Directory not empty", not always
      // as DirectoryNotEmptyException); anything else is a failure.
      if (!Files.exists(folder.resolve(DONE))) {
        throw e;
      }
      Caches.deleteEntry(temporary);
    }
  }

  /** The widths of a photograph's variants: the stated ones below its width, and at most it. */
  static List<Integer> widthsFor(int width) {
    List<Integer> widths = new ArrayList<>();
    for (int w : PictureLimits.WIDTHS) {
      if (w < width) {
        widths.add(w);
      }
    }
    int largest = Math.min(width, PictureLimits.WIDTHS.get(PictureLimits.WIDTHS.size() - 1));
    if (!widths.contains(largest)) {
      widths.add(largest);
    }
    return widths;
  }

  /**
   * The picture at a width, its height in proportion: halved step by step with bilinear filtering
   * while it is more than twice too wide (so that no pixel is skipped), then scaled once
   * bicubically.
   */
  static BufferedImage scale(BufferedImage image, int width) {
    BufferedImage current = image;
    while (current.getWidth() >= 2 * width) {
      current = draw(current, current.getWidth() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
    return current.getWidth() == width
        ? current
        : draw(current, width, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static BufferedImage draw(BufferedImage image, int width, Object interpolation) {
    int height =
        Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
    BufferedImage out = new BufferedImage(width, height, image.getType());
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  static byte[] webp(BufferedImage image) throws IOException {
    ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
    WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType(CompressionType.Lossy);
    param.setCompressionQuality(PictureLimits.WEBP_QUALITY);
    param.setThreadLevel(0);
    return write(writer, image, param);
  }

  static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(PictureLimits.JPEG_QUALITY);
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    return write(writer, image, param);
  }

  static byte[] png(BufferedImage image) throws IOException {
    return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
  }

  /** Writes the pixels alone: no metadata is passed, so the encoder writes none of its own. */
  private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The cache folder of an original: named by the hash of its bytes and of the recipe. */
  private Path folderOf(String sha256) {
    return cache.resolve(
        Digests.sha256Hex((sha256 + " " + PictureLimits.RECIPE).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The first ten hex digits of the hash of the original and the recipe: enough to tell the
   * versions of one picture apart, short enough to read.
   */
  private static String shortHash(Picture picture) {
    return Digests.sha256Hex(
            (picture.sha256() + " " + PictureLimits.RECIPE).getBytes(StandardCharsets.UTF_8))
        .substring(0, 10);
  }
}
