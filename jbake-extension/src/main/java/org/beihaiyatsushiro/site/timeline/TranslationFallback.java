package org.beihaiyatsushiro.site.timeline;

import java.util.Map;
import java.util.Objects;
import org.beihaiyatsushiro.site.base.Language;
import org.beihaiyatsushiro.site.content.Article;

/**
 * Which version of an event a language's timeline shows when the event is not (yet) published in
 * that language.
 *
 * <p>No event is left off a timeline for want of a translation. The page shows the event in its own
 * language, else the original of its published versions ({@link Article#original}): the version
 * another names as its {@code translated_from}, else one that is no translation, else the first in
 * the order English, Chinese, Japanese (English being the language most readers of the other two
 * read).
 */
public final class TranslationFallback {
  private TranslationFallback() {}

  /**
   * The version a page in {@code lang} shows.
   *
   * @param versions the published versions of one event, by language (at least one)
   */
  public static Article choose(Map<Language, Article> versions, Language lang) {
    Objects.requireNonNull(lang, "lang");
    Article own = versions.get(lang);
    return own != null ? own : Article.original(versions);
  }
}
