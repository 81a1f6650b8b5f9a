package org.beihaiyatsushiro.site.content;

import java.util.List;
import java.util.Map;
import org.beihaiyatsushiro.site.i18n.Language;

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
 * @param eventArticle for an event: the content path of its full article (en/beihai.md), or null
 * @param anniversary for an event: how the timeline counts the years since it (one of {@link
 *     ContentSchema#ANNIVERSARIES}); null for other types
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
    String type,
    String status,
    String title,
    PartialDate date,
    String summary,
    List<String> tags,
    String kind,
    String eventArticle,
    String anniversary,
    String translatedFrom,
    PartialDate updated,
    PartialDate sourceUpdated,
    String bodyHtml,
    String bodyText,
    List<String> headingIds,
    List<LinkRef> links,
    Map<String, Integer> fieldLines) {

  public static final String PUBLISHED = "published";
  public static final String DRAFT = "draft";

  public boolean isPublished() {
    return PUBLISHED.equals(status);
  }

  /** Whether this type becomes a page of its own; events live on the timeline page. */
  public boolean hasPage() {
    return !ContentSchema.EVENT.equals(type);
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
