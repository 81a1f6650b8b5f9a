package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
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
import java.util.function.Function;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * The site's sources as plain files in plain folders: lists the regular files under a source folder
 * (content/, assets/, templates/, data/) without ever following a link, and reports every entry
 * that is anything else.
 *
 * <p>A symbolic link committed to the repository can point anywhere on the computer that builds the
 * site: followed, {@code content/en/passwd.svg -> /etc/passwd} would be published as an image. So
 * no link is read, wherever it points (a link that stays inside the repository is reported too:
 * whether it stays inside depends on where the repository is checked out), and neither is anything
 * else that is not a regular file: a named pipe would make the build wait forever, a device would
 * be read without end. Every reader of a source folder lists it here, so the rule is kept in one
 * place.
 */
public final class SourceTree {
  private SourceTree() {}

  /**
   * The regular files under a folder, sorted; every link and special file under it (or the folder
   * itself, when it is one) is a problem. A folder that does not exist has no files.
   *
   * @param folder the folder to list
   * @param displayPath the path of an entry as editors see it in messages
   */
  public static List<Path> regularFiles(
      Path folder, Function<Path, String> displayPath, Problems problems) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try {
      // Without FOLLOW_LINKS the walk visits a link as an entry of its own and never enters it,
      // so a link to a folder (or a loop of links) is seen as the one link it is.
      Files.walkFileTree(
          folder,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                files.add(file);
              } else {
                problems.add(problemOf(file, attributes, displayPath.apply(file)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(unreadable(displayPath.apply(file), e));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                problems.add(unreadable(displayPath.apply(dir), e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    files.sort(null);
    return List.copyOf(files);
  }

  /**
   * Whether a single file inside a folder (jbake.properties, a table in data/i18n) is a regular
   * file reached without a link: the file and every folder between {@code folder} and it are
   * checked, and the first link or special file among them is a problem. A file that does not exist
   * is no problem here; the caller says what is missing.
   *
   * @param folder the folder the file is in, or one of its ancestors
   * @param file the file, below {@code folder}
   * @param displayPath the path of an entry as editors see it in messages
   */
  public static boolean isRegularFile(
      Path folder, Path file, Function<Path, String> displayPath, Problems problems) {
    if (!file.startsWith(folder)) {
      throw new IllegalArgumentException(file + " is not inside " + folder);
    }
    Path entry = folder;
    for (Path name : folder.relativize(file)) {
      entry = entry.resolve(name);
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        return false;
      }
      if (attributes.isSymbolicLink() || attributes.isOther()) {
        problems.add(problemOf(entry, attributes, displayPath.apply(entry)));
        return false;
      }
      if (entry.equals(file)) {
        return attributes.isRegularFile();
      }
      if (!attributes.isDirectory()) {
        return false;
      }
    }
    return false;
  }

  private static Problem unreadable(String path, IOException e) {
    String reason =
        e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    return new Problem(
        path, 1, "this cannot be read (" + reason + ")", "check that you may read it");
  }

  private static Problem problemOf(Path entry, BasicFileAttributes attributes, String path) {
    if (attributes.isSymbolicLink()) {
      String target;
      try {
        target = Files.readSymbolicLink(entry).toString();
      } catch (IOException | UnsupportedOperationException e) {
        target = "another place";
      }
      boolean folder = Files.isDirectory(entry);
      return new Problem(
          path,
          1,
          "this is a symbolic link to "
              + target
              + "; the site reads no links, wherever they point, so that nothing from outside"
              + " the repository is ever published",
          folder
              ? "replace the link with the folder itself and its files"
              : "replace the link with the file itself");
    }
    return new Problem(
        path,
        1,
        "this is not a regular file but a special one (a named pipe, socket or device);"
            + " the site reads only plain files and folders",
        "remove it");
  }
}
