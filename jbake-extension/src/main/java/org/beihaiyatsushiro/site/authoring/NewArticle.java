package org.beihaiyatsushiro.site.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;
import org.beihaiyatsushiro.site.content.PageType;
import org.beihaiyatsushiro.site.content.PublicationStatus;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * A new article as a draft in one language, and, if asked, a draft stub in each other language that
 * records what it translates ({@code translated_from}, {@code source_updated}), so the translation
 * status knows when the original changes after it.
 *
 * <p>Nothing is ever overwritten: when any of the files exists already, none is written.
 */
public final class NewArticle {
  /** The first line of the body of a new article, in its language. */
  private static final Map<Language, String> WRITE_HERE = new EnumMap<>(Language.class);

  /** The body of a translation stub, in the stub's language; %s is the original's path. */
  private static final Map<Language, String> TRANSLATE_HERE = new EnumMap<>(Language.class);

  static {
    WRITE_HERE.put(Language.ZH, "在这里写正文。");
    WRITE_HERE.put(Language.JA, "ここに本文を書きます。");
    WRITE_HERE.put(Language.EN, "Write the article here.");
    TRANSLATE_HERE.put(Language.ZH, "请在这里把 %s 译成中文，译完后把 title 也译好，再把 status 改为 published。");
    TRANSLATE_HERE.put(Language.JA, "ここに %s の日本語訳を書きます。title も訳し、できあがったら status を published にします。");
    TRANSLATE_HERE.put(
        Language.EN, "Translate %s into English here, title included, then set status: published.");
  }

  /** One file to write: its path relative to the site root, and its text. */
  public record File(String path, String text) {}

  private final String contentFolder;
  private final Language lang;
  private final String title;
  private final String slug;
  private final PartialDate date;
  private final boolean translations;

  /**
   * @param contentFolder the content folder relative to the site root, with '/' between names, as
   *     jbake.properties names it ({@code content.folder}, content by default)
   * @param lang the language the article is written in
   * @param title its title, in that language
   * @param slug its ASCII file name without .md (see {@link Slug})
   * @param date its date; the new-article command gives today's
   * @param translations whether to add draft stubs for the other languages
   */
  public NewArticle(
      String contentFolder,
      Language lang,
      String title,
      String slug,
      PartialDate date,
      boolean translations) {
    this.contentFolder = Objects.requireNonNull(contentFolder, "contentFolder");
    this.lang = Objects.requireNonNull(lang, "lang");
    this.title = Objects.requireNonNull(title, "title").strip();
    if (this.title.isEmpty() || this.title.contains("\n")) {
      throw new IllegalArgumentException("the title must be one line of text");
    }
    this.slug = Slug.check(slug);
    this.date = Objects.requireNonNull(date, "date");
    this.translations = translations;
  }

  /** The files this article needs, the original first. */
  public List<File> files() {
    String original = pathOf(lang);
    List<File> files = new ArrayList<>();
    files.add(new File(original, text(frontMatter(List.of()), WRITE_HERE.get(lang))));
    if (translations) {
      for (Language other : Language.values()) {
        if (other == lang) {
          continue;
        }
        String header =
            frontMatter(
                List.of(
                    "translated_from: " + lang.code(),
                    // A new original has no 'updated' yet: its date is the version translated.
                    "source_updated: " + date.iso()));
        files.add(
            new File(
                pathOf(other), text(header, String.format(TRANSLATE_HERE.get(other), original))));
      }
    }
    return List.copyOf(files);
  }

  /** The path of the article in a language, relative to the site root. */
  private String pathOf(Language language) {
    return contentFolder + "/" + language.code() + "/" + slug + ".md";
  }

  /**
   * Writes the files under the site root.
   *
   * @return the files written
   * @throws IllegalStateException naming the files that exist already; then nothing is written
   */
  public List<File> writeTo(Path siteRoot) {
    List<File> files = files();
    List<String> existing =
        files.stream().map(File::path).filter(p -> Files.exists(siteRoot.resolve(p))).toList();
    if (!existing.isEmpty()) {
      throw new IllegalStateException(
          String.join(", ", existing)
              + (existing.size() == 1 ? " exists" : " exist")
              + " already and is never overwritten; choose another slug with --slug");
    }
    for (File f : files) {
      Path target = siteRoot.resolve(f.path());
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        throw new IllegalStateException(f.path() + " appeared while writing; it was left as it is");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + f.path(), e);
      }
    }
    return files;
  }

  private String frontMatter(List<String> extra) {
    List<String> lines = new ArrayList<>();
    lines.add("---");
    lines.add("title: " + yaml(title));
    lines.add("date: " + date.iso());
    lines.add("type: " + PageType.ARTICLE.code());
    lines.add("status: " + PublicationStatus.DRAFT.code());
    lines.addAll(extra);
    lines.add("---");
    return String.join("\n", lines) + "\n";
  }

  private static String text(String frontMatter, String body) {
    return frontMatter + "\n" + body + "\n";
  }

  /** A YAML scalar for the title: plain when it can be, quoted by SnakeYAML when it must. */
  private static String yaml(String value) {
    DumpSettings settings =
        DumpSettings.builder().setWidth(Integer.MAX_VALUE).setSplitLines(false).build();
    return new Dump(settings).dumpToString(value).strip();
  }
}
