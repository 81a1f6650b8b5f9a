package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.beihaiyatsushiro.site.base.Language;
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
  private final Path siteRoot;
  private final Path contentRoot;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  /**
   * @param siteRoot the folder of jbake.properties; paths in messages are relative to it
   * @param contentRoot the content folder
   */
  public ContentReader(Path siteRoot, Path contentRoot) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    this.contentRoot = contentRoot.toAbsolutePath().normalize();
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
    List<FileReading> read = files.parallelStream().map(f -> readFile(f, problems)).toList();
    return new Reading(
        read.stream().filter(FileReading::clean).flatMap(r -> r.article().stream()).toList(),
        read.stream().flatMap(r -> r.article().stream()).toList());
  }

  /** One file: what could be read of it, and whether it has no problems. */
  private record FileReading(Optional<Article> article, boolean clean) {}

  private FileReading readFile(Path file, Problems problems) {
    Objects.requireNonNull(problems, "problems");
    Problems found = new Problems();
    Optional<Article> article = readInto(file, found);
    problems.addAll(found);
    return new FileReading(article, found.isEmpty());
  }

  /**
   * The article as far as it could be read: a value of the front matter that is missing or wrong is
   * null. Empty when the file has no front matter and body to read at all.
   */
  private Optional<Article> readInto(Path file, Problems problems) {
    String path = displayPath(file);
    String contentPath = contentPath(file);
    if (!contentPath.endsWith(".md")) {
      throw new IllegalArgumentException("not a Markdown file: " + path);
    }
    Optional<Problem> misnamed = ContentFolder.nameProblem(contentPath, path);
    misnamed.ifPresent(problems::add);
    int slash = contentPath.indexOf('/');
    Optional<Language> folder =
        slash < 0
            ? Optional.empty()
            : Language.of(contentPath.substring(0, slash))
                .filter(l -> l.code().equals(contentPath.substring(0, slash)));
    if (misnamed.isPresent() && folder.isEmpty()) {
      return Optional.empty(); // outside the language folders: the problem says where it goes
    }
    // A file with a name to change is still read, so that its other problems show in this run.
    Language lang = folder.orElseThrow();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(path, 1, "the file cannot be read: " + e.getMessage(), "check its permissions");
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
    if (fm.get().body().isBlank()) {
      problems.add(
          path,
          fm.get().bodyLine() - 1,
          "there is no text after the front matter",
          "write the text below the closing line, or delete the file");
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
            h.tags(),
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
