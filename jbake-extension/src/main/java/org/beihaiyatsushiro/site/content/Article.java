package org.beihaiyatsushiro.site.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.base.PartialDate;

/**
 * One source file, read and checked: what its front matter says and its body as safe HTML.
 *
 * <p>Every content type is an article here (home, article, timeline, event); the type decides which
 * template shows it and whether it becomes a page of its own.
 *
 * @param sourcePath the file relative to the site root, as editors see it: content/zh/beihai.md
 * @param contentPath the file relative to content/: zh/beihai.md
 * @param key what links translations: the path below the language folder without extension (beihai,
 *     events/1996-sister-cities), or the translation_key field
 * @param outputPath the page relative to the site root: zh/beihai.html
 * @param type what the file is, which decides its template; null when its type is missing or wrong
 *     (a problem already reported)
 * @param status whether readers see it; null when its status is missing or wrong (a problem already
 *     reported)
 * @param order for an article: its place in the reading order ({@code order:}), or null when it
 *     gives none
 * @param eventArticle for an event: the content path of its full article (en/beihai.md), or null
 * @param kind for an event: its kind; null for other types
 * @param anniversary for an event: how the timeline counts the years since it; null for other types
 * @param links the relative links of the body, to check once every file is read
 * @param updated when the text last changed in a way translations must follow (the date if not
 *     given)
 * @param sourceUpdated for a translation: the source's {@code updated} when it was translated
 * @param fieldLines the line of each front matter field, for messages about it
 */
public record Article(
    String sourcePath,
    String contentPath,
    Language lang,
    String key,
    String outputPath,
    PageType type,
    PublicationStatus status,
    String title,
    PartialDate date,
    String summary,
    Integer order,
    EventKind kind,
    String eventArticle,
    AnniversaryStyle anniversary,
    Language translatedFrom,
    PartialDate updated,
    PartialDate sourceUpdated,
    String bodyHtml,
    String bodyText,
    List<String> headingIds,
    List<LinkRef> links,
    Map<String, Integer> fieldLines) {

  /**
   * The order that breaks a tie in {@link #original}: English, Chinese, Japanese (English being the
   * language most readers of the other two read).
   */
  public static final List<Language> ORIGINAL_TIES = List.of(Language.EN, Language.ZH, Language.JA);

  /**
   * The original among the versions of one text, the version the others are translated from: of the
   * published versions (or of all, when none is published), the one another of them names as its
   * {@code translated_from}; else one that is no translation; else the first in {@link
   * #ORIGINAL_TIES}, which also decides between several candidates at each step.
   *
   * <p>The translation status passes every version of a key; the timeline only the published ones.
   *
   * @param versions the versions of one translation key, by language (at least one)
   */
  public static Article original(Map<Language, Article> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a text without any version");
    }
    boolean anyPublished = versions.values().stream().anyMatch(Article::isPublished);
    List<Article> candidates =
        versions.values().stream()
            .filter(a -> a.isPublished() || !anyPublished)
            .sorted(Comparator.comparingInt(a -> tieRank(a.lang())))
            .toList();
    for (Article a : candidates) {
      if (a.translatedFrom() != null) {
        Article source = versions.get(a.translatedFrom());
        if (source != null && candidates.contains(source)) {
          return source;
        }
      }
    }
    return candidates.stream()
        .filter(a -> a.translatedFrom() == null)
        .findFirst()
        .orElse(candidates.get(0));
  }

  /** The place of a language in {@link #ORIGINAL_TIES}; a language not listed there comes after. */
  private static int tieRank(Language lang) {
    int i = ORIGINAL_TIES.indexOf(lang);
    return i >= 0 ? i : ORIGINAL_TIES.size() + lang.ordinal();
  }

  /** The same article with another body: its pictures as figures ({@code images.Figures}). */
  public Article withBodyHtml(String html) {
    return new Article(
        sourcePath,
        contentPath,
        lang,
        key,
        outputPath,
        type,
        status,
        title,
        date,
        summary,
        order,
        kind,
        eventArticle,
        anniversary,
        translatedFrom,
        updated,
        sourceUpdated,
        html,
        bodyText,
        headingIds,
        links,
        fieldLines);
  }

  public boolean isPublished() {
    return status == PublicationStatus.PUBLISHED;
  }

  /** Whether this type becomes a page of its own; events live on the timeline page. */
  public boolean hasPage() {
    return type == null || type.hasPage();
  }

  /** The line of a front matter field, or 1. */
  public int lineOf(String field) {
    return fieldLines.getOrDefault(field, 1);
  }

  /**
   * The anchor of an event, its id on the timeline of every language: the last part of its
   * translation key, that is its file name without .md (1996-sister-cities) unless the event sets
   * translation_key.
   */
  public String anchor() {
    return key.substring(key.lastIndexOf('/') + 1);
  }
}
