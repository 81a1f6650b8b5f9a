package org.beihaiyatsushiro.site.images;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.base.Digests;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Parallel;
import org.beihaiyatsushiro.site.base.Problems;
import org.beihaiyatsushiro.site.content.SourceTree;

/**
 * Reads and checks the folder images/, where every picture of the site lives once for all three
 * languages, each beside its sidecar {@code <file name>.yml}. Listed through {@link SourceTree}, so
 * no link is followed; every file is a picture the site takes (JPEG, PNG, WebP, SVG) whose bytes
 * are what its name says, within {@link PictureLimits}, complete, with a sidecar that reads; every
 * sidecar belongs to a picture. Each mistake is a problem naming the file (and the line, in a
 * sidecar) with a hint.
 *
 * <p>The originals are never published: the folder is outside content/ and assets/, which JBake
 * copies, and only the variants {@link PictureVariants} makes (without any metadata) reach the
 * site.
 */
public final class PictureFolder {
  /** The folder's name, beside content/ in the site's folder. */
  public static final String FOLDER = "images";

  private static final String SIDECAR = ".yml";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(?:\\.[a-z0-9]+)+");

  private PictureFolder() {}

  /**
   * The pictures of a site, by file name.
   *
   * @param pictures every picture without problems
   * @param present every file name in images/, problems or not: a page showing one that has
   *     problems is not reported again
   */
  public record Pictures(Map<String, Picture> pictures, List<String> present) {
    public static final Pictures NONE = new Pictures(Map.of(), List.of());

    public Pictures {
      pictures = Map.copyOf(pictures);
      present = List.copyOf(present);
    }

    public Optional<Picture> named(String name) {
      return Optional.ofNullable(pictures.get(name));
    }
  }

