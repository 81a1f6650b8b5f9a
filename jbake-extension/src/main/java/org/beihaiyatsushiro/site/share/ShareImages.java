package org.beihaiyatsushiro.site.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Caches;
import org.beihaiyatsushiro.site.base.Digests;
import org.beihaiyatsushiro.site.base.Parallel;
import org.beihaiyatsushiro.site.linebreak.LineBreaks;

/**
 * Makes the share image of every page at bake time, on all cores, and keeps each in a cache folder
 * under target/ named by the SHA-256 of everything that decides its pixels (the card, the font
 * file, the emblem's SVG, the words the site keeps whole and {@link ShareImage#DRAWING_VERSION}),
 * so that a bake after a change of one title draws one image. The cache keeps what the last bake
 * used: the images of titles since changed or gone are deleted, so it does not grow with every
 * edit.
 */
public final class ShareImages {
  private final ShareImage drawing;
  private final Emblem emblem;

  /**
   * The words the site keeps whole, hashed once: they decide where a Chinese or Japanese title's
   * lines break.
   */
  private final String keptWordsSha256;

  private final LineBreaks lineBreaks;

  private final Path cache;

  /**
   * @param emblem the site's emblem
   * @param lineBreaks how the site's pages break lines (titles break as they do)
   * @param cache the folder of images drawn by earlier bakes (made when missing)
   */
  public ShareImages(Emblem emblem, LineBreaks lineBreaks, Path cache) {
    this.drawing = new ShareImage(emblem, lineBreaks);
    this.lineBreaks = lineBreaks;
    this.emblem = emblem;
    this.keptWordsSha256 =
        Digests.sha256Hex(
            String.join("\n", lineBreaks.keptWhole()).getBytes(StandardCharsets.UTF_8));
    this.cache = cache;
  }

  /**
   * The PNG of each card, in the order given: a file of the cache, drawn now or by an earlier bake,
   * for the site writer to copy (no image is held in memory: on 3 × 1000 articles they are 180
   * MiB).
   *
   * @param cards by the site path of the image each card becomes
   */
  public Map<String, Path> draw(Map<String, ShareCard> cards) {
    Map<ShareCard, Path> drawn = new LinkedHashMap<>();
    // Equal cards (a title shared by two pages) are drawn once; the order of the result does not
    // depend on which thread drew what.
    List<ShareCard> distinct = cards.values().stream().distinct().toList();
    List<Path> images = Parallel.map(distinct, this::cachedOrDrawn);
    for (int i = 0; i < distinct.size(); i++) {
      drawn.put(distinct.get(i), images.get(i));
    }
    Map<String, Path> out = new LinkedHashMap<>();
    cards.forEach((path, card) -> out.put(path, drawn.get(card)));
    // The images this bake did not use go, and any drawing a stopped bake left unfinished (an
    // hour old: a younger one may be another bake's, being written).
    Caches.deleteAllBut(cache, CACHE_NAMES, DRAWING_BEING_WRITTEN, Set.copyOf(images));
    return out;
  }

  /** The key of a card's image in the cache: what decides its bytes, hashed. */
  String cacheKey(ShareCard card) {
    String input =
        String.join(
            "\n",
            ShareImage.DRAWING_VERSION,
            ShareFont.of(card.lang()).sha256(),
            ShareFont.SC.sha256(),
            emblem.sha256(),
            LineBreaks.RULES_VERSION,
            // The words kept whole decide only where a Chinese or Japanese title breaks.
            lineBreaks.phrases(card.lang().tag()).isPresent() ? keptWordsSha256 : "",
            card.lang().code(),
            card.siteTitle(),
            card.years(),
            card.title());
    return Digests.sha256Hex(input.getBytes(StandardCharsets.UTF_8));
  }

  /** The name the cache gives an image: {@link #cacheKey}, then .png. */
  private static final Pattern CACHE_NAMES = Pattern.compile("[0-9a-f]{64}\\.png");

  /** The name of a drawing being written ({@link Files#createTempFile} adds digits). */
  private static final Pattern DRAWING_BEING_WRITTEN = Pattern.compile("drawing-[0-9]+\\.part");

  private Path cachedOrDrawn(ShareCard card) {
    Path file = cache.resolve(cacheKey(card) + ".png");
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return file;
      }
      byte[] png = drawing.png(card);
      Files.createDirectories(cache);
      Path part = Files.createTempFile(cache, "drawing-", ".part");
      try {
        Files.write(part, png);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // A failed write leaves no drawing behind (a stopped bake's goes after an hour).
        try {
          Files.deleteIfExists(part);
        } catch (IOException left) {
          e.addSuppressed(left);
        }
        throw e;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("the share images' cache " + cache + " cannot be used", e);
    }
  }
}
