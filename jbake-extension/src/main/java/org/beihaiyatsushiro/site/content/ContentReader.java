package org.beihaiyatsushiro.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beihaiyatsushiro.site.i18n.Language;

/**
 * Reads one Markdown source file into an {@link Article}, or says in plain words why it cannot.
 *
 * <p>This is the content engine's whole judgement of a single file; what needs the whole site
 * (links between files, translations) is checked by {@link SiteChecks}. The JBake markup engine and
 * the content check command both call it, so a preview, a check and a bake agree.
 */
public final class ContentReader {
  private static final Pattern ASCII_SLUG_PATH =
      Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

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

  /** The path an editor recognises: relative to the site root, with forward slashes. */
  public String displayPath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(siteRoot) ? siteRoot.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** Reads, checks and renders one file. */
  public Optional<Article> read(Path file, Problems problems) {
    String path = displayPath(file);
    String contentPath =
        contentRoot.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    if (!ASCII_SLUG_PATH.matcher(contentPath).matches()) {
      problems.add(
          path,
          1,
          "the file name '" + contentPath + "' is not an ASCII slug",
          "rename it with lower-case letters a–z, digits and dashes, for example sister-cities.md");
      return Optional.empty();
    }
    int slash = contentPath.indexOf('/');
    Optional<Language> folderLang =
        slash < 0
            ? Optional.empty()
            : Language.of(contentPath.substring(0, slash))
                .filter(l -> l.code().equals(contentPath.substring(0, contentPath.indexOf('/'))));
    if (folderLang.isEmpty()) {
      problems.add(
          path,
          1,
          "the file is not inside a language folder",
          "move it to content/zh/, content/ja/ or content/en/");
      return Optional.empty();
    }
    Language lang = folderLang.get();
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
    Optional<ContentSchema.Header> header = ContentSchema.check(fm.get(), lang, path, problems);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    ContentSchema.Header h = header.get();
    if (fm.get().body().isBlank()) {
      problems.add(
          path,
          fm.get().bodyLine(),
          "the " + h.type() + " has a front matter but no text after it",
          "write the text below the closing '---', or delete the file");
      return Optional.empty();
    }
    int before = problems.size();
    MarkdownRenderer.Rendered body =
        markdown.render(fm.get().body(), lang, contentPath, fm.get().bodyLine(), path, problems);
    List<LinkRef> links = new ArrayList<>(body.links());
    String eventArticle = null;
    if (h.article() != null) {
      String dir = contentPath.substring(0, contentPath.lastIndexOf('/') + 1);
      eventArticle = MarkdownRenderer.normalize(dir + h.article());
      links.add(new LinkRef(h.lines().get("article"), eventArticle, "", false, h.article()));
    }
    if (problems.size() > before) {
      return Optional.empty();
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
