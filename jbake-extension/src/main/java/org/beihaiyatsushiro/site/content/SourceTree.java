package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.PlainFiles;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * The site's sources as plain files in plain folders: lists the regular files under a source folder
 * (content/, assets/, templates/, data/) by the site's one rule ({@link PlainFiles}: no link is
 * followed, wherever it points, and no special file is read), and reports every entry that is
 * anything else as a problem an editor can fix.
 *
 * <p>A link that stays inside the repository is reported too: whether it stays inside depends on
 * where the repository is checked out. Every reader of a source folder lists it here, so the rule
 * and its messages are kept in one place.
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
    PlainFiles.Listing listing = PlainFiles.list(folder);
    for (PlainFiles.Refused refused : listing.refused()) {
      problems.add(problemOf(refused, displayPath.apply(refused.entry())));
    }
    return listing.files();
  }

  /**
   * Whether a folder the site cannot do without (content/, templates/) is there; when it is not,
   * that is a problem at its line 1, with what is missing and how to mend it.
   *
   * @param displayPath the folder's path as editors see it in messages
   */
  public static boolean isRequiredFolderThere(
      Path folder, String displayPath, Phrase missing, Phrase hint, Problems problems) {
    if (Files.isDirectory(folder)) {
      return true;
    }
    problems.add(displayPath, 1, missing, hint);
    return false;
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
      Optional<PlainFiles.Refused> refused = PlainFiles.refusalOf(entry, attributes);
      if (refused.isPresent()) {
        problems.add(problemOf(refused.get(), displayPath.apply(entry)));
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

  private static Problem problemOf(PlainFiles.Refused refused, String path) {
    return switch (refused.refusal()) {
      case LINK ->
          new Problem(
              path,
              1,
              Message.SYMBOLIC_LINK.with(refused.detail()),
              refused.isLinkToFolder()
                  ? Message.HINT_REPLACE_LINK_WITH_FOLDER.with()
                  : Message.HINT_REPLACE_LINK_WITH_FILE.with());
      case SPECIAL ->
          new Problem(path, 1, Message.SPECIAL_FILE.with(), Message.HINT_REMOVE_IT.with());
      case UNREADABLE ->
          new Problem(
              path,
              1,
              Message.ENTRY_CANNOT_BE_READ.with(refused.detail()),
              Message.HINT_CHECK_YOU_MAY_READ_IT.with());
    };
  }
}
