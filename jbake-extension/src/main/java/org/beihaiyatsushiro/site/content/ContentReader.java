package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.Message;
import org.beihaiyatsushiro.site.base.Parallel;
import org.beihaiyatsushiro.site.base.Phrase;
import org.beihaiyatsushiro.site.base.Problem;
import org.beihaiyatsushiro.site.base.Problems;

/**
 * Reads one Markdown source file into an {@link Article}, or says in plain words why it cannot.
 *
 * <p>This is the content engine's whole judgement of a single file; what needs the whole site
 * (links between files, translations) is checked by {@link SiteChecks}. The content check, which
 * the bake, the preview, ./check-content and the translation status all run, reads every file with
 * it, so they agree.
 */
public final class ContentReader {
  /**
   * The largest Markdown file the site reads: 512 KiB, some 75,000 words of English or 170,000
   * characters of Chinese, far beyond any article. A bigger one would make a page and a search
   * index of the same size, and reading one takes seconds (a dense 1 MiB text took 13 s of
   * computing time when measured), which would come near {@link MarkdownRenderer#READING_BUDGET}.
   */
  public static final long MAX_ARTICLE_BYTES = 512 * 1024;

  private static final long MIB = 1024 * 1024;

  private final Path siteRoot;
  private final Path contentRoot;
  private final LanguageLint lint;
  private final MarkdownRenderer markdown;

  /**
   * @param siteRoot the folder of jbake.properties; paths in messages are relative to it
   * @param contentRoot the content folder
   */
  public ContentReader(Path siteRoot, Path contentRoot) {
    this(siteRoot, contentRoot, LanguageLint.WITHOUT_TERMS);
  }

