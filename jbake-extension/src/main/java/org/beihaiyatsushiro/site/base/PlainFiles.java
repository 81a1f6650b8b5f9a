package org.beihaiyatsushiro.site.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's one rule for what may be read from a folder: plain files in plain folders, reached
 * without following a link. Every link (wherever it points) and every special file (a named pipe, a
 * socket, a device) is refused, and so is an entry that cannot be read.
 *
 * <p>A symbolic link committed to the repository can point anywhere on the computer that builds the
 * site: followed, {@code content/en/passwd.svg -> /etc/passwd} would be published as an image, and
 * a named pipe would make the build wait forever. The sources' check ({@code content.SourceTree})
 * and the archive of the baked site ({@code archive.SiteFiles}) both list their folders here, each
 * saying in its own words what it refuses.
 */
public final class PlainFiles {
  private PlainFiles() {}

  /** Why an entry is not a plain file. */
  public enum Refusal {
    /** A symbolic link, to a file or a folder, inside the folder or not. */
    LINK,
    /** Neither a file nor a folder: a named pipe, a socket or a device. */
    SPECIAL,
    /** It could not be read (permission denied, or it vanished while being listed). */
    UNREADABLE
  }

  /**
   * An entry that is not a plain file.
   *
   * @param entry the entry, as reached from the folder listed
   * @param refusal why it is refused
   * @param detail where a link points ({@link Refusal#LINK}, "another place" when that cannot be
   *     read), or why it cannot be read ({@link Refusal#UNREADABLE}); empty otherwise
   */
  public record Refused(Path entry, Refusal refusal, String detail) {
    public Refused {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(detail, "detail");
    }

    /** Whether it is a link to a folder (which is then replaced by the folder, not a file). */
    public boolean isLinkToFolder() {
      return refusal == Refusal.LINK && Files.isDirectory(entry);
    }
  }

  /**
   * What a folder holds.
   *
   * @param files its plain files, sorted
   * @param refused every entry that is not a plain file or folder, in the order met
   * @param bytes the size of all its plain files together
   */
  public record Listing(List<Path> files, List<Refused> refused, long bytes) {
    public Listing {
      files = List.copyOf(files);
      refused = List.copyOf(refused);
    }
  }

  /**
   * Lists the plain files under a folder without following any link: a link is met as the one entry
   * it is and never entered, so a link to a folder (or a loop of links) is one refusal. A folder
   * that does not exist holds nothing.
   *
   * @throws UncheckedIOException naming the folder when it cannot be listed at all
   */
  public static Listing list(Path folder) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return new Listing(List.of(), List.of(), 0);
    }
    List<Path> files = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    long[] bytes = {0};
    try {
      Files.walkFileTree(
          folder,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              Optional<Refused> refusal = refusalOf(file, attributes);
              if (refusal.isPresent()) {
                refused.add(refusal.get());
              } else if (attributes.isRegularFile()) {
                files.add(file);
                bytes[0] += attributes.size();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              refused.add(unreadable(file, e));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                refused.add(unreadable(dir, e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    files.sort(null);
    return new Listing(files, refused, bytes[0]);
  }

  /**
   * Why an entry, whose attributes were read without following a link, is no plain file or folder;
   * empty when it is one.
   */
  public static Optional<Refused> refusalOf(Path entry, BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      String target;
      try {
        target = Files.readSymbolicLink(entry).toString();
      } catch (IOException | UnsupportedOperationException e) {
        target = "another place";
      }
      return Optional.of(new Refused(entry, Refusal.LINK, target));
    }
    if (attributes.isOther() || !(attributes.isRegularFile() || attributes.isDirectory())) {
      return Optional.of(new Refused(entry, Refusal.SPECIAL, ""));
    }
    return Optional.empty();
  }

  /**
   * Whether a plain file has another name (a hard link, as {@code cp -al} leaves): writing over it
   * would change the file under its other name too. False where the file system counts no names.
   */
  public static boolean hasOtherNames(Path file) {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      return false;
    }
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS) > 1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Refused unreadable(Path entry, IOException e) {
    String reason =
        e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e.getClass().getSimpleName();
    return new Refused(entry, Refusal.UNREADABLE, reason);
  }
}
