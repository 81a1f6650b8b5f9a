package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * The files of the content folder, sorted into Markdown pages, files pages may link to (PDF), and
 * everything else, which is an error (a picture among them: pictures live in images/).
 *
 * <p>JBake on its own would parse {@code .html}, {@code .adoc} or {@code .yml} files in content/
 * with its own engines, outside every check of the site; copy any other file to the site as is,
 * linked from nowhere; and skip hidden files and whole folders holding a {@code .jbakeignore}
 * without a word. Here each of those is reported with the file it concerns, so that nothing an
 * editor puts into content/ disappears or slips out unnoticed; a link or special file is reported
 * by {@link SourceTree} and never read.
 */
public final class ContentFolder {
  /** The files pages may link to, besides Markdown pages. */
  public static final Set<String> FILE_EXTENSIONS = Set.of("pdf");

  /**
   * Pictures, which live in images/ (outside content/, whose files JBake copies as they are): one
   * here would be published byte for byte, its metadata (a phone photograph's GPS position) too.
   */
  private static final Set<String> PICTURE_EXTENSIONS =
      Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "heic", "tif", "tiff");

  /**
   * The largest PDF file content/ may hold: 20 MiB, several times what a page needs, so that a
   * forgotten scan does not swell the site and its archives.
   */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** Other spellings of Markdown, which JBake does not read. */
  private static final Set<String> MARKDOWN_SPELLINGS =
      Set.of("markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext", "text", "txt");

  /** Files JBake or its template engines would handle on their own. */
  private static final Set<String> OTHER_MARKUP =
      Set.of(
          "html",
          "htm",
          "xhtml",
          "adoc",
          "asciidoc",
          "ad",
          "ftl",
          "ftlh",
          "ftlx",
          "groovy",
          "gsp",
          "tpl",
          "peb",
          "jade",
          "pug",
          "hbs",
          "mustache",
          "yml",
          "yaml",
          "json",
          "toml",
          "xml",
          "properties",
          "csv");

  private static final String JBAKE_IGNORE = ".jbakeignore";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(?:\\.[a-z0-9]+)*");

  private ContentFolder() {}

  /**
   * What the content folder holds.
   *
   * @param pages the Markdown files to read
   * @param present every file, relative to content/, problems or not: a link to a file that has
   *     problems of its own is not reported again
   */
  public record Listing(List<Path> pages, List<String> present) {}

  /** Whether the content folder is there; when it is not, that is a problem. */
  public static boolean isPresent(ContentReader reader, Problems problems) {
    return SourceTree.isRequiredFolderThere(
        reader.contentRoot(),
        reader.displayPath(reader.contentRoot()),
        Message.CONTENT_FOLDER_MISSING.with(),
        Message.HINT_CREATE_CONTENT_FOLDER.with(),
        problems);
  }

  /**
   * Walks the content folder and reports every file that cannot take part in the site.
   *
   * @param reader the reader of the site, which knows its content folder and gives the paths
   *     editors see in messages
   * @return the Markdown files to read, and every file (which pages may link to), each sorted
   */
  public static Listing scan(ContentReader reader, Problems problems) {
    Path contentRoot = reader.contentRoot();
    List<Path> pages = new ArrayList<>();
    if (!isPresent(reader, problems)) {
      return new Listing(List.of(), List.of());
    }
    List<Path> all = SourceTree.regularFiles(contentRoot, reader::displayPath, problems);
    List<String> present = new ArrayList<>();
    for (Path file : all) {
      String contentPath = reader.contentPath(file);
      present.add(contentPath);
      String path = reader.displayPath(file);
      String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
      if (name.equals(JBAKE_IGNORE)) {
        problems.add(
            path,
            1,
            Message.JBAKE_IGNORE_FILE.with(),
            Message.HINT_DELETE_JBAKE_IGNORE.with(JBAKE_IGNORE));
        continue;
      }
      String extension = extensionOf(name);
      boolean hidden = Stream.of(contentPath.split("/")).anyMatch(s -> s.startsWith("."));
      if (hidden && !extension.equals("md")) {
        // Hidden files (.DS_Store, editors' swap files) are left out by JBake and harmless; a
        // visible file in a hidden folder is left out too, which a page showing it would miss.
        if (!name.startsWith(".")) {
          problems.add(
              path,
              1,
              Message.FILE_IN_HIDDEN_FOLDER.with(),
              Message.HINT_MOVE_OUT_OF_HIDDEN_FOLDER.with());
        }
        continue;
      }
      if (name.endsWith(".md") && !hidden) {
        // Also when its name is wrong: the reader reports the name and the file's other problems.
        pages.add(file);
        continue;
      }
      Optional<Problem> misnamed = nameProblem(contentPath, path);
      if (misnamed.isPresent()) {
        problems.add(misnamed.get());
        continue;
      }
      if (extension.equals("md")) {
        pages.add(file);
      } else if (PICTURE_EXTENSIONS.contains(extension)) {
        problems.add(
            path, 1, Message.PICTURE_IN_CONTENT.with(), Message.HINT_MOVE_TO_IMAGES.with(name));
      } else if (!FILE_EXTENSIONS.contains(extension)) {
        problems.add(unusable(name, extension, path));
      } else {
        long size = sizeOf(file);
        if (size > MAX_FILE_BYTES) {
          problems.add(
              ContentReader.tooBig(path, size, MAX_FILE_BYTES, Message.HINT_SPLIT_THE_PDF.with()));
        }
      }
    }
    return new Listing(List.copyOf(pages), List.copyOf(present));
  }

  /**
   * The problem with where a content file is and what it is called, if any: every name must be
   * plain lower-case ASCII (it becomes part of a web address) and every file must sit in a language
   * folder.
   *
   * @param contentPath the file relative to content/, with forward slashes
   * @param path the file as editors see it, for the message
   */
  public static Optional<Problem> nameProblem(String contentPath, String path) {
    String[] segments = contentPath.split("/", -1);
    for (String segment : segments) {
      if (segment.startsWith(".")) {
        return Optional.of(
            new Problem(
                path,
                1,
                Message.NAME_STARTS_WITH_DOT.with(segment),
                Message.HINT_RENAME_WITHOUT_DOT.with()));
      }
      if (!segment.chars().allMatch(c -> c < 128)) {
        StringBuilder foreign = new StringBuilder();
        segment.codePoints().filter(c -> c >= 128).limit(8).forEach(foreign::appendCodePoint);
        return Optional.of(
            new Problem(
                path,
                1,
                Message.NAME_NOT_ASCII.with(segment, foreign.toString()),
                Message.HINT_ASCII_NAME.with()));
      }
      if (!NAME.matcher(segment).matches()) {
        return Optional.of(
            new Problem(
                path,
                1,
                Message.NAME_WITH_CAPITALS_OR_SIGNS.with(segment),
                Message.HINT_LOWER_CASE_NAME.with()));
      }
    }
    if (segments.length < 2 || Language.ofFolder(segments[0]).isEmpty()) {
      return Optional.of(
          new Problem(
              path,
              1,
              Message.FILE_OUTSIDE_LANGUAGE_FOLDERS.with(),
              Message.HINT_MOVE_TO_A_LANGUAGE_FOLDER.with()));
    }
    return Optional.empty();
  }

  private static Problem unusable(String name, String extension, String path) {
    String stem =
        extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
    if (MARKDOWN_SPELLINGS.contains(extension)) {
      return new Problem(
          path,
          1,
          Message.MARKDOWN_WRONG_EXTENSION.with(),
          Message.HINT_RENAME_TO.with(stem + ".md"));
    }
    if (OTHER_MARKUP.contains(extension)) {
      return new Problem(
          path,
          1,
          Message.OTHER_MARKUP_IN_CONTENT.with(extension),
          Message.HINT_WRITE_IN_MARKDOWN.with(stem + ".md"));
    }
    return new Problem(
        path, 1, Message.NEITHER_PAGE_NOR_PDF.with(), Message.HINT_REMOVE_FROM_CONTENT.with());
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