  /**
   * @param siteRoot the folder of jbake.properties; paths in messages are relative to it
   * @param contentRoot the content folder
   * @param lint the language check, with the site's term list
   */
  public ContentReader(Path siteRoot, Path contentRoot, LanguageLint lint) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    this.contentRoot = contentRoot.toAbsolutePath().normalize();
    this.lint = Objects.requireNonNull(lint, "lint");
    this.markdown = new MarkdownRenderer(lint);
  }

  /** The site's root folder (of jbake.properties), absolute. */
  public Path siteRoot() {
    return siteRoot;
  }

  /** The content folder, absolute. */
  public Path contentRoot() {
    return contentRoot;
  }

  /** The path an editor recognises: relative to the site root, with forward slashes. */
  public String displayPath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(siteRoot) ? siteRoot.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** The file relative to the content folder, with forward slashes: zh/beihai.md. */
  public String contentPath(Path file) {
    return contentRoot.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /**
   * Reads, checks and renders one file.
   *
   * @return the article, or empty when the file has problems, which are added to {@code problems}
   */
  public Optional<Article> read(Path file, Problems problems) {
    FileReading reading = readFile(file, problems);
    return reading.clean() ? reading.article() : Optional.empty();
  }

  /**
   * Reads, checks and renders many files on all cores at once.
   *
   * @return the articles of the files that have no problems, in the order of {@code files}; the
   *     problems of the others are added to {@code problems}
   */
  public List<Article> readAll(List<Path> files, Problems problems) {
    return readForChecks(files, problems).articles();
  }

  /**
   * What the content check reads from many files.
   *
   * @param articles the files without problems, the ones a bake may publish
   * @param checkable every file read as far as it could be, with or without problems of its own:
   *     the links, headings and keys of all of them are checked against each other, so that one run
   *     shows every problem of every file, not first those of its front matter and then, once they
   *     are fixed, those of its links
   */
  public record Reading(List<Article> articles, List<Article> checkable) {}

  /**
   * Reads, checks and renders many files on all cores at once, keeping what could be read of the
   * files with problems for the checks across files.
   *
   * @return the articles in the order of {@code files}; the problems are added to {@code problems}
   */
  public Reading readForChecks(List<Path> files, Problems problems) {
    List<FileReading> read = Parallel.map(files, f -> readFile(f, problems));
    return new Reading(
        read.stream().filter(FileReading::clean).flatMap(r -> r.article().stream()).toList(),
        read.stream().flatMap(r -> r.article().stream()).toList());
  }

  /** One file: what could be read of it, and whether it has no problems. */
  private record FileReading(Optional<Article> article, boolean clean) {}

  private FileReading readFile(Path file, Problems problems) {
    Objects.requireNonNull(problems, "problems");
    if (!contentPath(file).endsWith(".md")) {
      throw new IllegalArgumentException("not a Markdown file: " + displayPath(file));
    }
    Problems found = new Problems();
    Optional<Article> article;
    try {
      article = readInto(file, found);
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw (VirtualMachineError) e;
      }
      // The last line of defence: the limits of MarkdownNesting and MarkdownRenderer keep known
      // shapes of text away from the recursive parts of Flexmark and YAML, but whatever else goes
      // wrong inside a library is a problem of this file, so that the other files are still
      // checked and the run ends with its count. Errors of the JVM itself (out of memory) are not
      // the file's and are left to stop the run.
      found.add(
          displayPath(file),
          1,
          Message.FILE_COULD_NOT_BE_READ.with(),
          Message.HINT_READER_FAILED.with(e.getClass().getSimpleName()));
      article = Optional.empty();
    }
    problems.addAll(found);
    return new FileReading(article, found.isEmpty());
  }

  /**
   * The problem of a file larger than the site takes.
   *
   * @param limit the largest size allowed, in bytes
   * @param hint what to do about it
   */
  public static Problem tooBig(String path, long size, long limit, Phrase hint) {
    return new Problem(path, 1, Message.FILE_TOO_BIG.with(sizeText(size), sizeText(limit)), hint);
  }

  /** A size as editors read it: 512 KiB, 5.5 MiB (rounded up, so never equal to a limit). */
  private static String sizeText(long bytes) {
    if (bytes < MIB) {
      return (bytes + 1023) / 1024 + " KiB";
    }
    return bytes % MIB == 0
        ? bytes / MIB + " MiB"
        : String.format(Locale.ROOT, "%.1f MiB", Math.ceil(bytes * 10.0 / MIB) / 10);
  }

  /**
   * The article as far as it could be read: a value of the front matter that is missing or wrong is
   * null. Empty when the file has no front matter and body to read at all.
   */
  private Optional<Article> readInto(Path file, Problems problems) {
    String path = displayPath(file);
    String contentPath = contentPath(file);
    Optional<Problem> misnamed = ContentFolder.nameProblem(contentPath, path);
    misnamed.ifPresent(problems::add);
    int slash = contentPath.indexOf('/');
    Optional<Language> folder =
        slash < 0 ? Optional.empty() : Language.ofFolder(contentPath.substring(0, slash));
    if (misnamed.isPresent() && folder.isEmpty()) {
      return Optional.empty(); // outside the language folders: the problem says where it goes
    }
    // A file with a name to change is still read, so that its other problems show in this run.
    Language lang = folder.orElseThrow();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_ARTICLE_BYTES) {
        problems.add(tooBig(path, size, MAX_ARTICLE_BYTES, Message.HINT_SPLIT_THE_ARTICLE.with()));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(
          path,
          1,
          Message.FILE_CANNOT_BE_READ.with(String.valueOf(e.getMessage())),
          Message.HINT_CHECK_PERMISSIONS.with());
      return Optional.empty();
    }
    Optional<String> text = SourceText.decode(bytes, path, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<FrontMatter> fm = FrontMatterReader.read(text.get(), path, problems);
    if (fm.isEmpty()) {
      return Optional.empty();
    }
    ContentSchema.Header h = ContentSchema.check(fm.get(), lang, path, problems);
    lint.checkPlain(h.title(), lang, path, h.lines().getOrDefault("title", 1), problems);
    lint.checkPlain(h.summary(), lang, path, h.lines().getOrDefault("summary", 1), problems);
    if (fm.get().body().isBlank()) {
      problems.add(
          path,
          fm.get().bodyLine() - 1,
          Message.NO_TEXT_AFTER_FRONT_MATTER.with(),
          Message.HINT_WRITE_THE_TEXT.with());
      return Optional.empty();
    }
    // The body is checked even when the front matter has problems, and the article is made of
    // what could be read, so that one run shows all.
    MarkdownRenderer.Source source =
        new MarkdownRenderer.Source(path, contentPath, fm.get().bodyLine());
    MarkdownRenderer.Rendered body = markdown.render(fm.get().body(), lang, source, problems);
    List<LinkRef> links = new ArrayList<>(body.links());
    String eventArticle = null;
    if (h.article() != null) {
      eventArticle = MarkdownRenderer.normalize(source.sourceFolder() + h.article());
      links.add(new LinkRef(h.lines().get("article"), eventArticle, "", false, h.article()));
    }
    String key =
        h.translationKey() != null
            ? h.translationKey()
            : contentPath.substring(slash + 1, contentPath.length() - ".md".length());
    return Optional.of(
        new Article(
            path,
            contentPath,
            lang,
            key,
            contentPath.substring(0, contentPath.length() - ".md".length()) + ".html",
            h.type(),
            h.status(),
            h.title(),
            h.date(),
            h.summary(),
            h.order(),
            h.kind(),
            eventArticle,
            h.anniversary(),
            h.translatedFrom(),
            h.updated(),
            h.sourceUpdated(),
            body.html(),
            body.text(),
            body.headingIds(),
            List.copyOf(links),
            h.lines()));
  }
}