  /**
   * Reads and checks every file of images/; the pictures are checked on all cores.
   *
   * @param folder the site's images/ folder
   * @param displayPath the path of a file as editors see it
   * @param alreadyChecked whether the pictures with a given SHA-256 were decoded whole before
   *     (their variants are in the cache), so that an unchanged photograph is not decoded again
   */
  public static Pictures read(
      Path folder,
      Function<Path, String> displayPath,
      Predicate<String> alreadyChecked,
      Problems problems) {
    List<Path> files = SourceTree.regularFiles(folder, displayPath, problems);
    Map<String, Path> images = new TreeMap<>();
    Map<String, Path> sidecars = new TreeMap<>();
    List<String> present = new ArrayList<>();
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      String path = displayPath.apply(file);
      String name = file.getFileName().toString();
      if (name.startsWith(".")) {
        continue; // .DS_Store and editors' swap files: never read, never published
      }
      present.add(relative);
      if (relative.contains("/")) {
        problems.add(
            path,
            1,
            Message.PICTURE_IN_A_FOLDER.with(),
            Message.HINT_MOVE_TO_IMAGES_WITH_SIDECAR.with(name));
        continue;
      }
      if (name.endsWith(SIDECAR)) {
        sidecars.put(name.substring(0, name.length() - SIDECAR.length()), file);
        continue;
      }
      if (ImageFormat.ofName(name).isEmpty()) {
        problems.add(
            path,
            1,
            Message.NEITHER_PICTURE_NOR_SIDECAR.with(),
            Message.HINT_PICTURE_KINDS.with(name));
        continue;
      }
      if (!NAME.matcher(name).matches()) {
        problems.add(
            path, 1, Message.PICTURE_NAME_WITH_SIGNS.with(name), Message.HINT_PICTURE_NAME.with());
        continue;
      }
      images.put(name, file);
    }
    for (Map.Entry<String, Path> sidecar : sidecars.entrySet()) {
      if (!images.containsKey(sidecar.getKey()) && !present.contains(sidecar.getKey())) {
        problems.add(
            displayPath.apply(sidecar.getValue()),
            1,
            Message.SIDECAR_WITHOUT_PICTURE.with("images/" + sidecar.getKey()),
            Message.HINT_RENAME_SIDECAR.with());
      }
    }
    Map<String, Picture> pictures = new TreeMap<>();
    Parallel.map(
            List.copyOf(images.entrySet()),
            e ->
                check(
                    e.getKey(),
                    e.getValue(),
                    sidecars.get(e.getKey()),
                    displayPath,
                    alreadyChecked,
                    problems))
        .stream()
        .flatMap(Optional::stream)
        .forEach(p -> pictures.put(p.name(), p));
    return new Pictures(pictures, present);
  }

  private static Optional<Picture> check(
      String name,
      Path file,
      Path sidecarFile,
      Function<Path, String> displayPath,
      Predicate<String> alreadyChecked,
      Problems problems) {
    String path = displayPath.apply(file);
    ImageFormat named = ImageFormat.ofName(name).orElseThrow();
    Optional<Sidecar> sidecar = Optional.empty();
    if (sidecarFile == null) {
      problems.add(
          path,
          1,
          Message.PICTURE_WITHOUT_SIDECAR.with(),
          Message.HINT_CREATE_SIDECAR.with("images/" + name + ".yml"));
    } else {
      sidecar = readSidecar(sidecarFile, displayPath.apply(sidecarFile), problems);
    }
    long size;
    byte[] bytes;
    try {
      size = Files.size(file);
      if (size > PictureLimits.MAX_BYTES) {
        problems.add(
            path,
            1,
            Message.PICTURE_TOO_BIG.with(mebibytes(size), mebibytes(PictureLimits.MAX_BYTES)),
            Message.HINT_SAVE_IT_SMALLER.with());
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(
          path,
          1,
          Message.PICTURE_CANNOT_BE_READ.with(String.valueOf(e.getMessage())),
          Message.HINT_CHECK_IT.with());
      return Optional.empty();
    }
    if (bytes.length == 0) {
      problems.add(path, 1, Message.FILE_EMPTY.with(), Message.HINT_SAVE_THE_PICTURE_AGAIN.with());
      return Optional.empty();
    }
    Optional<ImageFormat> actual = ImageFormat.sniff(bytes);
    if (actual.isEmpty() || actual.get() != named) {
      problems.add(
          path,
          1,
          actual
              .map(
                  f -> Message.PICTURE_OF_ANOTHER_FORMAT.with(named.description(), f.description()))
              .orElse(Message.PICTURE_OF_NO_FORMAT.with(named.description())),
          actual
              .map(
                  f ->
                      Message.HINT_RENAME_PICTURE_TO.with(
                          name.substring(0, name.lastIndexOf('.') + 1)
                              + (f == ImageFormat.JPEG ? "jpg" : f.name().toLowerCase())))
              .orElse(Message.HINT_SAVE_AS_A_PICTURE.with()));
      return Optional.empty();
    }
    String sha256 = Digests.sha256Hex(bytes);
    boolean ok =
        named.isDrawing()
            ? checkDrawing(bytes, path, problems)
            : checkPhoto(bytes, named, sha256, path, alreadyChecked, problems);
    if (!ok || sidecar.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Picture(name, file, path, named, sha256, sidecar.get()));
  }

  private static boolean checkDrawing(byte[] bytes, String path, Problems problems) {
    return SvgSafety.check(bytes, path, problems).isPresent();
  }

  private static boolean checkPhoto(
      byte[] bytes,
      ImageFormat format,
      String sha256,
      String path,
      Predicate<String> alreadyChecked,
      Problems problems) {
    try {
      PictureDecoder.Header header = PictureDecoder.header(bytes, format);
      long pixels = (long) header.width() * header.height();
      if (pixels > PictureLimits.MAX_PIXELS
          || header.width() > PictureLimits.MAX_SIDE
          || header.height() > PictureLimits.MAX_SIDE) {
        problems.add(
            path,
            1,
            Message.PICTURE_TOO_MANY_PIXELS.with(
                header.width(),
                header.height(),
                PictureLimits.MAX_PIXELS / 1_000_000,
                PictureLimits.MAX_SIDE),
            Message.HINT_MAKE_IT_SMALLER.with());
        return false;
      }
      if (!alreadyChecked.test(sha256)) {
        PictureDecoder.decode(bytes, format);
      }
      return true;
    } catch (PictureDecoder.Unreadable e) {
      problems.add(
          path,
          1,
          e.truncated()
              ? Message.PICTURE_CUT_SHORT.with()
              : Message.PICTURE_BROKEN.with(String.valueOf(e.getMessage())),
          Message.HINT_COPY_THE_ORIGINAL_AGAIN.with());
      return false;
    }
  }

  private static Optional<Sidecar> readSidecar(Path file, String path, Problems problems) {
    String text;
    try {
      if (Files.size(file) > 64 * 1024) {
        problems.add(path, 1, Message.SIDECAR_TOO_BIG.with(), Message.HINT_SIDECAR_IS_SHORT.with());
        return Optional.empty();
      }
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(path, 1, Message.SIDECAR_NOT_UTF8.with(), Message.HINT_SAVE_IT_AS_UTF8.with());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(
          path,
          1,
          Message.SIDECAR_CANNOT_BE_READ.with(String.valueOf(e.getMessage())),
          Message.HINT_CHECK_IT.with());
      return Optional.empty();
    }
    return SidecarReader.read(text, path, problems);
  }

  private static String mebibytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
